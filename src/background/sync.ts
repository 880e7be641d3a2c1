/**
 * Sync in the background: on demand (`any-to-background:sync-now` from the options or library
 * page), a few seconds after a save or a delete (debounced; our own writes during a run are not
 * changes to sync again), and on an `alarms` timer, which also catches a debounce the service
 * worker did not live to see. One run at a time; the outcome goes to storage.local for the pages.
 */
import browser from 'webextension-polyfill';
import { isOurMessage, type Message } from '../messages';
import { onLibraryChange } from '../library/changes';
import { openLibrary } from '../library/store';
import { openBaseStore } from '../sync/base-store';
import { syncNow } from '../sync/engine';
import { libraryLocal } from '../sync/library-local';
import { SYNC_CLIENT_KEY, SYNC_CONFIG_KEY, SYNC_STATUS_KEY, type SyncConfig, type SyncStatus } from '../sync/types';

export const SYNC_ALARM = 'quietread-sync';
const PERIOD_MINUTES = 15;
const DEBOUNCE_MS = 4_000;

let running: Promise<SyncStatus> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

async function settings(): Promise<{ config: SyncConfig | null; clientId: string }> {
  const got = await browser.storage.local.get([SYNC_CONFIG_KEY, SYNC_CLIENT_KEY]);
  let clientId = got[SYNC_CLIENT_KEY] as string | undefined;
  if (!clientId) {
    clientId = crypto.randomUUID();
    await browser.storage.local.set({ [SYNC_CLIENT_KEY]: clientId });
  }
  const config = got[SYNC_CONFIG_KEY] as SyncConfig | undefined;
  return { config: config?.serverUrl ? config : null, clientId };
}

async function setStatus(status: SyncStatus): Promise<SyncStatus> {
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
  return status;
}

/** One sync; a second call while one runs waits for it. Null when sync is not set up. */
export function runSync(): Promise<SyncStatus | null> {
  return (running ??= (async () => {
    const { config, clientId } = await settings();
    if (!config)
      return setStatus({
        state: 'error',
        at: new Date().toISOString(),
        error: 'failed',
        message: 'Sync is not set up.',
      });
    await setStatus({ state: 'syncing', at: new Date().toISOString() });
    const lib = await openLibrary();
    const base = await openBaseStore();
    try {
      const r = await syncNow(config, libraryLocal(lib), base, { clientId });
      return setStatus(
        r.ok
          ? { state: 'ok', at: new Date().toISOString(), report: r.value }
          : { state: 'error', at: new Date().toISOString(), error: r.error, message: r.message },
      );
    } finally {
      lib.close();
      base.close();
    }
  })().finally(() => {
    // Writes of the run itself announced changes: they are synced already.
    if (timer) clearTimeout(timer);
    timer = null;
    running = null;
  }));
}

function later(): void {
  if (running) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void settings().then(({ config }) => config && runSync());
  }, DEBOUNCE_MS);
}

onLibraryChange(later);

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM) void settings().then(({ config }) => config && runSync());
});

/** Keeps the timer in step with the settings: on while sync is set up. */
async function scheduleAlarm(): Promise<void> {
  const { config } = await settings();
  if (config) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  else await browser.alarms.clear(SYNC_ALARM);
}
void scheduleAlarm().catch((err: unknown) => console.warn('Quietread: sync alarm', err));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SYNC_CONFIG_KEY in changes) void scheduleAlarm().catch(() => {});
});

type SyncMessage = Extract<Message, { type: 'page-to-background:sync-now' }>;

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOurMessage<SyncMessage>(msg, 'page-to-background:sync-now')) return undefined;
  // Only our own pages (options, library): never a web page's script.
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
  return runSync();
});
