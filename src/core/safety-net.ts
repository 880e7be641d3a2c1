/**
 * The safety net: every destructive step of the cleanup (blocks taken out before Readability, the header
 * and tail trims after it) is weighed against what plain Readability keeps on the same page. A step that
 * took a large share of that text, or several of its paragraphs, needs strong evidence or it is undone,
 * and the analysis says what was undone and why. Plain Readability is the reference because it fails
 * differently: it never saw our rules, so what it keeps and we took is what the rules may have got wrong.
 */
import { blockText } from './block-text';
import type { Removal } from './removal-journal';
import type { UndoneStep } from './types';
import { countWords } from './text';

/** Thresholds of the net; exported for tests and the eval's study of them. */
export const NET = {
  /** Below this many words plain Readability's article is too short to weigh a step against. */
  minReferenceWords: 80,
  /** A step taking this share of plain Readability's words is large. */
  largeShare: 0.25,
  /** A step taking this many of plain Readability's paragraphs is a multi-paragraph block. */
  manyParagraphs: 3,
  /** A paragraph: a text block of at least this many characters (shorter ones are captions, labels). */
  paragraphChars: 80,
  /** A block found by the platform's own markup is undone only when it took this share: it held the article. */
  markupShare: 0.5,
  /** Links make up at least this share of a block's text: a menu or a list of posts, evidence enough. */
  linkDensity: 0.5,
};

/** Plain Readability's article as the net reads it: its text blocks and its word count. */
export interface Reference {
  blocks: ReadonlySet<string>;
  words: number;
}

const blocksOf = (text: string) =>
  text
    .split(/\n\n+/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** The reference the net weighs steps against, from plain Readability's article text. */
export function referenceOf(plainText: string): Reference {
  const blocks = blocksOf(plainText);
  return { blocks: new Set(blocks), words: blocks.reduce((n, b) => n + countWords(b), 0) };
}

/** What a step took of the reference: its share of the words and its paragraphs. */
export interface StepWeight {
  share: number;
  paragraphs: number;
}

/** Weighs the text blocks a step took (`taken`, as block text) against the reference. */
export function weighTaken(taken: string, ref: Reference): StepWeight {
  let words = 0;
  let paragraphs = 0;
  for (const b of blocksOf(taken)) {
    if (!ref.blocks.has(b)) continue;
    words += countWords(b);
    if (b.length >= NET.paragraphChars) paragraphs++;
  }
  return { share: ref.words ? words / ref.words : 0, paragraphs };
}

const isHeavy = (w: StepWeight) => w.share >= NET.largeShare || w.paragraphs >= NET.manyParagraphs;
const describe = (w: StepWeight) =>
  `it took ${Math.round(100 * w.share)}% of plain Readability's words and ${w.paragraphs} of its paragraphs`;

/** The share of `el`'s text inside links. */
function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return 0;
  const linked = Array.from(el.querySelectorAll('a[href]')).reduce(
    (n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length,
    0,
  );
  return linked / all;
}

/**
 * The removals to undo: those that took a large share or several paragraphs of the reference on weak
 * evidence (a heading's text, the page layout), or most of it even on the platform's markup. Comment and
 * login markup is never undone; a block made mostly of links is evidently navigation.
 */
export function removalsToUndo(
  removals: readonly Removal[],
  ref: Reference,
): { undo: Set<Removal>; undone: UndoneStep[] } {
  const undo = new Set<Removal>();
  const undone: UndoneStep[] = [];
  if (ref.words < NET.minReferenceWords) return { undo, undone };
  for (const r of removals) {
    if (r.evidence === 'certain') continue;
    const w = weighTaken(blockText(r.element), ref);
    const weak = r.evidence !== 'markup' && isHeavy(w) && linkShare(r.element) < NET.linkDensity;
    if (!weak && w.share < NET.markupShare) continue;
    undo.add(r);
    undone.push({ step: r.step, label: r.label, reason: `${r.reason}: ${describe(w)}` });
  }
  return { undo, undone };
}

/**
 * Runs a trim on `content` and undoes it when it took a large share or several paragraphs of the
 * reference (the trims are told by shape alone: a repeated title, a date line, a promo box).
 */
export function trimWithNet(
  content: Element,
  step: UndoneStep['step'],
  trim: (content: Element) => number,
  ref: Reference,
): UndoneStep | null {
  if (ref.words < NET.minReferenceWords) {
    trim(content);
    return null;
  }
  const before = content.cloneNode(true) as Element;
  if (trim(content) === 0) return null;
  const after = new Set(blocksOf(blockText(content)));
  const taken = blocksOf(blockText(before))
    .filter((b) => !after.has(b))
    .join('\n\n');
  const w = weighTaken(taken, ref);
  if (!isHeavy(w)) return null;
  while (content.firstChild) content.firstChild.remove();
  for (const n of Array.from(before.childNodes)) content.appendChild(n);
  return { step, label: step === 'header-trim' ? 'Article header' : 'Article tail', reason: describe(w) };
}
