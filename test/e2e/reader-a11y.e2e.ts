import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';
import { controlPage, installStubSpeech, openReaderOn, pollFrame, clickInFrame } from './reader-helpers';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the reader frame; returns its serious and critical violations. */
async function seriousViolations(frame: Frame): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = (await frame.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n: any) => n.target.join(' ')),
    }));
  })) as { id: string; impact: string | null; targets: string[] }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const runs = browsersUnderTest().flatMap((name) => (['light', 'dark'] as const).map((theme) => [name, theme] as const));

describe.each(runs)('reader accessibility in %s, %s theme', (name, theme) => {
  const env = useExtension(name);

  it('has no serious or critical axe violations with read-aloud playing and the table of contents open', async () => {
    const ctl = await controlPage(env.driver);
    await ctl.evaluate(
      (t: string) =>
        ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.set({ readerSettings: { theme: t } }),
      theme,
    );
    const { frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/long-article.html'));
    expect(await pollFrame(frame, (t: string) => document.documentElement.dataset.theme === t, theme)).toBe(true);
    await installStubSpeech(frame, [{ name: 'Local voice', lang: 'en-US', localService: true }], 60_000);
    await clickInFrame(frame, '[data-testid="read-aloud-button"]');
    await pollFrame(
      frame,
      () => document.querySelector('[data-testid="read-aloud"]')?.getAttribute('data-status') === 'playing',
    );
    await clickInFrame(frame, '[data-testid="reader-toc-button"]');
    await frame.waitForSelector('[data-testid="reader-toc"] a');
    expect(await seriousViolations(frame)).toEqual([]);
  });

  it('has no serious or critical axe violations when the system has no voice', async () => {
    const { frame } = await openReaderOn(env.driver, env.server.url('/fixtures/reader/footnotes.html'));
    await installStubSpeech(frame, []);
    await clickInFrame(frame, '[data-testid="read-aloud-button"]');
    await pollFrame(
      frame,
      () => document.querySelector('[data-testid="read-aloud"]')?.getAttribute('data-status') === 'no-voice',
    );
    expect(await seriousViolations(frame)).toEqual([]);
  });
});
