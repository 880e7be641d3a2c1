/**
 * Embeds (video players, social cards, maps) cannot run in a clean reader without loading what the
 * reader keeps away, and Readability or the sanitiser would drop them silently. Before extraction,
 * each one becomes a plain link to its source, so nothing is lost and nothing loads unasked.
 * Runs on the clone only.
 */

const EMBEDS = 'iframe[src], embed[src], object[data]';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Replaces each http(s) `<iframe>`, `<embed>` and `<object>` of `doc` with `<p><a href=src>Embedded content from host</a></p>`. */
export function replaceEmbedsWithLinks(doc: Document, base: string): number {
  let count = 0;
  for (const el of Array.from(doc.querySelectorAll(EMBEDS))) {
    const raw = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
    let href: string;
    try {
      href = new URL(raw, base).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(href)) continue;
    const title = el.getAttribute('title')?.trim();
    const p = doc.createElement('p');
    const a = doc.createElement('a');
    a.setAttribute('href', href);
    a.textContent = title ? `${title} (embedded content from ${hostOf(href)})` : `Embedded content from ${hostOf(href)}`;
    p.appendChild(a);
    el.replaceWith(p);
    count++;
  }
  return count;
}
