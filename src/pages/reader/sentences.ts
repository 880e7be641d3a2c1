/**
 * The article's sentences as DOM ranges, for reading aloud: each block's text (a paragraph, a list
 * item, a heading, a caption) is cut with `Intl.Segmenter` in the article's language, and each
 * sentence keeps the exact range it covers, so it can be highlighted without changing the DOM.
 * Code blocks and footnote reference numbers are not read.
 */

export interface Sentence {
  text: string;
  range: Range;
}

const BLOCK =
  'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, dt, dd, td, th, div, section, article, aside, header, footer, figure, ol, ul, table';
const SKIP = 'pre, script, style, [aria-hidden="true"], sup a[href^="#"]';

type Piece = { node: Text; start: number };

/** Text nodes grouped by their nearest block, in document order. */
function blocksOf(root: Element): Piece[][] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const groups: Piece[][] = [];
  let block: Element | null = null;
  let text = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (!parent || parent.closest(SKIP) || !n.data) continue;
    const b = parent.closest(BLOCK) ?? root;
    if (b !== block) {
      groups.push([]);
      block = b;
      text = 0;
    }
    groups[groups.length - 1]!.push({ node: n, start: text });
    text += n.data.length;
  }
  return groups;
}

/** The text node and offset of character `at` of a block. */
function pointAt(pieces: Piece[], at: number): [Text, number] {
  let i = pieces.length - 1;
  while (i > 0 && pieces[i]!.start > at) i--;
  const p = pieces[i]!;
  return [p.node, Math.min(at - p.start, p.node.data.length)];
}

/** Splits the text under `root` into sentences with their ranges. */
export function sentencesOf(root: Element, lang?: string | null): Sentence[] {
  const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  const out: Sentence[] = [];
  for (const pieces of blocksOf(root)) {
    const whole = pieces.map((p) => p.node.data).join('');
    for (const seg of segmenter.segment(whole)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const body = seg.segment.trim();
      if (!/[\p{L}\p{N}]/u.test(body)) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(...pointAt(pieces, seg.index + lead));
      range.setEnd(...pointAt(pieces, seg.index + lead + body.length));
      out.push({ text: body.replace(/\s+/g, ' '), range });
    }
  }
  return out;
}

/** Index of the sentence holding a point of the document (a click), or -1. */
export function sentenceAt(sentences: Sentence[], node: Node, offset: number): number {
  return sentences.findIndex((s) => {
    try {
      return s.range.isPointInRange(node, offset);
    } catch {
      return false;
    }
  });
}
