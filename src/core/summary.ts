/** Picks the sentences that best sum a review up, locally (word frequencies, no network). */

const STOPWORDS = new Set(
  (
    'the a an and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'i you he she we they me him her us them my your his our their not no so than then there here what which who whom ' +
    'can could would should will just also very really about into over after before more most some such only own same too ' +
    'do does did done have has had just like one all any each few other out up down off again once' +
    ' der die das und oder aber ein eine einer eines einem einen ist sind war waren sein es ich du er sie wir ihr mit von zu ' +
    'auf für nicht auch sich den dem des im in am an als wie so noch nur schon bei nach aus um'
  ).split(' '),
);
// Reviewers announce their verdict; such sentences sum a review up better than frequent words do.
const VERDICT =
  /\b(overall|in short|in conclusion|verdict|all in all|ultimately|to sum up|i recommend|recommended|worth (it|watching|reading|seeing)|fazit|insgesamt|alles in allem|en résumé)\b/i;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Splits text into sentences (paragraph breaks end a sentence too). */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?…])["'”’)]?\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** The `n` sentences of `text` that best sum it up, in the order they appear. */
export function summarize(text: string, n = 3): string[] {
  const sentences = splitSentences(text).filter((s) => {
    const w = words(s).length;
    return w >= 5 && w <= 60;
  });
  if (sentences.length <= n) return sentences;
  const freq = new Map<string, number>();
  for (const s of sentences)
    for (const w of words(s)) if (w.length > 2 && !STOPWORDS.has(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const max = Math.max(1, ...freq.values());
  const scored = sentences.map((s, i) => {
    const content = words(s).filter((w) => freq.has(w));
    let score = content.reduce((sum, w) => sum + (freq.get(w) ?? 0) / max, 0) / Math.sqrt(Math.max(4, words(s).length));
    if (i === 0) score *= 1.3; // reviews open with what is reviewed
    if (VERDICT.test(s)) score *= 1.5;
    if (s.endsWith('?')) score *= 0.6;
    return { s, i, score, set: new Set(content) };
  });
  const picked: typeof scored = [];
  for (const c of [...scored].sort((a, b) => b.score - a.score)) {
    if (picked.length >= n) break;
    if (picked.every((p) => overlap(p.set, c.set) < 0.6)) picked.push(c);
  }
  return picked.sort((a, b) => a.i - b.i).map((p) => p.s);
}
