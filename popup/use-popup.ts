/**
 * The popup's one store: state from `reduce`, the load that fills it, and the actions the buttons call.
 * A Retry starts a new load; events of an older load are dropped.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { setSiteCleanup } from '../src/cleanup-settings';
import type { PageState } from '../src/messages';
import { copyText } from './copy-text';
import { openLibrary, saveAnalysis } from './library-client';
import { loadPage } from './load-page';
import { initialState, reduce, type PopupEvent, type PopupState } from './state';

export interface PopupActions {
  retry(): void;
  reader(): void;
  save(): void;
  copy(): void;
  setCleanup(enabled: boolean): void;
  library(): void;
  options(): void;
}

/** Whether the popup was opened in a tab for a given tab (`?tab=`), so it must not close itself. */
const openedForTab = () => new URLSearchParams(location.search).has('tab');

/** The popup's state and actions. */
export function usePopup(): [PopupState, PopupActions] {
  const [state, dispatch] = useReducer(reduce, undefined, initialState);
  const current = useRef(state);
  current.current = state;
  const loadId = useRef(0);

  const load = useCallback(() => {
    const id = ++loadId.current;
    const emit = (e: PopupEvent) => id === loadId.current && dispatch(e);
    dispatch({ type: 'load-started' });
    loadPage(emit).catch((err: unknown) => emit({ type: 'error', message: String(err) }));
  }, []);
  useEffect(load, [load]);

  const actions = useMemo<PopupActions>(() => {
    const s = () => current.current;
    const done = () => {
      if (!openedForTab()) window.close();
    };
    return {
      retry: load,
      reader() {
        const tabId = s().tabId;
        if (tabId === null) return;
        browser.runtime
          .sendMessage({ type: 'any-to-background:toggle-reader', tabId })
          .then(done, (err: unknown) => dispatch({ type: 'error', message: String(err) }));
      },
      save() {
        const { phase, save } = s();
        if (phase.kind !== 'ready') return;
        if (save.kind === 'saved') return void openLibrary(save.id).then(done);
        dispatch({ type: 'save', save: { kind: 'saving' } });
        saveAnalysis(phase.analysis).then((result) => dispatch({ type: 'save', save: result }));
      },
      copy() {
        const { phase } = s();
        if (phase.kind !== 'ready') return;
        // Turndown is loaded on first use: it is not needed to paint the popup.
        import('../src/core/markdown')
          .then(({ toMarkdown }) => copyText(toMarkdown(phase.analysis)))
          .then(
            (ok) => dispatch({ type: 'copy', copy: ok ? 'copied' : 'failed' }),
            () => dispatch({ type: 'copy', copy: 'failed' }),
          );
      },
      setCleanup(enabled) {
        const { tabId, page } = s();
        if (tabId === null || !page) return;
        dispatch({ type: 'cleanup', enabled });
        // The switch is a setting of the site, kept in storage.sync: every tab of the site (this one
        // included) and the options page follow it through storage.onChanged, and it survives a restart.
        setSiteCleanup(page.url, enabled)
          .then((result) => {
            if (!result.ok) throw new Error(result.message);
            // This tab answers at once with its new state; storage.onChanged brings it the same value.
            return browser.tabs.sendMessage(tabId, { type: 'popup-to-content:set-cleanup', enabled });
          })
          .then((fresh) => fresh && dispatch({ type: 'page-state', page: fresh as PageState }))
          .catch(() => dispatch({ type: 'cleanup', enabled: !enabled }));
      },
      library() {
        openLibrary().then(done);
      },
      options() {
        browser.runtime.openOptionsPage().then(done);
      },
    };
  }, [load]);

  return [state, actions];
}
