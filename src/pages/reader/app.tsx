/** The reader page: toolbar, settings, the article as a book page, what was removed, the comments. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_READER_SETTINGS, stepReaderSetting } from '../../reader-settings';
import { translate } from '../../i18n';
import { ArticleView } from './article-view';
import { CommentsSection, RemovedPanel } from './extras';
import type { ReaderDoc } from './reader-doc';
import { SettingsPanel } from './settings-panel';
import { useReaderSettings } from './use-reader-settings';

/** The message key of what the reader says for each way the analysis can fail (`AnalyzeError` and the adapters' `failed`). */
const ERROR_HEADLINES: Record<string, string> = {
  'too-large': 'readerErrorTooLarge',
  empty: 'readerErrorEmpty',
  'not-readerable': 'readerErrorNotReaderable',
  'not-html': 'readerErrorNotHtml',
};

function errorHeadline(error: string | undefined): string {
  return translate((error && ERROR_HEADLINES[error]) || 'readerErrorGeneric');
}

/** The detail as a sentence: capital first, a full stop unless it has one. */
function sentence(s: string): string {
  const text = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

export type View = { kind: 'waiting' } | { kind: 'doc'; doc: ReaderDoc } | { kind: 'error'; message: string; error?: string };

export interface AppProps {
  /** Starts loading; calls `show` with each state. */
  load: (show: (view: View) => void) => void;
  close: () => void;
  closeLabel: string;
  /** Called once the article is on screen (the overlay turns its host to `open`). */
  painted?: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Scrolls to an in-article anchor (footnotes) without touching the URL hash (the frame stays at the URL it was given). */
function onBodyClick(event: MouseEvent): void {
  const a = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!a) return;
  event.preventDefault();
  const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
  document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

/** The reader UI for one document. */
export function App({ load, close, closeLabel, painted }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'waiting' });
  const [settings, setSettings, loaded] = useReaderSettings();
  const [panelOpen, setPanelOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const aaRef = useRef<HTMLButtonElement>(null);

  useEffect(() => load(setView), []);

  useEffect(() => {
    if (!loaded || view.kind === 'waiting') return;
    mainRef.current?.focus({ preventScroll: true });
    // A task queued from an animation frame runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(() => painted?.(), 0));
  }, [loaded, view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        if (panelOpen) {
          setPanelOpen(false);
          aaRef.current?.focus();
        } else close();
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
        e.preventDefault(); // print the review alone, not the page under the overlay
        window.print();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === '+' || e.key === '=') setSettings(stepReaderSetting(settings, 'fontSize', 1));
      else if (e.key === '-' || e.key === '_') setSettings(stepReaderSetting(settings, 'fontSize', -1));
      else if (e.key === '0') setSettings({ ...settings, fontSize: DEFAULT_READER_SETTINGS.fontSize });
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [settings, panelOpen, close]);

  const ready = loaded && view.kind !== 'waiting';
  return (
    <div class="qr-page" data-state={ready ? view.kind : 'waiting'} data-testid="reader">
      <header class="qr-toolbar">
        <span class="qr-brand">{translate('extName')}</span>
        <div class="qr-actions">
          <button type="button" ref={aaRef} class="qr-aa" aria-expanded={panelOpen} aria-controls="qr-settings" aria-label={translate('readerSettings')} data-testid="reader-settings-button" onClick={() => setPanelOpen(!panelOpen)}>
            Aa
          </button>
          <button type="button" onClick={() => window.print()}>
            {translate('readerPrint')}
          </button>
          <button type="button" class="qr-close" onClick={close} data-testid="reader-close" aria-keyshortcuts="Escape">
            {closeLabel}
          </button>
        </div>
      </header>
      {panelOpen && <SettingsPanel settings={settings} onChange={setSettings} />}
      <main ref={mainRef} tabIndex={-1} class="qr-main" onClick={onBodyClick}>
        {!ready && <p class="qr-status" role="status">{translate('readerPreparing')}</p>}
        {ready && view.kind === 'error' && (
          <div class="qr-status" role="alert" data-testid="reader-error">
            <p>{errorHeadline(view.error)}</p>
            <p class="qr-status-detail">{sentence(view.message)}</p>
            <button type="button" onClick={close}>
              {closeLabel}
            </button>
          </div>
        )}
        {ready && view.kind === 'doc' && (
          <>
            <ArticleView analysis={view.doc} onShowOriginal={view.doc.source === 'page' ? close : () => window.open(view.doc.url, '_blank', 'noopener')} originalLabel={translate(view.doc.source === 'page' ? 'readerShowOriginal' : 'readerOpenOriginal')} />
            <RemovedPanel removed={view.doc.removed} />
            <CommentsSection comments={view.doc.comments} />
          </>
        )}
      </main>
    </div>
  );
}
