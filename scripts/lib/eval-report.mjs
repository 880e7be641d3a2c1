// Tables and done-when checks of `npm run eval` (issue 13): the corpus in /work/shared/corpus's
// format and WCXB per page type, each extractor side by side, figures as the scorers define them.
import { summarize } from './corpus-metrics.mjs';

export const EXTRACTORS = ['quietread', 'readability', 'defuddle'];
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '-');
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function printTable(table, groupSize, leftCols = 2) {
  const w = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i < leftCols ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  console.log(line(table[0]));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  table.slice(1).forEach((r, i) => console.log(line(r) + (groupSize && i % groupSize === groupSize - 1 ? '\n' : '')));
}

const check = (text, ok) => console.log(`  ${ok ? 'met ' : 'MISS'}  ${text}`);

/** The /work/shared/corpus table (scorer's definitions) and its done-when checks. */
export function reportCorpus(results) {
  const groups = [
    ['all', () => true],
    ['aeb- (human-annotated)', (r) => r.id.startsWith('aeb-')],
    ['rdb-', (r) => r.id.startsWith('rdb-')],
    ['tf-', (r) => r.id.startsWith('tf-')],
    ['WordPress pages', (r) => r.isWordPress],
    ['comment pages', (r) => r.hasComments],
  ];
  const table = [
    [
      'group',
      'extractor',
      'pages',
      'P',
      'R',
      'F1',
      'mustC',
      'title',
      'mustNot leak',
      'comment leak',
      'WP prec',
      'WP rec',
    ],
  ];
  const sums = {};
  for (const [g, keep] of groups) {
    for (const name of EXTRACTORS) {
      const s = summarize(results[name].filter(keep));
      (sums[g] ??= {})[name] = s;
      table.push([
        g,
        name,
        s.pages,
        f3(s.p),
        f3(s.r),
        f3(s.f1),
        pct(s.mustC),
        pct(s.titleExact),
        `${pct(s.leak)} /${s.leakPages}`,
        `${pct(s.commentLeak)} /${s.commentPages}`,
        f3(s.wp?.precision),
        f3(s.wp?.recall),
      ]);
    }
  }
  printTable(table, EXTRACTORS.length);
  console.log('corpus targets (issue 13):');
  for (const [g] of groups) {
    const q = sums[g].quietread,
      b = sums[g].readability;
    const ok = (x, y) => !Number.isFinite(y) || x >= y - 1e-9;
    check(
      `${g}: F1 ${f3(q.f1)} / mustC ${pct(q.mustC)} / title ${pct(q.titleExact)} >= readability ${f3(b.f1)} / ${pct(b.mustC)} / ${pct(b.titleExact)}`,
      ok(q.f1, b.f1) && ok(q.mustC, b.mustC) && ok(q.titleExact, b.titleExact),
    );
  }
  const all = sums.all.quietread;
  check(`comment leak ${pct(all.commentLeak)} == 0`, all.commentLeak === 0);
  check(`WordPress precision ${f3(all.wp?.precision)} >= 0.99 (fp ${all.wp?.fp})`, all.wp?.precision >= 0.99);
  check(`WordPress recall ${f3(all.wp?.recall)} >= 0.95 (fn ${all.wp?.fn})`, all.wp?.recall >= 0.95);
  const problems = results.quietread.filter(
    (r) => r.leaked.length || r.error || r.mcMissing.length || r.titleMatch === false,
  );
  for (const r of problems) {
    const notes = [
      r.error && `error ${r.error}`,
      r.leaked.length && `leaks ${r.leaked.length}`,
      r.mcMissing.length && `missing ${r.mcMissing.length}`,
      r.titleMatch === false && 'title',
    ].filter(Boolean);
    console.log(`  ${r.id}: ${notes.join(', ')}`);
  }
}

function wcxbSummary(rows) {
  const sum = (k) => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  const titled = rows.filter((r) => r.titleExact !== null && r.titleExact !== undefined);
  return {
    pages: rows.length,
    f1: mean(rows.map((r) => r.f1)),
    withFound: sum('withTotal') ? sum('withFound') / sum('withTotal') : NaN,
    withoutLeaked: sum('withoutTotal') ? sum('withoutLeaked') / sum('withoutTotal') : NaN,
    title: titled.length ? titled.filter((r) => r.titleExact).length / titled.length : NaN,
    notArticle: rows.length ? rows.filter((r) => r.notArticle).length / rows.length : NaN,
  };
}

