/** The reader page: toolbar, settings, the article as a book page, what was removed, the comments. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_READER_SETTINGS, stepReaderSetting } from '../../reader-settings';
import { translate } from '../../i18n';
import { ArticleView } from './article-view';
import { HighlightsPanel, HighlightToolbar, NoteEditor } from './highlights-ui';
import { CommentsSection, RemovedPanel } from './extras';
import type { ReaderDoc } from './reader-doc';
import { ReadAloudBar } from './read-aloud-bar';
import { SettingsPanel } from './settings-panel';
import { jumpTo, tocEntries, TocPanel, type TocEntry } from './toc';
import { useHighlights } from './use-highlights';
import { useReadAloud, type ReadAloudControls } from './use-read-aloud';
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

export type View =
  { kind: 'waiting' } | { kind: 'doc'; doc: ReaderDoc } | { kind: 'error'; message: string; error?: string };

export interface AppProps {
  /** Starts loading; calls `show` with each state. */
  load: (show: (view: View) => void) => void;
  close: () => void;
  closeLabel: string;
  /** Called once the article is on screen (the overlay turns its host to `open`). */
  painted?: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The text position under a click (Firefox and Chromium ≥ 128 have the standard call; older Chromium the WebKit one). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Clicks in the article: an in-article anchor (footnotes) scrolls there without touching the URL
 * hash (the frame stays at the URL it was given); while read-aloud is on, a click on a sentence
 * reads from that sentence.
 */
function onBodyClick(event: MouseEvent, readAloud: ReadAloudControls): void {
  const target = event.target as Element | null;
  const a = target?.closest?.('a[href^="#"]');
  if (a) {
    event.preventDefault();
    jumpTo(decodeURIComponent(a.getAttribute('href')!.slice(1)));
    return;
  }
  if (!readAloud.open || target?.closest?.('a, button, summary') || !target?.closest?.('[data-testid="reader-body"]'))
    return;
  const at = caretAt(event.clientX, event.clientY);
  if (at) readAloud.playAt(at.node, at.offset);
}

