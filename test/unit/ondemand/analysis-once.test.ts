// On the seed page, the page load (fold.js), one popup open and one reader open run detection and
// boilerplate finding once each: the analysis takes what the fold code found on the page, and the
// reader gets the popup's analysis from the cache.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ detect: 0, find: 0 }));
vi.mock('webextension-polyfill', async () => ({ default: (await import('../cleanup/fake-browser')).fakeBrowser }));
vi.mock('../../../src/native-browser', async () => ({
  nativeBrowser: (await import('../cleanup/fake-browser')).fakeBrowser,
}));
vi.mock('../../../src/core/detect', async (load) => {
  const real = await load<typeof import('../../../src/core/detect')>();
  return {
    ...real,
    detectPlatform: (...a: Parameters<typeof real.detectPlatform>) => (calls.detect++, real.detectPlatform(...a)),
  };
});
vi.mock('../../../src/core/find-boilerplate', async (load) => {
  const real = await load<typeof import('../../../src/core/find-boilerplate')>();
  return {
    ...real,
    findBoilerplate: (...a: Parameters<typeof real.findBoilerplate>) => (calls.find++, real.findBoilerplate(...a)),
  };
});

const seed = path.resolve(__dirname, '../../../../shared/seed/her-review.html');
const demo = path.resolve(__dirname, '../../../demo/her-review.html');
const html = fs.readFileSync(fs.existsSync(seed) ? seed : demo, 'utf8');
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('analysis done once per page state', () => {
  it('page load + popup open + reader open: detectPlatform and findBoilerplate once each', async () => {
    document.open();
    document.write(html);
    document.close();
    await import('../../../src/content/fold-page'); // fold.js: detects, finds, folds
    await settle();
    expect(document.querySelectorAll('[data-quietread-collapsed]').length).toBeGreaterThan(0);
    expect(calls).toEqual({ detect: 1, find: 1 });

    const { currentAnalysis } = await import('../../../src/ondemand/analysis-cache');
    const popup = await currentAnalysis(); // the popup's analyze
    expect(popup.ok && popup.analysis.title).toBe('Her');
    // The blocks fold.js found reached the analysis: taken out of the article and recorded.
    expect(popup.ok && popup.analysis.removed.map((r) => r.kind)).toEqual(['share', 'comment-form', 'subscribe']);
    expect(popup.ok && popup.analysis.textContent).not.toContain('Leave a Reply');
    const reader = await currentAnalysis(); // the reader's
    expect(reader).toBe(popup);
    expect(calls).toEqual({ detect: 1, find: 1 });

    // A mutation outside the article (a late comment) keeps the cache; an edit of the article drops it.
    document.getElementById('comments')?.append(document.createElement('p'));
    expect(await currentAnalysis()).toBe(popup);
    const para = document.querySelector('.entry-content p') as Element;
    para.textContent = `${para.textContent} Edited.`;
    const edited = await currentAnalysis();
    expect(edited).not.toBe(popup);
    expect(edited.ok && edited.analysis.textContent).toContain('Edited.');
  });

  it('gives the page its thread back between steps, and two callers share one run', async () => {
    const { currentAnalysis } = await import('../../../src/ondemand/analysis-cache');
    const para = document.querySelector('.entry-content p') as Element;
    para.textContent = `${para.textContent} Edited again.`; // not the cached article: a new run
    const ticks: string[] = [];
    const popup = currentAnalysis();
    const reader = currentAnalysis(); // asked while the first is running
    expect(reader).toBe(popup);
    // Queued after the analysis began: runs between its steps, before the analysis is done.
    setTimeout(() => ticks.push('page task'), 0);
    void popup.then(() => ticks.push('analysed'));
    const reply = await popup;
    expect(ticks).toEqual(['page task', 'analysed']);
    expect(reply.ok && reply.analysis.textContent).toContain('Edited again.');
  });

  it('answers first with the cleaned extraction alone, and holds the rest until the reader has painted', async () => {
    const { holdAnalysis, runningAnalysis } = await import('../../../src/ondemand/analysis-cache');
    const para = document.querySelector('.entry-content p') as Element;
    para.textContent = `${para.textContent} Edited a third time.`; // a new run
    let paint: () => void = () => {};
    holdAnalysis(new Promise<void>((resolve) => (paint = resolve)));
    const run = runningAnalysis();
    const first = await run.first;
    expect(first.ok && first.analysis.textContent).toContain('Edited a third time.');
    expect(first.ok && first.analysis.extraction.method).toBe('cleaned');
    let done = false;
    void run.reply.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 1000)); // the whole analysis takes ~300 ms here
    expect(done).toBe(false); // held: the frame paints while the page's thread is idle
    paint();
    const reply = await run.reply;
    expect(done).toBe(true);
    expect(reply).not.toBe(first);
    // The seed's final choice is the cleaned extraction too: the reader shows the same article twice.
    expect(reply.ok && first.ok && reply.analysis.contentHtml).toBe(first.ok && first.analysis.contentHtml);
    holdAnalysis(Promise.resolve());
  });

  it('waits for the hold in place: a new hold replaces the one an analysis already waits on', async () => {
    // The intent's hold (long) is replaced by the reader's, then released by the popup's question.
    const { holdAnalysis, runningAnalysis } = await import('../../../src/ondemand/analysis-cache');
    const para = document.querySelector('.entry-content p') as Element;
    para.textContent = `${para.textContent} Edited a fourth time.`; // a new run
    holdAnalysis(new Promise<void>(() => {})); // never settles by itself
    const run = runningAnalysis();
    await run.first;
    let done = false;
    void run.reply.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 200)); // the analysis now waits on the first hold
    let paint: () => void = () => {};
    holdAnalysis(new Promise<void>((resolve) => (paint = resolve)));
    await new Promise((r) => setTimeout(r, 600));
    expect(done).toBe(false); // the reader's hold now
    paint();
    const reply = await run.reply; // the first hold never settled: the analysis waited for the new one
    expect(reply.ok && reply.analysis.textContent).toContain('Edited a fourth time.');
    holdAnalysis(Promise.resolve());
  });
});
