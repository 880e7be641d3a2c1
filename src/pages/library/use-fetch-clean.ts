/**
 * The library page's "Fetch and clean" run: asks for the host permission of the links' sites from
 * the user's click (only those not granted yet: Firefox lets the user grant host access one site at
 * a time in Manifest V3; Chromium grants the manifest's hosts at install, so its request resolves at
 * once; every pattern asked for lies within the manifest's `host_permissions`, all http and https
 * sites, as a request must), then fetches in the page itself (src/library/fetch-clean.ts). Each item
 * it fills or marks is written to the store, whose change broadcast re-reads the list as the run goes.
 */
import browser from 'webextension-polyfill';
import { useEffect, useRef, useState } from 'preact/hooks';
import { translate } from '../../i18n';
import { fetchAndClean, originsOf } from '../../library/fetch-clean';
import type { Queue, QueueState } from '../../library/fetch-queue';
import type { Library } from '../../library/store';
import type { SavedItem } from '../../library/types';
import type { Notice } from './transfer';

export interface FetchClean {
  /** The run's progress; null when none has run since the page opened. */
  state: QueueState | null;
  /** True while a run is going or paused. */
  busy: boolean;
  start(links: SavedItem[]): void;
  pause(): void;
  resume(): void;
  cancel(): void;
}

const contains = (origins: string[]) => browser.permissions.contains({ origins }).catch(() => false);

/** The sites of `links` the browser does not let Quietread read yet. */
async function notGranted(links: SavedItem[]): Promise<string[]> {
  const origins = originsOf(links);
  if (!origins.length || (await contains(['http://*/*', 'https://*/*']))) return [];
  const held = await Promise.all(origins.map((o) => contains([o])));
  return origins.filter((_o, i) => !held[i]);
}

/** The words for a finished, cancelled or refused run. */
function summary(s: QueueState): Notice {
  const saved = s.done - s.failed;
  if (s.phase === 'cancelled')
    return { kind: 'info', text: translate('libraryFetchCancelled', [saved, s.total - saved]) };
  if (!s.failed) return { kind: 'info', text: translate('libraryFetchDone', [saved]) };
  return { kind: 'info', text: translate('libraryFetchDoneFailed', [saved, s.failed]) };
}

/** Runs "Fetch and clean" for the page; `links` are the library's "to read" items now. */
export function useFetchClean(lib: Library | null, links: SavedItem[], onNotice: (n: Notice) => void): FetchClean {
  const [state, setState] = useState<QueueState | null>(null);
  const queue = useRef<Queue | null>(null);
  // Worked out ahead: permissions.request must be called in the click itself (the user gesture ends at the first await).
  const missing = useRef<Set<string> | null>(null);
  const key = originsOf(links).join(' ');
  useEffect(() => {
    let live = true;
    const check = () =>
      void notGranted(links).then((m) => {
        if (live) missing.current = new Set(m);
      });
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [key]);

  const run = (todo: SavedItem[]) => {
    const q = fetchAndClean(todo, {
      lib: lib!,
      canRead: (url) => contains(originsOf([{ url }])),
      onChange: setState,
    });
    queue.current = q;
    void q.finished.then((end) => {
      queue.current = null;
      setState(end);
      onNotice(summary(end));
    });
  };

  const start = (todo: SavedItem[]) => {
    if (!lib || queue.current || !todo.length) return;
    const origins = originsOf(todo);
    const ask = missing.current ? origins.filter((o) => missing.current!.has(o)) : origins;
    const granted = ask.length ? browser.permissions.request({ origins: ask }) : Promise.resolve(true);
    granted.then(
      (ok) => (ok ? run(todo) : onNotice({ kind: 'error', text: translate('libraryFetchRefused') })),
      (err: unknown) =>
        onNotice({
          kind: 'error',
          text: translate('libraryFetchPermissionError', [err instanceof Error ? err.message : String(err)]),
        }),
    );
  };

  return {
    state,
    busy: !!state && (state.phase === 'running' || state.phase === 'paused'),
    start,
    pause: () => queue.current?.pause(),
    resume: () => queue.current?.resume(),
    cancel: () => queue.current?.cancel(),
  };
}
