/** The background's library messages: saved and looked up only for the popup or our script on that page. */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFakeBrowser } from '../reader/fake-browser';

const b = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_t, k) => (b.current as any)[k] }) }));
vi.mock('../../../src/native-browser', () => ({
  nativeBrowser: new Proxy({}, { get: (_t, k) => (b.current as any)[k] }),
}));

const fake = makeFakeBrowser();
b.current = fake;
beforeAll(async () => {
  await import('../../../src/background/library');
});

const URL_A = 'https://blog.example/2024/review/';
const analysis = {
  url: URL_A,
  canonicalUrl: URL_A,
  title: 'A review',
  byline: null,
  siteName: null,
  publishedTime: null,
  contentHtml: '<p>Text.</p>',
  textContent: 'Text.',
};

async function send(msg: unknown, sender: unknown): Promise<any> {
  const replies = fake.runtime.onMessage.fire(msg, sender).filter((r) => r !== undefined);
  return replies[0];
}

describe('library messages check their sender', () => {
  const own = fake.runtime.id;

  it('refuses a save from another extension, a page of another origin or a subframe, and saves nothing', async () => {
    const refused = [
      { id: 'other@example.org', url: 'chrome-extension://other/popup.html' },
      { id: own, url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 },
      { id: own, url: URL_A, tab: { id: 3 }, frameId: 2 },
      {},
    ];
    for (const sender of refused)
      expect(await send({ type: 'any-to-background:save', analysis }, sender)).toMatchObject({
        ok: false,
        error: 'invalid',
      });
    expect(
      await send(
        { type: 'any-to-background:saved-status', url: URL_A, canonicalUrl: URL_A },
        { id: own, url: 'chrome-extension://abc/popup.html' },
      ),
    ).toEqual({ saved: false });
  });

  it('saves for the popup, and answers our script on the same page', async () => {
    const saved = await send(
      { type: 'any-to-background:save', analysis },
      { id: own, url: 'moz-extension://abc/popup.html?tab=3' },
    );
    expect(saved).toMatchObject({ ok: true, status: 'saved' });
    expect(
      await send(
        { type: 'any-to-background:saved-status', url: URL_A, canonicalUrl: URL_A },
        { id: own, url: URL_A, tab: { id: 3 }, frameId: 0 },
      ),
    ).toMatchObject({ saved: true });
    expect(
      await send(
        { type: 'any-to-background:saved-status', url: URL_A, canonicalUrl: URL_A },
        { id: own, url: 'https://evil.example/', tab: { id: 4 }, frameId: 0 },
      ),
    ).toEqual({ saved: false });
  });
});
