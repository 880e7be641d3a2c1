// WCXB's own metric (/work/shared/wcxb-dev/README.md): word F1 over lower-cased \w+ tokens as
// multisets, `with` snippets found and `without` snippets leaked in the lower-cased text with
// whitespace runs collapsed; page groups (type, WordPress, WordPress with comments) from the HTML.
import fs from 'node:fs';
import path from 'node:path';

const TOKEN_RE = /[\p{L}\p{N}\p{M}_]+/gu;
const tokens = (s) =>
  String(s ?? '')
    .toLowerCase()
    .match(TOKEN_RE) ?? [];

function bag(list) {
  const m = new Map();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Word precision, recall and F1 of `pred` against `truth`; an empty prediction scores 0. */
export function wordF1(truth, pred) {
  const t = bag(tokens(truth));
  const p = tokens(pred);
  if (!p.length) return { p: 0, r: 0, f1: 0 };
  let nt = 0,
    tp = 0;
  for (const v of t.values()) nt += v;
  for (const [k, v] of bag(p)) tp += Math.min(v, t.get(k) ?? 0);
  const prec = tp / p.length;
  const rec = nt ? tp / nt : 0;
  return { p: prec, r: rec, f1: prec + rec ? (2 * prec * rec) / (prec + rec) : 0 };
}

const squash = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const list = (v) => (Array.isArray(v) ? v : v ? [v] : []).filter((s) => typeof s === 'string' && s.trim());

/** Scores one extraction: F1, snippets found/leaked (counts), title exact. */
export function scoreWcxb(truth, out) {
  const gt = truth.ground_truth ?? {};
  const text = squash(out.text);
  const withS = list(gt.with),
    withoutS = list(gt.without);
  const title = gt.title ? squash(gt.title) === squash(out.title) : null;
  return {
    ...wordF1(gt.main_content ?? '', out.text ?? ''),
    withTotal: withS.length,
    withFound: withS.filter((s) => text.includes(squash(s))).length,
    withoutTotal: withoutS.length,
    withoutLeaked: withoutS.filter((s) => text.includes(squash(s))).length,
    titleExact: title,
    chars: (out.text ?? '').length,
  };
}

/** The README's groups: WordPress by asset paths or generator meta; its comment section by #comments, #respond, .comment-respond. */
export function wcxbGroups(html) {
  const isWordPress = /\/wp-content\/|\/wp-includes\/|<meta[^>]+content=["']?WordPress/i.test(html);
  const hasComments =
    isWordPress &&
    (/\bid\s*=\s*["']?(comments|respond)["'\s>]/i.test(html) ||
      /class\s*=\s*["'][^"']*\bcomment-respond\b/i.test(html));
  return { isWordPress, hasComments };
}

/** The pages of a WCXB split directory: id, type, html file and truth file. */
export function loadWcxb(dir) {
  // The truth's own page type: metadata.json does not list every page.
  return fs
    .readdirSync(path.join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const truthFile = path.join(dir, 'ground-truth', f);
      const pageType = JSON.parse(fs.readFileSync(truthFile, 'utf8'))._internal?.page_type?.primary ?? null;
      return { id, pageType, file: path.join(dir, 'html', `${id}.html.gz`), truthFile };
    });
}

/** The holdout split: ids ending in 7, 8 or 9 only confirm; the rest are for tuning. */
export const isHeldOut = (id) => /[789]$/.test(id);
