/**
 * A journal of the blocks taken out of a clone before Readability, so that the safety net can put any of
 * them back where they were and run Readability again (see `safety-net.ts`). Readability reads a copy of
 * the cleaned clone (it mutates its input), so the clone and the journal's places in it stay valid.
 */
import type { BoilerplateKind } from './types';

/** How sure the step that took a block out is of it. */
export type Evidence =
  /** Comment-system and login markup: never put back (comments are never the article's text). */
  | 'certain'
  /** A platform's own markup matched a rule's selector (Jetpack's share bar, a theme's related posts). */
  | 'markup'
  /** A heading or label text matched a rule's signature ("Related posts", "Advertisement"). */
  | 'text'
  /** Page layout: the site's header, menus, sidebars and footer, credits, hidden parts. */
  | 'layout';

/** One block taken out, with where it was and why. */
export interface Removal {
  element: Element;
  parent: Node;
  prev: Node | null;
  next: Node | null;
  step: 'boilerplate' | 'site-chrome';
  kind: BoilerplateKind | 'chrome';
  label: string;
  /** The rule or the selector that took it: what the analysis reports as the reason. */
  reason: string;
  evidence: Evidence;
}

/** The removals made on one clone, in order. */
export class RemovalJournal {
  readonly removals: Removal[] = [];

  /** Takes `el` out of its document and records it. */
  remove(el: Element, info: Omit<Removal, 'element' | 'parent' | 'prev' | 'next'>): void {
    const parent = el.parentNode;
    if (!parent) return;
    this.removals.push({ element: el, parent, prev: el.previousSibling, next: el.nextSibling, ...info });
    el.remove();
  }

  /**
   * Puts the `undo` removals back in place. All removals go back in reverse order (each one's next
   * sibling is then where it was), and the others come out again in their order. A neighbour replaced
   * since (an embed turned into a link) falls back on the other neighbour, then on the parent's end.
   */
  restore(undo: ReadonlySet<Removal>): void {
    for (const r of [...this.removals].reverse()) {
      const at = r.next?.parentNode === r.parent ? r.next : r.prev?.parentNode === r.parent ? r.prev.nextSibling : null;
      r.parent.insertBefore(r.element, at);
    }
    for (const r of this.removals) if (!undo.has(r)) r.element.remove();
    const kept = this.removals.filter((r) => !undo.has(r));
    this.removals.length = 0;
    this.removals.push(...kept);
  }
}
