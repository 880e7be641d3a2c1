// Read-aloud in real Chromium and Firefox. Neither headless browser has a voice here: speech-dispatcher
// with espeak-ng (Debian) lists its voices to spd-say, but cannot open an audio device headless, and
// both browsers then list no voice at all. So a stub engine (installStubSpeech) stands in for
// `speechSynthesis`: it lists a local and a remote voice and fires start/end/error like an engine;
// the reader's code (sentences, highlight, player, shortcuts, storage) is the real one.
import { afterEach, describe, expect, it } from 'vitest';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import { installStubSpeech, openReaderOn, pollFrame, readAloudState, clickInFrame } from './reader-helpers';

const VOICES = [
  { name: 'Cloud voice', lang: 'en-US', localService: false },
  { name: 'Local voice', lang: 'en-US', localService: true },
];

describe.each(browsersUnderTest())('read aloud in %s', (name) => {
  const env = useExtension(name);
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') return; // kept open for the failure screenshots
    for (const page of env.driver.pages.splice(0)) await page.close().catch(() => {});
  });

  it('reads successive sentences with a local voice, highlighted, pauses and resumes', async () => {
    const { frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/long-article.html'));
    await installStubSpeech(frame, VOICES);
    await clickInFrame(frame, '[data-testid="read-aloud-button"]');
    // Three sentences in a row, each highlighted while it is spoken.
    const seen: string[] = [];
    await pollFrame(frame, () => (window as any).__spoken?.length >= 1);
    for (let n = 1; n <= 3; n++) {
      const s = await pollFrame(
        frame,
        (k: number) => {
          const spoken = (window as any).__spoken as { text: string }[];
          const range = (CSS as any).highlights.get('qr-reading')?.values().next().value as Range | undefined;
          const lit = range?.toString().replace(/\s+/g, ' ').trim();
          return spoken.length === k && lit === spoken[k - 1]!.text ? lit : null;
        },
        n,
      );
      seen.push(s);
    }
    expect(new Set(seen).size).toBe(3);
    const body = await frame.$eval('[data-testid="reader-body"]', (b) => b.textContent!.replace(/\s+/g, ' '));
    // In the article's order: each sentence comes after the one before it.
    let from = 0;
    for (const s of seen) {
      const at = body.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(from);
      from = at + s.length;
    }
    let state = await readAloudState(frame);
    expect(
      state.spoken.every((u) => u.voice === 'stub:Local voice'),
      'only the local voice speaks',
    ).toBe(true);
    expect(state.text).toMatch(/^Sentence \d+ of \d+$/);

    await clickInFrame(frame, '[data-testid="read-aloud-toggle"]');
    state = await pollFrame(
      frame,
      () => document.querySelector('[data-testid="read-aloud"]')?.getAttribute('data-status') === 'paused',
    ).then(() => readAloudState(frame));
    expect(state.speaking, 'nothing is spoken while paused').toBe(false);
    expect(state.highlighted, 'the paused sentence stays marked').toBe(state.spoken.at(-1)!.text);
    expect(state.text).toMatch(/^Paused · Sentence/);
    const pausedAt = state.spoken.length;
    const pausedOn = state.highlighted;

    await clickInFrame(frame, '[data-testid="read-aloud-toggle"]');
    // Resuming says the paused sentence again, then goes on to the next one.
    const resumed = await pollFrame(
      frame,
      (k: number) =>
        (window as any).__spoken.length >= k + 2
          ? (window as any).__spoken.slice(k, k + 2).map((u: { text: string }) => u.text)
          : null,
      pausedAt,
    );
    expect(resumed[0]).toBe(pausedOn);
    expect(resumed[1]).not.toBe(pausedOn);
    expect((await readAloudState(frame)).status).toBe('playing');
  });

  it('starts at the sentence clicked, follows the L and Escape keys, and keeps the speed in storage.sync', async () => {
    const { page, frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/long-article.html'));
    await installStubSpeech(frame, VOICES, 1500);
    await page.keyboard.press('l');
    await pollFrame(frame, () => (window as any).__spoken?.length >= 1);
    // A sentence further down: scroll it into view and click in its middle.
    const target = await frame.evaluate(() => {
      const p = Array.from(document.querySelectorAll('[data-testid="reader-body"] p')).find(
        (x) => (x.textContent ?? '').length > 120 && x.getBoundingClientRect().top > 600,
      )!;
      p.scrollIntoView({ block: 'center' });
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 3);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, start: (p.textContent ?? '').trim().slice(0, 20) };
    });
    await page.mouse.click(target.x, target.y);
    const clicked = await pollFrame(
      frame,
      (start: string) => {
        const last = (window as any).__spoken.at(-1)?.text as string | undefined;
        return last?.startsWith(start) ? last : null;
      },
      target.start,
    );
    expect((await readAloudState(frame)).highlighted).toBe(clicked);

    // Speed: chosen in the player, used from the sentence being read on, kept in storage.sync.
    await frame.select('[data-testid="read-aloud-rate"]', '1.5');
    await pollFrame(frame, () => (window as any).__spoken.at(-1)?.rate === 1.5);
    const stored = await pollFrame(frame, async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.storage.sync.get('readAloudSettings')).readAloudSettings?.rate === 1.5;
    });
    expect(stored).toBe(true);

    await page.keyboard.press('l');
    expect(
      await pollFrame(
        frame,
        () => document.querySelector('[data-testid="read-aloud"]')?.getAttribute('data-status') === 'paused',
      ),
    ).toBe(true);
    // Escape stops reading first (the reader stays open), the next one closes the reader.
    await page.keyboard.press('Escape');
    await pollFrame(frame, () => !document.querySelector('[data-testid="read-aloud"]'));
    const after = await readAloudState(frame);
    expect(after.highlighted).toBeNull();
    expect(after.speaking).toBe(false);
    expect(await page.$('[data-quietread-reader="open"]')).not.toBeNull();
  });

  it('says so when the system has no local voice, and speaks nothing through a remote one', async () => {
    const { frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/long-article.html'));
    await installStubSpeech(frame, [VOICES[0]!]);
    await clickInFrame(frame, '[data-testid="read-aloud-button"]');
    const text = await pollFrame(frame, () =>
      document.querySelector('[data-testid="read-aloud"]')?.getAttribute('data-status') === 'no-voice'
        ? document.querySelector('[data-testid="read-aloud-status"]')?.textContent
        : null,
    );
    expect(text).toContain('No voice for reading aloud is installed on this system');
    const state = await readAloudState(frame);
    expect(state.spoken).toEqual([]);
    expect(await frame.$eval('[data-testid="read-aloud-toggle"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });
});
