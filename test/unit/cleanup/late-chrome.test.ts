/**
 * Observers under churn (issue #16, low): a page that never settles must not keep the late-chrome
 * scans running forever. The watcher pauses after a busy spell with no quiet pause and stops for
 * good after a number of scans.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateChrome } from '../../../src/content/late-chrome';

const isOurs = () => false;
/** Adds an element to the page every `ms` (a page that never settles). */
function churn(ms: number) {
  return setInterval(() => document.body.append(document.createElement('div')), ms);
}
/** Lets `ms` of fake time pass, flushing the observer's microtasks in between. */
async function elapse(ms: number, step = 50) {
  for (let t = 0; t < ms; t += step) await vi.advanceTimersByTimeAsync(step);
}

describe('late chrome on a page that never settles', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'performance',
      ],
    });
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it('scans after a change and pauses once the page is quiet', async () => {
    let scans = 0;
    const w = watchLateChrome(document, () => scans++, { isOurs, quietMs: 1_000 });
    document.body.append(document.createElement('section'));
    await elapse(200);
    expect(scans).toBe(1);
    expect(w.active).toBe(true);
    await elapse(1_200);
    expect(w.active).toBe(false);
    w.stop();
  });

  it('pauses after a busy spell with no quiet pause, although the page still churns', async () => {
    let scans = 0;
    const timer = churn(100);
    const w = watchLateChrome(document, () => scans++, { isOurs, quietMs: 1_000, busyMs: 3_000, maxScans: 1_000 });
    await elapse(2_000);
    expect(w.active).toBe(true);
    await elapse(2_000);
    expect(w.active).toBe(false);
    const after = scans;
    await elapse(5_000);
    expect(scans).toBe(after); // no scan while paused, whatever the page does
    clearInterval(timer);
    w.stop();
  });

  it('stops for good after maxScans scans, even when scrolls keep re-arming it', async () => {
    let scans = 0;
    const timer = churn(20);
    const w = watchLateChrome(document, () => scans++, { isOurs, quietMs: 1_000, busyMs: 500, maxScans: 10 });
    for (let i = 0; i < 40; i++) {
      window.dispatchEvent(new Event('scroll'));
      await elapse(600);
    }
    expect(scans).toBe(10);
    expect(w.scans).toBe(10);
    expect(w.active).toBe(false);
    clearInterval(timer);
  });

  it('stops on abort', async () => {
    let scans = 0;
    const ctl = new AbortController();
    const w = watchLateChrome(document, () => scans++, { isOurs, signal: ctl.signal });
    ctl.abort();
    document.body.append(document.createElement('section'));
    await elapse(500);
    expect([scans, w.active]).toEqual([0, false]);
  });
});
