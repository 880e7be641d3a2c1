/** Makes the links and media URLs of extracted content absolute, so it reads the same anywhere. */

const URL_ATTRS: Array<[string, string]> = [
  ['a[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[poster]', 'poster'],
  ['iframe[src]', 'src'],
];

function resolve(value: string, base: string): string {
  if (value.startsWith('#') || /^(data|mailto|tel):/i.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** The base URL of a page: its `<base href>` resolved against the page URL. */
export function baseUrlOf(doc: Document, url: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return href ? resolve(href, url) : url;
}

/** Rewrites relative `href`, `src`, `srcset` and `poster` values under `root` against `base`. */
export function makeUrlsAbsolute(root: Element, base: string): void {
  try {
    new URL(base);
  } catch {
    return; // no usable base (a file read without --url): leave the URLs as the page wrote them
  }
  for (const [selector, attr] of URL_ATTRS) {
    for (const el of Array.from(root.querySelectorAll(selector)))
      el.setAttribute(attr, resolve(el.getAttribute(attr) ?? '', base));
  }
  for (const el of Array.from(root.querySelectorAll('[srcset]'))) {
    const set = (el.getAttribute('srcset') ?? '')
      .split(/,\s+/)
      .map((part) => {
        const [u = '', ...rest] = part.trim().split(/\s+/);
        return [resolve(u, base), ...rest].join(' ');
      })
      .join(', ');
    el.setAttribute('srcset', set);
  }
}
