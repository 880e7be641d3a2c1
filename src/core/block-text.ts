/** Plain text of an element with one blank line between blocks, the form the CLI and the scorer read. */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** Returns `el`'s text: inline whitespace collapsed, blocks separated by blank lines, `<pre>` kept as is. */
export function blockText(el: Element): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line
      .replace(/[ \t\f\r\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (t) blocks.push(t);
    line = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      line += pre ? text.replace(/ /g, '\u0000') : text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      line += '\n';
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    const inPre = pre || tag === 'PRE';
    for (let c = node.firstChild; c; c = c.nextSibling) {
      walk(c, inPre);
      if (tag === 'TR' && c.nodeType === 1) line += ' ';
    }
    if (isBlock) flush();
  };
  walk(el, false);
  // Spaces inside <pre> were protected from the whitespace collapsing above.
  // eslint-disable-next-line no-control-regex -- U+0000 is our own placeholder for protected spaces
  return blocks.join('\n\n').replace(/\u0000/g, ' ');
}
