// Corpus scoring figures with the same definitions as the corpus's reference scorer
// (/work/shared/corpus/score.mjs): bag-of-words P/R/F1 over lower-cased Unicode word tokens,
// substring checks on NFKC-normalised text, leak rates per page. Kept in step by hand.
import fs from 'node:fs';
import path from 'node:path';

/** Normalises text for the substring checks (quotes, dashes, zero-width chars, spaces). */
export function normText(s) {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

const TOKEN_RE = /[\p{L}\p{N}\p{M}_]+/gu;
const tokenize = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .match(TOKEN_RE) ?? [];

function bag(tokens) {
  const m = new Map();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function prf(truth, pred) {
  let tp = 0,
    nt = 0,
    np = 0;
  for (const v of truth.values()) nt += v;
  for (const [k, v] of pred) {
    np += v;
    tp += Math.min(v, truth.get(k) ?? 0);
  }
  const p = np ? tp / np : nt ? 0 : 1;
  const r = nt ? tp / nt : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Loads the ids of a split and their truth files from a corpus directory. */
export function loadCorpus(dir, split = 'dev') {
  const ids =
    split === 'all'
      ? JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8')).pages.map((p) => p.id)
      : JSON.parse(fs.readFileSync(path.join(dir, `${split}.json`), 'utf8')).ids;
  return ids.map((id) => ({
    id,
    file: path.join(dir, 'pages', `${id}.html`),
    truth: JSON.parse(fs.readFileSync(path.join(dir, 'truth', `${id}.json`), 'utf8')),
  }));
}

/** Scores one page's output `{ text, isWordPress? }` against its truth. */
export function scorePage(truth, out) {
  const row = {
    id: truth.id,
    hasText: truth.text != null,
    isWordPress: truth.isWordPress,
    hasComments: truth.hasComments,
  };
  const norm = normText(out.text);
  if (truth.text != null) Object.assign(row, prf(bag(tokenize(truth.text)), bag(tokenize(out.text))));
  const mc = truth.mustContain ?? [];
  row.mcTotal = mc.length;
  row.mcMissing = mc.filter((s) => !norm.includes(normText(s)));
  row.mncTotal = (truth.mustNotContain ?? []).length;
  row.leaked = (truth.mustNotContain ?? []).filter((s) => norm.includes(normText(s)));
  row.csTotal = (truth.commentStrings ?? []).length;
  row.commentLeaked = (truth.commentStrings ?? []).filter((s) => norm.includes(normText(s)));
  if (typeof out.isWordPress === 'boolean') row.predWordPress = out.isWordPress;
  if (truth.title) row.titleMatch = out.title != null && normText(out.title) === normText(truth.title);
  return row;
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Group summary: the scorer's P, R, F1, must-contain recall, leak rates and WordPress detection. */
export function summarize(rows) {
  const withText = rows.filter((r) => r.hasText);
  const mp = mean(withText.map((r) => r.p ?? 0));
  const mr = mean(withText.map((r) => r.r ?? 0));
  const mcTotal = rows.reduce((s, r) => s + r.mcTotal, 0);
  const mcFound = rows.reduce((s, r) => s + r.mcTotal - r.mcMissing.length, 0);
  const mnc = rows.filter((r) => r.mncTotal > 0);
  const com = rows.filter((r) => r.hasComments && r.csTotal > 0);
  const wpRows = rows.filter((r) => r.predWordPress !== undefined);
  const titled = rows.filter((r) => r.titleMatch !== undefined);
  const tp = wpRows.filter((r) => r.predWordPress && r.isWordPress).length;
  const fp = wpRows.filter((r) => r.predWordPress && !r.isWordPress).length;
  const fn = wpRows.filter((r) => !r.predWordPress && r.isWordPress).length;
  return {
    pages: rows.length,
    p: mp,
    r: mr,
    f1: !withText.length ? NaN : mp + mr ? (2 * mp * mr) / (mp + mr) : 0,
    mustC: mcTotal ? mcFound / mcTotal : NaN,
    leak: mnc.length ? mnc.filter((r) => r.leaked.length).length / mnc.length : NaN,
    leakPages: mnc.length,
    commentLeak: com.length ? com.filter((r) => r.commentLeaked.length).length / com.length : NaN,
    commentPages: com.length,
    titleExact: titled.length ? titled.filter((r) => r.titleMatch).length / titled.length : NaN,
    titlePages: titled.length,
    wp: wpRows.length
      ? { precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp + fn ? tp / (tp + fn) : NaN, tp, fp, fn }
      : null,
  };
}
