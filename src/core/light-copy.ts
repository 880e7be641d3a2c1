/**
 * A light copy of a huge page, made in small steps. A page with 50,000 comments has 650,000
 * elements: one selector query over it takes a second, so the content script cannot analyse it in
 * one go without freezing the tab. Instead it copies the page a few hundred nodes at a time (a
 * generator: the caller decides when to yield to the page), keeping of each block that `prune`
 * matches (comment sections and lists) only its first elements, and past `maxElements` only the
 * pruned blocks. The copy is small enough for `detectPage` and `findBoilerplate` in one go; `original`
 * maps what they find back to the live page.
 */
import { protoGet } from './declobber';

export interface LightCopyOptions {
  /** Selector of the blocks whose subtrees are cut short (they are found by their own markup). */
  prune: string;
  /** Elements kept inside each pruned block (its heading, its first comments, its form). */
  keepPerBlock?: number;
  /** Elements copied in full before the copy keeps only pruned blocks. */
  maxElements?: number;
  /** Nodes visited between two yields. */
  stepNodes?: number;
}

export interface LightCopy {
  doc: Document;
  /** The live element a copied element stands for. */
  original(copy: Element): Element | null;
  /** The copy of a live element, when it was copied. */
  copyOf(original: Element): Element | null;
  /** True when `copy` holds, or sits in, a pruned block that lost part of its subtree. */
  truncated(copy: Element): boolean;
}

const SKIP = new Set(['iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg']);

/**
 * Copies `doc` step by step: each `yield` comes after `stepNodes` visited nodes; the return value is
 * the copy. Reads the page only through a TreeWalker and `Element.prototype` methods, so a page's
 * named elements (`<input name="firstChild">`) cannot lead it astray.
 */
export function* lightCopySteps(doc: Document, opts: LightCopyOptions): Generator<void, LightCopy> {
  const keepPerBlock = opts.keepPerBlock ?? 200;
  const maxElements = opts.maxElements ?? 10_000;
  const stepNodes = opts.stepNodes ?? 500;
  const matches = Element.prototype.matches;
  const getName = (el: Element) => protoGet<string>(el, 'localName') ?? '';

  const out = doc.implementation.createHTMLDocument('');
  const toOriginal = new Map<Element, Element>();
  const toCopy = new Map<Element, Element>();
  const cut = new Set<Element>();
  const root = doc.documentElement;
  const rootCopy = out.importNode(root, false) as Element;
  out.replaceChild(rootCopy, out.documentElement);
  toOriginal.set(rootCopy, root);
  toCopy.set(root, rootCopy);

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parents: Element[] = []; // copies standing for the ancestors of the walker's node
  let current: Element = rootCopy; // the copy standing for the walker's node (an ancestor's when not copied)
  let copied = 1;
  let visited = 0;
  // The pruned block being walked: its depth in `parents` and how many elements it may still keep.
  let block = null as { depth: number; copy: Element; left: number } | null;

  /** Copies the walker's node under `parent`; returns the copy, or `parent` when the node is left out. */
  const visit = (node: Node, parent: Element): Element => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (block || copied < maxElements) parent.appendChild(out.importNode(node, false));
      return parent;
    }
    const el = node as Element;
    if (!block && matches.call(el, opts.prune)) block = { depth: parents.length, copy: parent, left: keepPerBlock };
    else if (block) block.left--;
    if (!block && copied >= maxElements) return parent;
    const copy = out.importNode(el, false) as Element;
    parent.appendChild(copy);
    toOriginal.set(copy, el);
    toCopy.set(el, copy);
    copied++;
    if (block && block.depth === parents.length) block.copy = copy;
    return copy;
  };
  const canDescend = (node: Node): boolean =>
    node.nodeType === Node.ELEMENT_NODE && !SKIP.has(getName(node as Element)) && (!block || block.left > 0);
  /** Leaves the pruned block when the walker climbed out of it. */
  const leftBlock = () => {
    if (block && parents.length <= block.depth) block = null;
  };

  for (;;) {
    if (++visited % stepNodes === 0) yield;
    if (canDescend(walker.currentNode) && walker.firstChild()) {
      parents.push(current);
      current = visit(walker.currentNode, current);
      continue;
    }
    // A pruned block out of budget: skip the rest of it at once.
    if (block && block.left <= 0) {
      cut.add(block.copy);
      while (parents.length > block.depth + 1) {
        walker.parentNode();
        current = parents.pop() as Element;
      }
    }
    let moved = false;
    while (!moved) {
      if (walker.nextSibling()) {
        leftBlock();
        current = visit(walker.currentNode, parents[parents.length - 1] as Element);
        moved = true;
      } else if (parents.length > 0 && walker.parentNode()) {
        current = parents.pop() as Element;
        leftBlock();
      } else {
        return {
          doc: out,
          original: (copy) => toOriginal.get(copy) ?? null,
          copyOf: (original) => toCopy.get(original) ?? null,
          truncated: (copy) => [...cut].some((c) => c === copy || copy.contains(c) || c.contains(copy)),
        };
      }
    }
  }
}

/** Runs a `lightCopySteps` generator to its end at once (tests, the CLI). */
export function lightCopy(doc: Document, opts: LightCopyOptions): LightCopy {
  const steps = lightCopySteps(doc, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
