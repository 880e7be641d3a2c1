/**
 * What the fold code already found on the live page (platform, boilerplate blocks), handed to the
 * analysis so it does not find them again: the analysis works on clones of the page, and a clone
 * has the same tree, so each block is found in it by its path of child positions from the root.
 */
import { protoGet } from './declobber';
import { findBoilerplate } from './find-boilerplate';
import type { BoilerplateMatch, PlatformInfo } from './types';

/** The page's findings, as the fold code made them on `doc` (the live page). */
export interface PageFindings {
  doc: Document;
  platform: PlatformInfo;
  blocks: readonly BoilerplateMatch[];
}

/** A DOM property read through the prototypes' getters (linkedom keeps some as own properties). */
function read<T>(obj: object, name: string): T {
  return (protoGet<T>(obj, name) ?? (obj as Record<string, unknown>)[name]) as T;
}

/**
 * The positions among element children from `root` down to `el`; null when `el` is not under `root`.
 * Read through the prototypes' getters: on the live page a form's inputs can shadow `parentNode`.
 */
function pathOf(root: Node, el: Element): number[] | null {
  const path: number[] = [];
  let node: Element = el;
  for (;;) {
    const parent = read<Node | null>(node, 'parentNode') ?? null;
    if (!parent) return null;
    let i = 0;
    for (
      let s = read<Element | null>(node, 'previousElementSibling');
      s;
      s = read<Element | null>(s, 'previousElementSibling')
    )
      i++;
    path.push(i);
    if (parent === root) return path.reverse();
    if (read<number>(parent, 'nodeType') !== 1) return null; // a shadow root or a detached fragment: not in the tree
    node = parent as Element;
  }
}

function follow(root: Document, path: readonly number[]): Element | null {
  let node: Document | Element | null = root;
  for (const i of path) node = node ? (read<HTMLCollection | undefined>(node, 'children')?.[i] ?? null) : null;
  return node && node.nodeType === 1 ? (node as Element) : null;
}

// Quietread's own nodes on the page: stubs, the stub stylesheet, the reader's host.
const OURS = '[data-quietread-stub], [data-quietread-style], [data-quietread-reader]';

/**
 * The page's elements, Quietread's own left out: when it differs from the count taken with the
 * findings, the page changed since and they are found again.
 */
export function pageElementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length - doc.querySelectorAll(OURS).length;
}

/**
 * The same blocks in `clone`, a `cloneNode(true)` of `source`: the elements found at the same paths.
 * A block no longer in `source` is dropped.
 */
export function blocksInClone(
  blocks: readonly BoilerplateMatch[],
  source: Document,
  clone: Document,
): BoilerplateMatch[] {
  if (clone === source) return [...blocks];
  const out: BoilerplateMatch[] = [];
  for (const b of blocks) {
    const path = pathOf(source, b.element);
    const element = path ? follow(clone, path) : null;
    if (element && element.localName === read<string>(b.element, 'localName')) out.push({ ...b, element });
  }
  return out;
}

/**
 * A way to get the boilerplate of any clone of `source`: from `known` blocks of `source` when
 * given, else found once on `source` itself. The finder is called at most once however many
 * clones ask.
 */
export function boilerplateSource(
  source: Document,
  known?: readonly BoilerplateMatch[],
): (clone: Document) => BoilerplateMatch[] {
  let blocks = known;
  return (clone) => {
    blocks ??= findBoilerplate(source);
    return blocksInClone(blocks, source, clone);
  };
}
