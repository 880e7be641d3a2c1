/** Helpers of the highlights end-to-end tests: select words in the reader as a user does, read the marks drawn. */
import type { Frame } from 'puppeteer-core';
import { pollFrame } from './reader-helpers';

/** Selects `words` in the reader's article (a real DOM selection across whatever nodes they span). */
export async function selectWords(frame: Frame, words: string): Promise<void> {
  const ok = await frame.evaluate((w: string) => {
    const body = document.querySelector('[data-testid="reader-body"]')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    const start = text.indexOf(w);
    if (start < 0) return false;
    const point = (offset: number): [Text, number] => {
      let at = 0;
      for (const n of nodes) {
        if (offset <= at + n.data.length) return [n, offset - at];
        at += n.data.length;
      }
      return [nodes.at(-1)!, nodes.at(-1)!.data.length];
    };
    const range = document.createRange();
    range.setStart(...point(start));
    range.setEnd(...point(start + w.length));
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }, words);
  if (!ok) throw new Error(`not in the article: ${words}`);
  await pollFrame(frame, () => document.querySelector('[data-testid="highlight-toolbar"]') !== null);
}

/** The highlights drawn in the article: each one's text (its marks joined), colour and focusable name. */
export function drawnMarks(frame: Frame): Promise<{ id: string; text: string; color: string; label: string }[]> {
  return frame.evaluate(() => {
    const byId = new Map<string, { id: string; text: string; color: string; label: string }>();
    for (const m of document.querySelectorAll<HTMLElement>(
      '[data-testid="reader-body"] mark[data-quietread-highlight]',
    )) {
      const id = m.dataset.quietreadHighlight!;
      const e = byId.get(id) ?? { id, text: '', color: (m.className.match(/qr-hl-(\w+)/) ?? [])[1] ?? '', label: '' };
      e.text += m.textContent;
      if (m.hasAttribute('aria-label')) e.label = m.getAttribute('aria-label')!;
      byId.set(id, e);
    }
    return [...byId.values()];
  });
}

/** Waits until `n` highlights are drawn; returns them. */
export function marksAre(
  frame: Frame,
  n: number,
): Promise<{ id: string; text: string; color: string; label: string }[]> {
  return pollFrame(
    frame,
    async (want: number) => {
      const byId = new Set(
        [...document.querySelectorAll<HTMLElement>('[data-testid="reader-body"] mark[data-quietread-highlight]')].map(
          (m) => m.dataset.quietreadHighlight,
        ),
      );
      return byId.size === want;
    },
    n,
  ).then(() => drawnMarks(frame));
}

/**
 * Clicks an element of the reader frame by its selector, from inside the frame (Firefox's BiDi has no
 * frame-element lookup for an ElementHandle's click); the selection stays, as with the toolbar's mousedown guard.
 */
export async function clickIn(frame: Frame, selector: string): Promise<void> {
  await pollFrame(frame, (s: string) => document.querySelector(s) !== null, selector);
  await frame.evaluate((s: string) => document.querySelector<HTMLElement>(s)!.click(), selector);
}