/** The reader UI for one document. */
export function App({ load, close, closeLabel, painted }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'waiting' });
  const [settings, setSettings, loaded] = useReaderSettings();
  const [panelOpen, setPanelOpen] = useState(false);
  const [body, setBody] = useState<HTMLElement | null>(null);
  const [toc, setToc] = useState<TocEntry[]>([]);
  const [tocOpen, setTocOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const aaRef = useRef<HTMLButtonElement>(null);
  const tocRef = useRef<HTMLButtonElement>(null);
  const readAloud = useReadAloud(body, view.kind === 'doc' ? view.doc.lang : null);
  const hl = useHighlights(view.kind === 'doc' ? view.doc : null, body);
  const [hlOpen, setHlOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const hlRef = useRef<HTMLButtonElement>(null);
  const onRendered = (el: HTMLElement) => {
    setToc(tocEntries(el));
    setBody(el);
  };

  useEffect(() => load(setView), []);

  // `reader.html?saved=<id>&hl=<highlight>` (the library's Highlights view) opens at that passage.
  const jumped = useRef(false);
  useEffect(() => {
    const want = new URLSearchParams(location.search).get('hl');
    if (!want || jumped.current || !hl.list.some((x) => x.h.id === want && x.placed)) return;
    jumped.current = true;
    requestAnimationFrame(() => hl.jump(want));
  }, [hl.list]);

  // A highlight that takes focus (Tab) gets the toolbar, as a click on it does.
  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    const onFocus = (e: FocusEvent) => setActive(hl.at(e.target as Node));
    main.addEventListener('focusin', onFocus);
    return () => main.removeEventListener('focusin', onFocus);
  }, [hl]);

  useEffect(() => {
    if (!loaded || view.kind === 'waiting') return;
    mainRef.current?.focus({ preventScroll: true });
    // A task queued from an animation frame runs after that frame is painted.
    requestAnimationFrame(() => setTimeout(() => painted?.(), 0));
  }, [loaded, view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // On a focused highlight: Enter opens its note, Delete (or Backspace) removes it.
      const onMark = hl.at(e.target as Node);
      if (
        onMark &&
        !e.ctrlKey &&
        !e.metaKey &&
        !e.altKey &&
        (e.key === 'Enter' || e.key === 'Delete' || e.key === 'Backspace')
      ) {
        e.preventDefault();
        if (e.key === 'Enter') hl.edit(onMark);
        else void hl.remove(onMark).then(() => (setActive(null), mainRef.current?.focus({ preventScroll: true })));
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        // One thing at a time: the open panel, then read-aloud, then the reader.
        if (hl.editing) hl.edit(null);
        else if (hlOpen) {
          setHlOpen(false);
          hlRef.current?.focus();
        } else if (active) setActive(null);
        else if (panelOpen) {
          setPanelOpen(false);
          aaRef.current?.focus();
        } else if (tocOpen) {
          setTocOpen(false);
          tocRef.current?.focus();
        } else if (readAloud.open) readAloud.stop();
        else close();
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
      else if (e.key.toLowerCase() === 'l' && body) readAloud.toggle();
      else if (e.key.toLowerCase() === 'h' && body) void hl.highlightSelection();
      else if (e.key === '[' && readAloud.open) readAloud.step(-1);
      else if (e.key === ']' && readAloud.open) readAloud.step(1);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [settings, panelOpen, tocOpen, close, readAloud, body, hl, hlOpen, active]);

  const ready = loaded && view.kind !== 'waiting';
  return (
    <div class="qr-page" data-state={ready ? view.kind : 'waiting'} data-testid="reader">
      <header class="qr-toolbar">
        <span class="qr-brand">{translate('extName')}</span>
        <div class="qr-actions">
          {ready && toc.length > 0 && (
            <button
              type="button"
              ref={tocRef}
              aria-expanded={tocOpen}
              aria-controls="qr-toc"
              data-testid="reader-toc-button"
              onClick={() => setTocOpen(!tocOpen)}
            >
              {translate('readerContents')}
            </button>
          )}
          {ready && body && (
            <button
              type="button"
              ref={hlRef}
              aria-expanded={hlOpen}
              aria-controls="qr-highlights"
              aria-keyshortcuts="H"
              data-testid="highlights-button"
              onClick={() => setHlOpen(!hlOpen)}
            >
              {translate('readerHlButton', [hl.list.length])}
            </button>
          )}
          {ready && body && (
            <button
              type="button"
              aria-pressed={readAloud.open}
              aria-keyshortcuts="L"
              data-testid="read-aloud-button"
              onClick={() => (readAloud.open ? readAloud.stop() : readAloud.start())}
            >
              {translate('readerAloudListen')}
            </button>
          )}
          <button
            type="button"
            ref={aaRef}
            class="qr-aa"
            aria-expanded={panelOpen}
            aria-controls="qr-settings"
            aria-label={translate('readerSettings')}
            data-testid="reader-settings-button"
            onClick={() => setPanelOpen(!panelOpen)}
          >
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
      {tocOpen && (
        <TocPanel
          entries={toc}
          onPick={(id) => {
            setTocOpen(false);
            jumpTo(id);
          }}
        />
      )}
      {hlOpen && (
        <HighlightsPanel
          c={hl}
          onPick={(id) => {
            setHlOpen(false);
            setActive(id);
            hl.jump(id);
          }}
        />
      )}
      {hl.editing && <NoteEditor key={hl.editing} c={hl} id={hl.editing} />}
      <HighlightToolbar c={hl} body={body} active={active} />
      <p class="qr-hl-notice" role="status" data-testid="highlight-notice">
        {hl.notice}
      </p>
      <main
        ref={mainRef}
        tabIndex={-1}
        class="qr-main"
        onClick={(e) => {
          setActive(hl.at(e.target as Node));
          onBodyClick(e, readAloud);
        }}
      >
        {!ready && (
          <p class="qr-status" role="status">
            {translate('readerPreparing')}
          </p>
        )}
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
            <ArticleView
              analysis={view.doc}
              onRendered={onRendered}
              onShowOriginal={
                view.doc.source === 'page' ? close : () => window.open(view.doc.url, '_blank', 'noopener')
              }
              originalLabel={translate(view.doc.source === 'page' ? 'readerShowOriginal' : 'readerOpenOriginal')}
            />
            <RemovedPanel removed={view.doc.removed} />
            <CommentsSection comments={view.doc.comments} />
          </>
        )}
      </main>
      {readAloud.open && <ReadAloudBar c={readAloud} />}
    </div>
  );
}
