/**
 * How the content script reads a page: in one go when it is of a usual size, through a light copy
 * made in steps of a few milliseconds when it is huge (core/light-copy.ts), so that a page with
 * 50,000 comments is folded without freezing its tab.
 */
import { findCommentPrompts } from '../core/comment-prompts';
import { findBoilerplate } from '../core/find-boilerplate';
import { lightCopySteps, type LightCopy } from '../core/light-copy';
import { RULES } from '../core/rules/index';
import type { BoilerplateMatch } from '../core/types';
import { LARGE_PAGE_ELEMENTS } from './gate-markers';

/** Work done between two yields to the page, in milliseconds. */
const STEP_MS = 8;

/**
 * Whether to read the page through a light copy: one that has over 25,000 elements. Counted, not
 * read from navigation timing: the first touch of `performance` costs every page it runs on more
 * than the count (15 ms only on a page of 650,000 elements, which is huge anyway).
 */
export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS;
}

/** Runs a step generator, yielding to the page (a macrotask) whenever a step budget is spent. */
export async function runInSteps<T>(steps: Generator<void, T>, win: Window): Promise<T> {
  const pause = () => new Promise((resolve) => win.setTimeout(resolve, 0));
  await pause(); // the task that called us (the script's injection) ends first
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start > STEP_MS) {
      await pause();
      start = performance.now();
    }
  }
}

let prune: string | undefined;

/** A light copy of a huge page, made in steps; comment lists keep their first elements only. */
export function copyInSteps(doc: Document): Promise<LightCopy> {
  prune ??= RULES.filter((r) => r.kind === 'comments')
    .flatMap((r) => r.selectors)
    .join(', ');
  return runInSteps(lightCopySteps(doc, { prune }), doc.defaultView ?? window);
}

/**
 * The boilerplate of the copy as blocks of the live page. A comment list cut short in the copy is
 * labelled without a count: the copy does not know how many comments it holds.
 */
export function boilerplateOfCopy(copy: LightCopy): BoilerplateMatch[] {
  const out: BoilerplateMatch[] = [];
  for (const m of findBoilerplate(copy.doc)) {
    const element = copy.original(m.element);
    if (!element) continue;
    const label = m.kind === 'comments' && copy.truncated(m.element) ? 'Comments' : m.label;
    out.push({ ...m, element, label });
  }
  return out;
}

/** "Leave a comment" prompts of the copy as elements of the live page. */
export function commentPromptsOfCopy(copy: LightCopy, folded: readonly Element[]): Element[] {
  const blocks = folded.map((el) => copy.copyOf(el)).filter((el): el is Element => el !== null);
  return findCommentPrompts(copy.doc, blocks)
    .map((el) => copy.original(el))
    .filter((el): el is Element => el !== null);
}