const NON_ARTICLE = ['service', 'product', 'collection', 'listing'];

/** One WCXB part's table (per page type and the WordPress groups), regressions and done-when checks. */
export function reportWcxb(label, results) {
  const groups = [
    ['article', (r) => r.pageType === 'article'],
    ['  WordPress', (r) => r.pageType === 'article' && r.isWordPress],
    ['  WordPress+comments', (r) => r.pageType === 'article' && r.hasComments],
    ...['forum', ...NON_ARTICLE, 'documentation'].map((t) => [t, (r) => r.pageType === t]),
  ];
  const ids = (rows) => new Map(rows.map((r) => [r.id, r]));
  const by = Object.fromEntries(EXTRACTORS.map((n) => [n, ids(results[n])]));
  const q = results.quietread;
  console.log(
    `\nWCXB ${label}: ${q.length} pages (F1 = mean per-page word F1; with = snippets found; without = boilerplate snippets leaked)`,
  );
  const table = [
    [
      'group',
      'pages',
      'F1 quiet',
      'F1 read',
      'F1 defud',
      'with q',
      'with r',
      'with d',
      'without q',
      'without r',
      'without d',
      'title q',
      'title r',
      'title d',
      'not-article q',
    ],
  ];
  const sums = {};
  for (const [g, keep] of groups) {
    const s = Object.fromEntries(EXTRACTORS.map((n) => [n, wcxbSummary(results[n].filter(keep))]));
    sums[g.trim()] = s;
    if (!s.quietread.pages) continue;
    table.push([
      g,
      s.quietread.pages,
      ...EXTRACTORS.map((n) => f3(s[n].f1)),
      ...EXTRACTORS.map((n) => pct(s[n].withFound)),
      ...EXTRACTORS.map((n) => pct(s[n].withoutLeaked)),
      ...EXTRACTORS.map((n) => pct(s[n].title)),
      pct(s.quietread.notArticle),
    ]);
  }
  printTable(table, 0, 1);
  const articles = q.filter((r) => r.pageType === 'article');
  const worse = articles
    .map((r) => ({ id: r.id, q: r.f1, r: by.readability.get(r.id)?.f1 ?? 0 }))
    .filter((x) => x.q < x.r - 0.2)
    .sort((a, b) => a.q - a.r - (b.q - b.r));
  console.log(
    `articles where Quietread's F1 is more than 0.2 below Readability's: ${worse.length}` +
      (worse.length
        ? `; worst: ${worse
            .slice(0, 10)
            .map((x) => `${x.id} ${f3(x.q)} vs ${f3(x.r)}`)
            .join(', ')}`
        : ''),
  );
  const a = sums.article,
    wp = sums.WordPress;
  const best = Math.max(a.readability.f1, a.defuddle.f1);
  const nonArt = wcxbSummary(q.filter((r) => NON_ARTICLE.includes(r.pageType)));
  console.log(`targets (issue 13), WCXB ${label}:`);
  check(`articles F1 ${f3(a.quietread.f1)} >= better baseline ${f3(best)} + 0.02`, a.quietread.f1 >= best + 0.02);
  check(`WordPress articles F1 ${f3(wp.quietread.f1)} >= 0.98`, wp.quietread.f1 >= 0.98);
  check(
    `with found ${pct(a.quietread.withFound)} >= readability ${pct(a.readability.withFound)} and defuddle ${pct(a.defuddle.withFound)}`,
    a.quietread.withFound >= a.readability.withFound && a.quietread.withFound >= a.defuddle.withFound,
  );
  check(
    `without leaked ${pct(a.quietread.withoutLeaked)} <= readability's ${pct(a.readability.withoutLeaked)} / 2`,
    a.quietread.withoutLeaked <= a.readability.withoutLeaked / 2,
  );
  check(`${worse.length} articles more than 0.2 below Readability == 0`, worse.length === 0);
  check(
    `non-articles (service, product, collection, listing) marked not-an-article: ${pct(nonArt.notArticle)}; articles wrongly marked ${pct(a.quietread.notArticle)} <= 1%`,
    a.quietread.notArticle <= 0.01,
  );
  for (const [g] of groups) {
    const s = sums[g.trim()];
    if (s.quietread.pages && Number.isFinite(s.readability.title))
      check(
        `${g.trim()}: title exact ${pct(s.quietread.title)} >= readability ${pct(s.readability.title)}`,
        s.quietread.title >= s.readability.title,
      );
  }
}
