/**
 * Loads what the popup shows for its tab: the tab, whether we may touch it, the content script's
 * state (folded blocks, cleanup switch) and the on-demand analysis. Emits state events as it goes,
 * so the title paints as soon as the tab is known and the rest follows.
 */
import browser from 'webextension-polyfill';
import { sendToOnDemand, type AnalyzeReply, type PageState } from '../src/messages';
import { isAccessDenied, restrictedReason } from './restricted';
import type { PopupEvent } from './state';
import { targetTab } from './target-tab';
import { savedStatus } from './library-client';
import { isArticle } from './format';
import { t } from './i18n';

/** How long to wait for a loading tab before analysing what is there. */
const PAGE_LOAD_WAIT_MS = 15_000;

/** Runs one load of the popup's data, reporting through `emit`. */
export async function loadPage(emit: (e: PopupEvent) => void): Promise<void> {
  let tab: browser.Tabs.Tab | undefined;
  try {
    tab = await targetTab();
  } catch (err) {
    return emit({ type: 'error', message: messageOf(err) });
  }
  if (tab?.id === undefined) return emit({ type: 'error', message: t('popupNoTab') });
  const tabId = tab.id;
  emit({ type: 'tab', tabId, title: tab.title ?? '' });

  const fileAccess = tab.url?.startsWith('file:') ? await browser.extension.isAllowedFileSchemeAccess() : true;
  const reason = restrictedReason(tab.url, fileAccess);
  if (reason) return emit({ type: 'restricted', reason });

  if (tab.status === 'loading') {
    emit({ type: 'waiting-for-page', waiting: true });
    await waitForComplete(tabId);
    const fresh = await browser.tabs.get(tabId).catch(() => tab);
    emit({ type: 'tab', tabId, title: fresh?.title ?? tab.title ?? '' });
    emit({ type: 'waiting-for-page', waiting: false });
  }

  // The content script may be absent (a page loaded before install): the popup still works without it.
  const pageState = browser.tabs
    .sendMessage(tabId, { type: 'popup-to-content:get-state' })
    .then((s) => emit({ type: 'page-state', page: (s as PageState | undefined) ?? null }))
    .catch(() => emit({ type: 'page-state', page: null }));

  // Firefox resolves an injection into its privileged pages (about:…) with no result instead of failing.
  if (!(await canScript(tabId))) {
    await pageState;
    return emit({ type: 'restricted', reason: 'browser-page' });
  }
  let reply: AnalyzeReply;
  try {
    reply = await sendToOnDemand<AnalyzeReply>(tabId, { type: 'any-to-ondemand:analyze' });
  } catch (err) {
    await pageState;
    return emit(
      isAccessDenied(err) ? { type: 'restricted', reason: 'browser-page' } : { type: 'error', message: messageOf(err) },
    );
  }
  if (!reply) return emit({ type: 'error', message: t('popupNoAnswer') });
  if (!reply.ok) {
    if (reply.error === 'failed') return emit({ type: 'error', message: reply.message });
    return emit(reply.error === 'too-large' ? { type: 'too-large', message: reply.message } : { type: 'not-article' });
  }
  if (!isArticle(reply.analysis)) return emit({ type: 'not-article' });
  emit({ type: 'analysis', analysis: reply.analysis });
  emit({ type: 'save', save: await savedStatus(reply.analysis) });
  await pageState;
}

/** Whether scripts can run in the tab's page: a no-op injection that must come back with its result. */
async function canScript(tabId: number): Promise<boolean> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: () => true });
    return first?.result === true;
  } catch (err) {
    if (isAccessDenied(err)) return false;
    throw err;
  }
}

function waitForComplete(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    const onUpdated = (id: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, PAGE_LOAD_WAIT_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    // It may have finished between our tabs.get and the listener.
    browser.tabs.get(tabId).then((t) => t.status === 'complete' && done(), done);
  });
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
