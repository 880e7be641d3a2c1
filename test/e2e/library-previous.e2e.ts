/** An update that replaces a saved text keeps the previous one, and the library page brings it back. */
import { describe, expect, it } from 'vitest';
import { browsersUnderTest, poll, tabIdOf } from './browsers';
import { useExtension } from './env';
import { clearRecords, notice, rawRecords, rowsAre } from './library-helpers';
import { clickTestId, openPopup, settledPhase } from './popup-helpers';

const HER = '/demo/her-review.html';
const REWRITE = 'This paragraph was rewritten after the first save and must be undoable.';

describe.each(browsersUnderTest())('previous version in %s', (name) => {
  const env = useExtension(name);

  /** Opens the page (rewritten first when asked), saves it from its popup and waits for `saved`. */
  async function save(rewrite: boolean, expectStatus: 'unsaved' | 'changed') {
    // The same URL both times (openFixture adds a query per opening): the page names a canonical URL on
    // another site, which does not count, so its own URL is the key the update must find.
    const page = await env.driver.newPage();
    await page.goto(env.server.url(`${HER}?previous-${name}`));
    await page.waitForSelector('html[data-quietread]', { timeout: 15_000 });
    const tabId = await tabIdOf(env.driver, page);
    if (rewrite)
      await page.evaluate((text) => (document.querySelector('.entry-content p')!.textContent = text), REWRITE);
    const popup = await openPopup(env, tabId);
    await settledPhase(popup);
    expect(
      await poll(popup, () => {
        const s = document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status');
        return s && s !== 'unknown' ? s : '';
      }),
    ).toBe(expectStatus);
    await clickTestId(popup, 'action-save');
    await poll(
      popup,
      () => document.querySelector('[data-testid="action-save"]')?.getAttribute('data-status') === 'saved',
    );
    await popup.close();
    await page.close();
  }

  it('restores the text an update replaced, from a button in the library', async () => {
    const lib = await env.driver.openExtensionPage('library.html');
    await rowsAre(lib, (await rawRecords(lib)).length);
    await clearRecords(lib);
    await save(false, 'unsaved');
    const [first] = await rawRecords(lib);
    expect(String(first!.textContent)).not.toContain(REWRITE);

    await save(true, 'changed');
    const [updated] = await rawRecords(lib);
    expect(updated!.id).toBe(first!.id);
    expect(String(updated!.textContent)).toContain(REWRITE);

    // No reload: the open library page hears the background's save (BroadcastChannel) and re-reads.
    await rowsAre(lib, 1);
    const label = await poll(lib, () => document.querySelector('[data-testid="restore-previous"]')?.textContent ?? '');
    expect(label).toBe('Restore previous version');
    await clickTestId(lib, 'restore-previous');
    expect(await notice(lib, 'Restored')).toContain('Restored the previous version of');
    const [back] = await rawRecords(lib);
    expect(back).toMatchObject({
      id: first!.id,
      textContent: first!.textContent,
      contentHtml: first!.contentHtml,
      textHash: first!.textHash,
      savedAt: first!.savedAt,
    });
    // The rewritten text is one step back now: the restore can be undone with the same button.
    expect(String((back!.previous as { textContent: string }).textContent)).toContain(REWRITE);
  });
});
