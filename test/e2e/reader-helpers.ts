/** Helpers of the reading-mode end-to-end tests: toggle the reader the way the background does, reach its frame. */
import type { Frame, Page } from 'puppeteer-core';
import { poll, tabIdOf, type Driver } from './browsers';

/** An extension page kept open to send messages to the background from (any extension page will do). */
export async function controlPage(driver: Driver): Promise<Page> {
  return driver.openExtensionPage('reader.html?control');
}

/** Sends a runtime message from an extension page and returns the answer. */
export async function sendFromExtension<T>(ctl: Page, message: unknown): Promise<T> {
  return ctl.evaluate(
    (m: unknown) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

/** Toggles the reader in `page`'s tab through the background's handler (the command's and the menu's code path). */
export async function toggleViaBackground(driver: Driver, ctl: Page, page: Page): Promise<{ open: boolean }> {
  const tabId = await tabIdOf(driver, page);
  const reply = await sendFromExtension<{ open: boolean }>(ctl, { type: 'any-to-background:toggle-reader', tabId });
  await page.bringToFront();
  return reply;
}

/** Waits until the overlay's host says the reader is painted. */
export async function waitForReaderOpen(page: Page): Promise<void> {
  await page.waitForSelector('[data-quietread-reader="open"]', { timeout: 20_000 });
}

/** Waits until the overlay's host is gone. */
export async function waitForReaderClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-quietread-reader]'), { timeout: 15_000 });
}

/** The reader.html frame inside the page's overlay. */
export async function readerFrame(driver: Driver, page: Page): Promise<Frame> {
  // Chrome serves reader.html from a per-session origin (use_dynamic_url), not the extension's own.
  const isReader = (href: string) => /^(chrome|moz)-extension:\/\/[^/]+\/reader\.html/.test(href);
  const end = Date.now() + 15_000;
  for (;;) {
    // Firefox reports moz-extension frames as about:blank: ask each frame where it is.
    for (const f of page.frames()) {
      const href = isReader(f.url()) ? f.url() : await f.evaluate(() => location.href).catch(() => '');
      if (isReader(href)) return f;
    }
    if (Date.now() > end)
      throw new Error(
        `no reader frame in ${page
          .frames()
          .map((f) => f.url())
          .join(', ')}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls in a frame (waitForFunction is blocked by the extension CSP in Firefox). */
export async function pollFrame<T, A>(
  frame: Frame,
  fn: (arg: A) => T,
  arg?: A,
  timeout = 15_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await frame.evaluate(fn as any, arg as any);
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end)
      throw new Error(`pollFrame timed out${last ? `: ${String(last)}` : ''} (${fn.toString().slice(0, 120)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export { poll };

/**
 * Clicks an element of the reader frame the way a user does: the real pointer, at the element's centre.
 * The overlay's frame fills the viewport from its top-left corner, so frame and page share coordinates.
 * (An ElementHandle's own click fails in Firefox 140's BiDi: its frame-element lookup rejects the frame.)
 */
export async function clickInFrame(frame: Frame, selector: string): Promise<void> {
  const at = await pollFrame(
    frame,
    (s: string) => {
      const el = document.querySelector(s);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    selector,
  );
  await frame.page().mouse.click(at.x, at.y);
}

/** Opens `path` of the test server in a new tab and the reader over it, through the background; returns the tab and the reader frame. */
export async function openReaderOn(driver: Driver, url: string): Promise<{ page: Page; frame: Frame }> {
  const ctl = await controlPage(driver);
  const page = await driver.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-quietread]');
  await toggleViaBackground(driver, ctl, page);
  await waitForReaderOpen(page);
  const frame = await readerFrame(driver, page);
  await pollFrame(frame, () => document.querySelector('[data-testid="reader-body"] p') !== null);
  return { page, frame };
}

/**
 * Puts a stub speech engine in place of the frame's `speechSynthesis` (headless Chromium and Firefox
 * have no voice: see the read-aloud e2e). It lists the voices given, records each utterance
 * (`window.__spoken`) and ends each one `ms` after it started, with the events a real engine fires;
 * `cancel` interrupts the one speaking. The reader's own code runs unchanged against it.
 */
export async function installStubSpeech(
  frame: Frame,
  voices: { name: string; lang: string; localService: boolean }[],
  ms = 400,
): Promise<void> {
  await frame.evaluate(
    (list: { name: string; lang: string; localService: boolean }[], after: number) => {
      const w = window as any;
      const spoken: { text: string; voice: string | null; rate: number }[] = [];
      let current: EventTarget | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const fire = (u: EventTarget, type: string, extra: Record<string, unknown> = {}) => {
        const e = Object.assign(new Event(type), { utterance: u, charIndex: 0 }, extra);
        u.dispatchEvent(e);
        (u as any)[`on${type}`]?.(e);
      };
      class Utterance extends EventTarget {
        text: string;
        lang = '';
        voice: unknown = null;
        rate = 1;
        pitch = 1;
        volume = 1;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      const engine = Object.assign(new EventTarget(), {
        speaking: false,
        pending: false,
        paused: false,
        getVoices: () => list.map((v, i) => ({ ...v, voiceURI: `stub:${v.name}`, default: i === 0 })),
        speak(u: any) {
          spoken.push({ text: u.text, voice: u.voice?.voiceURI ?? null, rate: u.rate });
          current = u;
          engine.speaking = true;
          fire(u, 'start');
          timer = setTimeout(() => {
            current = null;
            engine.speaking = false;
            fire(u, 'end');
          }, after);
        },
        cancel() {
          clearTimeout(timer);
          const u = current;
          current = null;
          engine.speaking = false;
          if (u) fire(u, 'error', { error: 'interrupted' });
        },
        pause() {},
        resume() {},
      });
      Object.defineProperty(w, 'speechSynthesis', { value: engine, configurable: true });
      Object.defineProperty(w, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      w.__spoken = spoken;
    },
    voices,
    ms,
  );
}

/** What read-aloud shows: the highlighted text, the player's status, and what the engine was asked to say. */
export async function readAloudState(frame: Frame): Promise<{
  highlighted: string | null;
  status: string | null;
  text: string;
  spoken: { text: string; voice: string | null; rate: number }[];
  speaking: boolean;
}> {
  return frame.evaluate(() => {
    const h = (CSS as any).highlights?.get('qr-reading');
    const range = h ? (h.values().next().value as Range | undefined) : undefined;
    const player = document.querySelector('[data-testid="read-aloud"]');
    return {
      highlighted: range ? range.toString().replace(/\s+/g, ' ').trim() : null,
      status: player?.getAttribute('data-status') ?? null,
      text: document.querySelector('[data-testid="read-aloud-status"]')?.textContent ?? '',
      spoken: [...(window as any).__spoken],
      speaking: (window as any).speechSynthesis.speaking,
    };
  });
}
