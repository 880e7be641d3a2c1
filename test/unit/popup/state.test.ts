import { describe, expect, it } from 'vitest';
import { initialState, reduce } from '../../../popup/state';
import type { Analysis } from '../../../src/messages';

const analysis = { title: 'A review', summary: ['One.', 'Two.', 'Three.'] } as Analysis;

describe('popup state', () => {
  it('opens in the loading phase so the skeleton paints first', () => {
    expect(initialState().phase).toEqual({ kind: 'loading', waitingForPage: false });
  });

  it('keeps the tab title while the analysis is loading, then shows the analysis', () => {
    let s = reduce(initialState(), { type: 'tab', tabId: 7, title: 'Tab title' });
    expect(s.phase.kind).toBe('loading');
    expect(s.tabTitle).toBe('Tab title');
    s = reduce(s, { type: 'analysis', analysis });
    expect(s.phase).toEqual({ kind: 'ready', analysis });
    expect(s.tabId).toBe(7);
  });

  it('goes back to loading and forgets save and copy results on retry', () => {
    let s = reduce(initialState(), { type: 'error', message: 'boom' });
    s = reduce(s, { type: 'copy', copy: 'failed' });
    s = reduce(s, { type: 'load-started' });
    expect(s.phase.kind).toBe('loading');
    expect(s.copy).toBe('idle');
    expect(s.attempt).toBe(1);
  });

  it('keeps the reason when the page is too large to analyse', () => {
    const s = reduce(initialState(), {
      type: 'too-large',
      message: 'the page is 10.0 MB, over the size limit of 8.0 MB',
    });
    expect(s.phase).toEqual({ kind: 'too-large', message: 'the page is 10.0 MB, over the size limit of 8.0 MB' });
  });

  it('drops the content state on a restricted page, so the site switch is off', () => {
    let s = reduce(initialState(), {
      type: 'page-state',
      page: { url: 'x', title: 't', tokens: [], collapsed: [], cleanupEnabled: true },
    });
    s = reduce(s, { type: 'restricted', reason: 'browser-page' });
    expect(s.page).toBeNull();
  });

  it('flips the cleanup switch only when a content script answered', () => {
    const none = reduce(initialState(), { type: 'cleanup', enabled: false });
    expect(none.page).toBeNull();
    const s = reduce(
      reduce(initialState(), {
        type: 'page-state',
        page: { url: 'x', title: 't', tokens: [], collapsed: [], cleanupEnabled: true },
      }),
      { type: 'cleanup', enabled: false },
    );
    expect(s.page?.cleanupEnabled).toBe(false);
  });

  it('marks "waiting for the page" only while loading', () => {
    const waiting = reduce(initialState(), { type: 'waiting-for-page', waiting: true });
    expect(waiting.phase).toEqual({ kind: 'loading', waitingForPage: true });
    const ready = reduce(reduce(initialState(), { type: 'analysis', analysis }), {
      type: 'waiting-for-page',
      waiting: true,
    });
    expect(ready.phase.kind).toBe('ready');
  });
});
