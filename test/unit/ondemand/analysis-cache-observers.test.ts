/**
 * Observers under churn (issue #16, low): the analysis cache once watched the page with a
 * MutationObserver that never disconnected, so a churning page paid for it on every change for as
 * long as the tab lived. The cache is keyed by the article's text now: it leaves no observer behind,
 * and still sees an edit of the article (and ignores a new comment).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../cleanup/fake-browser')).fakeBrowser }));
vi.mock('../../../src/native-browser', async () => ({
  nativeBrowser: (await import('../cleanup/fake-browser')).fakeBrowser,
}));

const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../../demo/her-review.html'), 'utf8');

// Every observer made while the module loads and answers, and whether each is still connected.
const Native = window.MutationObserver;
const live = new Set<MutationObserver>();
class Tracked extends Native {
  override observe(target: Node, options?: MutationObserverInit) {
    live.add(this);
    super.observe(target, options);
  }
  override disconnect() {
    live.delete(this);
    super.disconnect();
  }
}
window.MutationObserver = Tracked;
globalThis.MutationObserver = Tracked;
afterAll(() => {
  window.MutationObserver = Native;
  globalThis.MutationObserver = Native;
});

describe('the analysis cache on a churning page', () => {
  it('leaves no observer connected, and still follows edits of the article', async () => {
    document.open();
    document.write(html);
    document.close();
    const { currentAnalysis } = await import('../../../src/ondemand/analysis-cache');
    const first = await currentAnalysis();
    expect(first.ok).toBe(true);
    // The page churns: comments, ads, timers. None of it is the article.
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    expect(await currentAnalysis()).toBe(first);
    const p = document.querySelector('.entry-content p, article p')!;
    p.textContent = 'An edited first paragraph of the review.';
    const edited = await currentAnalysis();
    expect(edited).not.toBe(first);
    expect(edited.ok && edited.analysis.textContent).toContain('An edited first paragraph');
    expect(live.size).toBe(0);
  });
});
