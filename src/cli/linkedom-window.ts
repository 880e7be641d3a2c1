/**
 * A linkedom window that DOMPurify accepts, so that sanitising the CLI's output needs no jsdom:
 * loading jsdom was most of a one-page run (about 60 % of its CPU). linkedom lacks what DOMPurify
 * checks for and uses, and it is added here:
 * - `document.implementation.createHTMLDocument` (DOMPurify's support check, and its fallback);
 * - `window.NodeFilter` (the mask of its node iterator);
 * - a `DOMParser` whose `text/html` parse always has a `<body>`: linkedom builds no implied
 *   `<html>`/`<body>` around a fragment, and DOMPurify keeps the body's content only.
 * - `Node` and `Element` whose prototypes have the getters DOMPurify reads nodes through (its guard
 *   against clobbered properties): linkedom keeps `nodeType`, `parentNode` and `ownerDocument` on
 *   each node, where DOMPurify's lookup finds nothing and reads null. linkedom has no named
 *   properties on forms, so nothing can clobber them; `instanceof` still asks linkedom's classes.
 * - a live node iterator: linkedom's is a list taken when it is made, which misses what DOMPurify
 *   moves or inserts while it walks (the content it keeps of a removed element).
 * One difference from jsdom: a `<form>` goes whole, content and all (linkedom's `attributes` is a
 * new object per read, which DOMPurify takes for a clobbered form); jsdom's keeps its content. On
 * 15 pages of ../shared the output was otherwise the same as jsdom's, bar one table cell's empty div.
 * test/unit/cli/linkedom-window.test.ts tries the usual attacks on it and compares the output with
 * jsdom's on the pages of ../shared.
 */
import { DOMParser as LinkedomParser, NodeFilter, parseHTML } from 'linkedom';

const SHELL = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;

class BodyParser {
  parseFromString(markup: string, type: string): Document {
    const text = type === 'text/html' ? SHELL(markup) : markup;
    return new LinkedomParser().parseFromString(text, type as 'text/html') as unknown as Document;
  }
}

/** A class whose prototype reads `props` off the node itself and whose `instanceof` is `real`'s. */
function readerClass(real: unknown, props: string[]): unknown {
  const shim = function () {} as unknown as { prototype: object };
  for (const k of props) {
    Object.defineProperty(shim.prototype, k, {
      get(this: Record<string, unknown>) {
        const v = this[k];
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(this) : v;
      },
    });
  }
  Object.defineProperty(shim, Symbol.hasInstance, { value: (v: unknown) => v instanceof (real as new () => unknown) });
  return shim;
}

const NODE_PROPS = ['nodeType', 'nodeName', 'ownerDocument'];
const ELEMENT_PROPS = [...NODE_PROPS, 'nextSibling', 'childNodes', 'parentNode', 'shadowRoot', 'attributes'];
const ELEMENT_METHODS = ['cloneNode', 'remove', 'removeAttributeNode'];

type N = Node & { nodeType: number };
const SHOW: Record<number, number> = { 1: 0x1, 3: 0x4, 4: 0x8, 7: 0x40, 8: 0x80 };

/** The node after `n` in document order within `root`, or null. */
function following(n: N, root: Node): N | null {
  if (n.firstChild) return n.firstChild as N;
  for (let c: Node | null = n; c && c !== root; c = c.parentNode) if (c.nextSibling) return c.nextSibling as N;
  return null;
}

/** The node before `n` in document order (its previous sibling's last descendant, else its parent). */
function preceding(n: N): N | null {
  let p = n.previousSibling;
  if (!p) return n.parentNode as N | null;
  while (p.lastChild) p = p.lastChild;
  return p as N;
}

const inside = (n: Node, root: Node) => {
  for (let c: Node | null = n; c; c = c.parentNode) if (c === root) return true;
  return false;
};

/**
 * A NodeIterator as the DOM standard has it, for the one way DOMPurify uses it: forward, and the
 * node just returned is the only one removed (its kept content moved where it was). Removed, the
 * reference falls back to the node before it, as the standard's removing steps say.
 */
class LiveIterator {
  private ref: N | null = null;
  private before: N | null = null;
  constructor(
    private readonly root: N,
    private readonly mask: number,
  ) {}
  nextNode(): Node | null {
    let n: N | null;
    if (!this.ref) n = this.root;
    else if (inside(this.ref, this.root)) n = following(this.ref, this.root);
    else n = this.before ? following(this.before, this.root) : null;
    while (n && !((SHOW[n.nodeType] ?? 0) & this.mask)) n = following(n, this.root);
    this.ref = n;
    this.before = n && n !== this.root ? preceding(n) : null;
    return n;
  }
}

let win: Window | undefined;

/**
 * The one window the CLI sanitises with (made on first use): a plain object with what DOMPurify
 * reads of a window (linkedom's own is a proxy that ignores assignments).
 */
export function linkedomWindow(): Window {
  if (win) return win;
  const w = parseHTML(SHELL('')) as unknown as Record<string, unknown> & { document: Document };
  const implementation = { createHTMLDocument: () => parseHTML(SHELL('')).document };
  Object.defineProperty(w.document, 'implementation', { value: implementation, configurable: true });
  // DOMPurify takes createNodeIterator from this document (or its <template>'s) when it is created.
  const template = w.document.createElement('template') as HTMLTemplateElement;
  for (const doc of new Set([w.document, template.content?.ownerDocument ?? w.document])) {
    Object.defineProperty(doc, 'createNodeIterator', {
      value: (root: N, mask = 0xffffffff) => new LiveIterator(root, mask),
      configurable: true,
    });
  }
  const element = readerClass(w.Element, ELEMENT_PROPS) as { prototype: object };
  // Methods are called with the node as `this` (DOMPurify's unapply): the node's own.
  for (const k of ELEMENT_METHODS) {
    Object.defineProperty(element.prototype, k, {
      value(this: Record<string, (...a: unknown[]) => unknown>, ...args: unknown[]) {
        return this[k]!(...args);
      },
    });
  }
  win = {
    document: w.document,
    Element: element,
    Node: readerClass(w.Node, NODE_PROPS),
    NodeFilter,
    DOMParser: BodyParser,
    HTMLTemplateElement: w.HTMLTemplateElement,
  } as unknown as Window;
  return win;
}
