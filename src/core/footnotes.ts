/**
 * Footnotes made into plain in-document links before Readability, so that they survive extraction
 * and work in the reader (whose sanitiser prefixes the ids and their `#` links, render-content.ts):
 * - WordPress core's footnotes block (`ol.wp-block-footnotes`, `sup.fn > a[href="#…"]`), Markdown's
 *   (`.footnotes`, `a.footnote-ref` / `a.footnote-backref`, `role="doc-noteref"`): links already;
 *   nothing to do but keep them.
 * - Easy Footnotes puts each id on an empty `span.easy-footnote-margin-adjust` next to the link or note
 *   (an empty span Readability may drop) and draws its back-link with CSS only: the id moves onto the
 *   link or the note, and the back-link gets a visible arrow.
 * - Modern Footnotes keeps each note inline beside its number, opened by a script
 *   (`sup.modern-footnotes-footnote` + `span.modern-footnotes-footnote__note`): the notes move to a list
 *   after the article's last paragraph that has one, linked both ways.
 */

const BACK = '↩';

function easyFootnotes(doc: Document): void {
  for (const span of Array.from(doc.querySelectorAll('span.easy-footnote-margin-adjust[id]'))) {
    if (span.textContent?.trim()) continue;
    const owner = span.closest('li') ?? span.nextElementSibling?.querySelector('a[href^="#"]') ?? null;
    if (!owner || owner.id) continue;
    owner.id = span.id;
    span.removeAttribute('id');
  }
  for (const a of Array.from(doc.querySelectorAll('a.easy-footnote-to-top[href^="#"]'))) {
    if (!a.textContent?.trim()) a.textContent = BACK;
  }
}

function modernFootnotes(doc: Document): void {
  const refs = Array.from(doc.querySelectorAll('sup.modern-footnotes-footnote'));
  if (refs.length === 0) return;
  const list = doc.createElement('ol');
  list.className = 'footnotes';
  let last: Element | null = null;
  refs.forEach((sup, i) => {
    const note = sup.nextElementSibling?.matches('.modern-footnotes-footnote__note') ? sup.nextElementSibling : null;
    if (!note) return;
    const n = i + 1;
    const link = doc.createElement('a');
    link.href = `#mfn-note-${n}`;
    link.id = `mfn-ref-${n}`;
    link.textContent = sup.textContent?.trim() || String(n);
    sup.replaceChildren(link);
    const li = doc.createElement('li');
    li.id = `mfn-note-${n}`;
    li.append(...Array.from(note.childNodes), ' ');
    const back = doc.createElement('a');
    back.href = `#mfn-ref-${n}`;
    back.textContent = BACK;
    li.appendChild(back);
    list.appendChild(li);
    last = sup.closest('p, li, blockquote') ?? sup.parentElement;
    note.remove();
  });
  const after = last as Element | null;
  if (list.childElementCount && after) after.after(list);
}

/** Rewrites the footnote markup of `doc` (a clone of the page) as in-document links. */
export function linkFootnotes(doc: Document): void {
  easyFootnotes(doc);
  modernFootnotes(doc);
}
