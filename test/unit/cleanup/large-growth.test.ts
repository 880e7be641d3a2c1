/**
 * Observers under churn (issue #16, low): large-page mode used to be chosen once, at load, so a page
 * that grew past the limit afterwards got full synchronous scans of its whole DOM on every change.
 * It is re-checked before every scan: past the limit, a late scan reads a light copy made in steps.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../../src/native-browser', async () => ({ nativeBrowser: (await import('./fake-browser')).fakeBrowser }));
import { startCleanup } from '../../../src/content/cleanup';
import { LARGE_PAGE_ELEMENTS } from '../../../src/content/gate-markers';
import { detectPage } from '../../../src/content/page-tokens';
import { loadFixture } from './helpers';

async function elapse(ms: number, step = 20) {
  for (let t = 0; t < ms; t += step) await vi.advanceTimersByTimeAsync(step);
}

describe('a page that grows past the large-page limit after load', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }),
  );
  afterEach(() => vi.useRealTimers());

  it('is scanned through light copies from then on, never again in one synchronous scan', async () => {
    const doc = loadFixture('wpcom-highlander.html');
    const syncScans: number[] = [];
    const cleanup = startCleanup(doc, detectPage(doc), {
      onChange: () => {},
      safely: (_what, fn) => fn(),
      onFound: (blocks) => syncScans.push(blocks.length), // called by the synchronous scan only
    });
    cleanup.applySettings({ mode: 'wordpress', sites: {} });
    expect(syncScans).toHaveLength(1);
    expect(doc.getElementById('comments')?.getAttribute('data-quietread-collapsed')).toBe('comments');

    // The page grows past the limit (a feed that never ends below the post), then a late comment form
    // arrives above the feed (the light copy keeps the first 10,000 elements in full).
    const feed = doc.createElement('section');
    for (let i = 0; i <= LARGE_PAGE_ELEMENTS; i++) feed.append(doc.createElement('span'));
    doc.body.append(feed);
    await elapse(200);
    const late = doc.createElement('div');
    late.id = 'respond';
    late.className = 'comment-respond';
    late.innerHTML =
      '<h3 class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php"><textarea></textarea></form>';
    feed.before(late);
    // The copies are made in steps of a few (real) milliseconds, each followed by a timer: let them run.
    for (let i = 0; i < 3_000 && !late.hasAttribute('data-quietread-collapsed'); i++)
      await vi.advanceTimersByTimeAsync(20);

    expect(syncScans).toHaveLength(1); // no full synchronous scan of the grown page
    expect(late.getAttribute('data-quietread-collapsed')).toBe('comment-form'); // folded through the copy
    cleanup.stop();
  });
});
