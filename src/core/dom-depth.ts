/**
 * How deep a DOM nests, measured without recursion. A script can build a page 100,000 elements deep;
 * Readability's cleaners (`_hasChildBlockElement`), Defuddle and our own walks recurse once per level,
 * and "Maximum call stack size exceeded" would be all the user saw. Callers check the depth first and
 * answer with a clear message instead. The limit is Blink's parser cap (512): a page parsed by Chrome
 * never exceeds it, so only script-built trees (or a file fed to the CLI) are refused. Past a few
 * hundred levels Readability's per-level passes also grow quadratic, so a higher cap would only trade
 * the stack overflow for a frozen tab.
 */
import { protoMethod } from './declobber';

/** Deepest nesting the core walks into; deeper pages get `too-large` with a message saying why. */
export const MAX_DEPTH = 512;

/** The nesting depth of `root`'s element tree, counting stops just past `limit` (the walk ends there). */
export function elementDepth(root: Element, limit = MAX_DEPTH): number {
  const doc = root.ownerDocument;
  // A TreeWalker, not firstElementChild: a form's named inputs can shadow element properties.
  const walker = protoMethod<Document['createTreeWalker']>(doc, 'createTreeWalker').call(
    doc,
    root,
    1 /* NodeFilter.SHOW_ELEMENT */,
  );
  if (typeof walker.firstChild !== 'function') return depthInOrder(root, limit); // linkedom's walker only steps forward
  let depth = 1;
  let max = 1;
  for (;;) {
    if (walker.firstChild()) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
      continue;
    }
    while (!walker.nextSibling()) {
      if (!walker.parentNode() || walker.currentNode === root) return max;
      depth--;
    }
  }
}

/** The same from the elements in document order (parents first), each one level below its parent. */
function depthInOrder(root: Element, limit: number): number {
  const parentOf = parentGetter(root);
  const depths = new Map<Node, number>([[root, 1]]);
  let max = 1;
  for (const el of Array.from(
    protoMethod<Element['getElementsByTagName']>(root, 'getElementsByTagName').call(root, '*'),
  )) {
    const d = (depths.get(parentOf(el) as Node) ?? 1) + 1;
    depths.set(el, d);
    if (d > max && (max = d) > limit) return max;
  }
  return max;
}

/** `parentNode` read through its prototype accessor (a form's `<input name="parentNode">` cannot shadow it). */
function parentGetter(node: Node): (n: Node) => Node | null {
  for (let p: object | null = Object.getPrototypeOf(node); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, 'parentNode');
    if (d?.get) return (n) => d.get!.call(n) as Node | null;
  }
  return (n) => n.parentNode;
}

/** The message for a page nested deeper than `MAX_DEPTH`, or null when it is not. */
export function tooDeep(root: Element | null | undefined): string | null {
  if (!root) return null;
  return elementDepth(root) > MAX_DEPTH
    ? `the page nests its elements more than ${MAX_DEPTH.toLocaleString('en')} deep, too deep to read safely`
    : null;
}
