import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { targetTab } from './target-tab';
import type { PageState } from '../src/messages';

type View = { status: 'loading' } | { status: 'ready'; title: string; tokens: string[] } | { status: 'error'; message: string };

/** The popup: what this page is, at a glance. */
export function App() {
  const [view, setView] = useState<View>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const tab = await targetTab();
      if (!tab?.id) return setView({ status: 'error', message: 'No tab to read.' });
      const page = (await browser.tabs.sendMessage(tab.id, { type: 'popup-to-content:get-state' }).catch(() => undefined)) as PageState | undefined;
      setView({ status: 'ready', title: page?.title || tab.title || '', tokens: page?.tokens ?? [] });
    })().catch((err: unknown) => setView({ status: 'error', message: String(err) }));
  }, []);
  return (
    <main>
      {view.status === 'loading' && <p data-testid="state-message">Loading…</p>}
      {view.status === 'error' && <p data-testid="state-message">{view.message}</p>}
      {view.status === 'ready' && <h1 data-testid="summary-title">{view.title}</h1>}
    </main>
  );
}
