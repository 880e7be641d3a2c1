/**
 * Highlights drawn in an article (the reader's body, the HTML export): `<mark>` elements around the text nodes of each
 * span (a span crossing paragraphs gets one mark per text node), and back out again. Offsets count
 * the body's text nodes in order, which is its `textContent`: the marks themselves add no text.
 */
import type { HighlightColor } from './highlight';

/** The attribute a highlight's marks carry (its id). */
export const MARK_ATTR = 'data-quietread-highlight';

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The offsets of a range inside `root`'s text, or null when the range is not inside it. */
export function rangeOffsets(root: Node, range: Range): { start: number; end: number } | null {
  if (!root.contains(range.commonAncestorContainer)) return null;
  const before = root.ownerDocument!.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

export interface MarkSpec {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
  /** The name a focusable mark gets (the reader); none for a mark in an export. */
  label?: string;
  /** A title on the marks (the HTML export shows the note so). */
  title?: string;
}

/** Draws the spans afresh: the first mark of each is focusable and named (its note), the others follow it. */
export function drawMarks(root: HTMLElement, specs: readonly MarkSpec[]): void {
  clearMarks(root);
  // One span at a time over a fresh list of text nodes: the previous span split some of them.
  for (const spec of specs) wrapSpan(root, spec);
}

function wrapSpan(root: HTMLElement, spec: MarkSpec): void {
  const doc = root.ownerDocument;
  const parts: { node: Text; s: number; e: number }[] = [];
  let at = 0;
  for (const node of textNodes(root)) {
    const len = node.data.length;
    const s = Math.max(spec.start - at, 0);
    const e = Math.min(spec.end - at, len);
    at += len;
    if (e > s && node.data.slice(s, e).trim()) parts.push({ node, s, e });
  }
  parts.forEach(({ node, s, e }, i) => {
    let part = node;
    if (s > 0) part = part.splitText(s);
    if (e - s < part.data.length) part.splitText(e - s);
    const mark = doc.createElement('mark');
    mark.className = `qr-hl qr-hl-${spec.color}`;
    mark.setAttribute(MARK_ATTR, spec.id);
    if (spec.title) mark.title = spec.title;
    if (i === 0 && spec.label !== undefined) {
      mark.tabIndex = 0;
      mark.id = `qr-hl-${spec.id}`;
      mark.setAttribute('aria-label', spec.label);
    }
    part.replaceWith(mark);
    mark.appendChild(part);
  });
}

/** Takes every mark out again, leaving the text as it was. */
export function clearMarks(root: HTMLElement): void {
  for (const mark of Array.from(root.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode!;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parent.normalize();
  }
}
