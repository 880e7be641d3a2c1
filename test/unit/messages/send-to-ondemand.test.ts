import { beforeEach, describe, expect, it, vi } from 'vitest';

// A tab as the browser shows it to the extension: the gate (content.js) always listens and answers
// nothing to `any-to-ondemand:` messages; ondemand.js answers once injected.
const tab = { injected: 0, present: false };
const fake = {
  scripting: {
    async executeScript(opts: { files?: string[] }) {
      if (opts.files?.includes('ondemand.js')) {
        tab.injected++;
        tab.present = true;
      }
      return [{ result: undefined }];
    },
  },
  tabs: {
    async sendMessage(_tabId: number, msg: { type: string }) {
      if (!tab.present) throw new Error('The message port closed before a response was received.');
      return msg.type === 'any-to-ondemand:analyze' ? { ok: true } : { open: true };
    },
  },
};
vi.mock('../../../src/native-browser', () => ({ nativeBrowser: new Proxy({}, { get: (_t, k) => (fake as any)[k] }) }));

const { sendToOnDemand } = await import('../../../src/messages');

describe('sendToOnDemand', () => {
  beforeEach(() => {
    tab.injected = 0;
    tab.present = false;
  });

  it('injects ondemand.js once, on the first message only', async () => {
    expect(await sendToOnDemand(1, { type: 'any-to-ondemand:analyze' })).toEqual({ ok: true });
    expect(await sendToOnDemand(1, { type: 'any-to-ondemand:analyze' })).toEqual({ ok: true });
    expect(await sendToOnDemand(1, { type: 'any-to-ondemand:toggle-reader' })).toEqual({ open: true });
    expect(tab.injected).toBe(1);
  });

  it('injects when no copy answers (a fresh page, or one the extension was reloaded under)', async () => {
    tab.present = false;
    await sendToOnDemand(1, { type: 'any-to-ondemand:analyze' });
    tab.present = false; // the page navigated: the copy is gone
    await sendToOnDemand(1, { type: 'any-to-ondemand:analyze' });
    expect(tab.injected).toBe(2);
  });
});
