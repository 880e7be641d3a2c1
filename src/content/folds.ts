/**
 * The folded blocks of the page: folds what `findBoilerplate` found (each with a stub before it),
 * toggles a block from its stub, and unfolds everything when cleanup is turned off.
 * Blocks the user opened stay open when the page is scanned again.
 */
import { collapseBlock, hideWith, removeHideStyle, restoreBlock } from '../core/collapse';
import type { BoilerplateKind, BoilerplateMatch } from '../core/types';
import { createStub, type Stub } from './stub';

export interface Fold {
  element: Element;
  kind: BoilerplateKind;
  label: string;
  open: boolean;
  stub: Stub;
  /** Elements hidden with the block, without a stub of their own ("Leave a comment" links). */
  satellites: Element[];
}

export interface Folds {
  /** Folds new blocks (open where `keepOpen` says so), updates labels of known ones; returns true if anything changed. */
  apply(matches: BoilerplateMatch[], keepOpen: (m: BoilerplateMatch) => boolean): boolean;
  /** Opens (or folds) a block. */
  setOpen(fold: Fold, open: boolean): void;
  /** Hides `elements` with a fold (and shows them with it); elements already attached are skipped. */
  attach(fold: Fold, elements: Element[]): void;
  /** Unfolds every block and removes every stub and the stylesheet. */
  clear(): void;
  list(): Fold[];
  /** True while at least one block is folded. */
  anyFolded(): boolean;
}

/** Manages the folds of one document; `onChange` runs after every change (to update tokens). */
export function createFolds(
  doc: Document,
  opts: { onChange: () => void; onReader?: () => void; onReaderIntent?: () => void; skipRendering?: boolean },
): Folds {
  const folds = new Map<Element, Fold>();
  let readerOffered = false;

  function setOpen(fold: Fold, open: boolean): void {
    fold.open = open;
    if (open) restoreBlock(fold.element);
    else collapseBlock(fold.element, fold.kind, { skipRendering: opts.skipRendering });
    for (const el of fold.satellites) hideWith(el, open ? null : fold.kind);
    fold.stub.setOpen(open);
    if (![...folds.values()].some((f) => !f.open)) removeHideStyle(doc);
  }

  function drop(fold: Fold): void {
    restoreBlock(fold.element);
    for (const el of fold.satellites) hideWith(el, null);
    fold.stub.host.remove();
    folds.delete(fold.element);
  }

  function add(m: BoilerplateMatch, open: boolean): void {
    const onReader = opts.onReader && !readerOffered ? opts.onReader : undefined;
    readerOffered ||= Boolean(onReader); // one "Reading mode" button per page is enough
    const fold: Fold = {
      element: m.element,
      kind: m.kind,
      label: m.label,
      open,
      stub: undefined as unknown as Stub,
      satellites: [],
    };
    fold.stub = createStub(doc, m.kind, m.label, {
      onToggle: () => {
        setOpen(fold, !fold.open);
        opts.onChange();
      },
      onReader,
      onReaderIntent: onReader ? opts.onReaderIntent : undefined,
    });
    m.element.before(fold.stub.host);
    folds.set(m.element, fold);
    setOpen(fold, open);
  }

  function apply(matches: BoilerplateMatch[], keepOpen: (m: BoilerplateMatch) => boolean): boolean {
    let changed = false;
    for (const fold of [...folds.values()]) {
      // The page removed the block (a comment widget re-rendering): its stub goes too.
      if (!fold.element.isConnected) {
        drop(fold);
        changed = true;
      }
    }
    for (const m of matches) {
      const known = folds.get(m.element);
      if (known) {
        if (known.label !== m.label) {
          known.label = m.label;
          known.stub.setLabel(m.label);
          known.stub.setOpen(known.open);
        }
        continue;
      }
      if (!m.element.parentNode) continue;
      const folded = [...folds.values()];
      if (folded.some((f) => f.element.contains(m.element))) continue;
      // A new, larger block around known ones: it replaces them unless the user opened one.
      const inner = folded.filter((f) => m.element.contains(f.element));
      if (inner.some((f) => f.open)) continue;
      inner.forEach(drop);
      add(m, keepOpen(m));
      changed = true;
    }
    if (changed) opts.onChange();
    return changed;
  }

  return {
    apply,
    attach(fold, elements) {
      const known = new Set([...folds.values()].flatMap((f) => f.satellites));
      for (const el of elements) {
        if (known.has(el)) continue;
        fold.satellites.push(el);
        hideWith(el, fold.open ? null : fold.kind);
      }
    },
    setOpen(fold, open) {
      setOpen(fold, open);
      opts.onChange();
    },
    clear() {
      [...folds.values()].forEach(drop);
      removeHideStyle(doc);
      readerOffered = false;
      opts.onChange();
    },
    list: () => [...folds.values()],
    anyFolded: () => [...folds.values()].some((f) => !f.open),
  };
}
