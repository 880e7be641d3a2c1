/** The popup's side of the library: save an analysis, ask whether (and how) it is saved, open the library. */
import browser from 'webextension-polyfill';
import type { Analysis, SaveReply, SavedStatusReply } from '../src/messages';
import { textHash } from '../src/core/text-hash';
import { t } from './i18n';
import type { SaveStatus } from './state';

/** Saves the analysis through the background; the result as the popup shows it. */
export async function saveAnalysis(analysis: Analysis): Promise<SaveStatus> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'any-to-background:save', analysis })) as
      SaveReply | undefined;
    if (!reply) return { kind: 'failed', error: 'failed', message: t('popupLibraryNoAnswer') };
    return reply.ok ? { kind: 'saved', id: reply.id } : { kind: 'failed', error: reply.error, message: reply.message };
  } catch (err) {
    return { kind: 'failed', error: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

/** Whether this page is in the library, and whether its text changed since (then the popup offers "Update"). */
export async function savedStatus(analysis: Analysis): Promise<SaveStatus> {
  try {
    const reply = (await browser.runtime.sendMessage({
      type: 'any-to-background:saved-status',
      url: analysis.url,
      canonicalUrl: analysis.canonicalUrl ?? analysis.url,
      textHash: textHash(analysis.textContent),
    })) as SavedStatusReply | undefined;
    if (!reply?.saved) return { kind: 'unsaved' };
    return reply.changed ? { kind: 'changed', id: reply.id } : { kind: 'saved', id: reply.id };
  } catch {
    return { kind: 'unsaved' }; // no library yet, or the background is asleep: offer Save
  }
}

/** Opens the library in a new tab, on one item when given. */
export async function openLibrary(id?: string): Promise<void> {
  const path = id ? `library.html?id=${encodeURIComponent(id)}` : 'library.html';
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}
