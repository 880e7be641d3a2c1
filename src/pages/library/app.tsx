/** The library page: every saved review, newest first; search, filters, tags, delete with undo, export and import, fetch and clean. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyFilters, facets, NO_FILTERS, type LibraryFilters } from '../../library/filter';
import type { SavedItem } from '../../library/types';
import { FetchBar } from './components/fetch-bar';
import { FilterBar } from './components/filter-bar';
import { HighlightsView } from './components/highlights-view';
import { ItemRow } from './components/item-row';
import { StorageNote } from './components/storage-note';
import { SyncStatusLine } from './components/sync-status';
import { TransferBar } from './components/transfer-bar';
import { UndoBar } from './components/undo-bar';
import { libraryErrorText } from '../../error-text';
import { plural, translate } from '../../i18n';
import { exportLibrary, importFile, type Notice } from './transfer';
import { useFetchClean } from './use-fetch-clean';
import { useLibrary } from './use-library';

/** Rows rendered at first; a 10,000-item library renders more on request instead of all at once. */
const PAGE = 100;
const target = new URLSearchParams(location.search).get('id');
const startView = new URLSearchParams(location.search).get('view') === 'highlights' ? 'highlights' : 'items';

const isFiltered = (f: LibraryFilters) => Boolean(f.query.trim() || f.tag || f.site || f.review !== 'any' || f.notes);

/** The whole library page. */
export function App() {
  const { view, index, indexing, indexVersion, lib, reload } = useLibrary();
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState<SavedItem[]>([]);
  const [pageView, setPageView] = useState<'items' | 'highlights'>(startView);
  const items = view.status === 'ready' ? view.items : [];
  const results = useMemo(() => applyFilters(items, filters, index), [items, filters, indexVersion]);
  const menus = useMemo(() => facets(items), [items]);
  const links = useMemo(() => items.filter((i) => i.status === 'to-read'), [items]);
  const fetcher = useFetchClean(lib, links, setNotice);

  useEffect(() => setShown(PAGE), [filters]);
  useEffect(() => {
    if (view.status === 'ready' && target)
      document.getElementById(`item-${target}`)?.scrollIntoView({ block: 'center' });
  }, [view.status]);

  const run = async (p: Promise<Notice>) =>
    setNotice(await p.catch((err: unknown): Notice => ({ kind: 'error', text: String(err) })));
  const onTags = async (id: string, tags: string[]) => {
    const r = await lib!.setTags(id, tags);
    if (!r.ok) setNotice({ kind: 'error', text: libraryErrorText(r) });
    await reload();
    return r.ok;
  };
  const onDelete = async (item: SavedItem) => {
    const r = await lib!.remove(item.id);
    if (!r.ok) return setNotice({ kind: 'error', text: libraryErrorText(r) });
    setDeleted((d) => [r.value, ...d]);
    await reload();
  };
  const onRestorePrevious = async (item: SavedItem) => {
    const r = await lib!.restorePrevious(item.id);
    setNotice(
      r.ok
        ? { kind: 'info', text: translate('harden_restoredPrevious', [r.value.title]) }
        : { kind: 'error', text: libraryErrorText(r) },
    );
    await reload();
  };
  const onUndo = async () => {
    const [last, ...rest] = deleted;
    if (!last) return;
    const r = await lib!.restore(last);
    if (!r.ok) return setNotice({ kind: 'error', text: libraryErrorText(r) });
    setDeleted(rest);
    await reload();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`#item-${CSS.escape(last.id)} .item-title a`)?.focus(),
    );
  };

  return (
    <div class="page">
      <header class="page-head">
        <div>
          <h1>{translate('libraryHeading')}</h1>
          <p class="subtitle" data-testid="library-count">
            {view.status === 'ready'
              ? plural(items.length, 'libraryCountOne', 'libraryCount')
              : translate('libraryOpening')}
          </p>
        </div>
        <TransferBar
          disabled={!lib || items.length === 0}
          onExport={(kind) => void run(exportLibrary(lib!, kind))}
          onImport={(file) => void run(importFile(lib!, file).then(async (n) => (await reload(), n)))}
        />
      </header>
      <div class="notice-area" aria-live="polite">
        {notice && (
          <p
            class={`notice ${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : undefined}
            data-testid="library-message"
          >
            {notice.text}
            <button
              type="button"
              class="link-button"
              onClick={() => setNotice(null)}
              aria-label={translate('libraryDismissMessage')}
            >
              {translate('libraryDismiss')}
            </button>
          </p>
        )}
      </div>
      {(pageView === 'items' || fetcher.busy) && (
        <FetchBar
          links={links.length}
          state={fetcher.state}
          busy={fetcher.busy}
          onStart={() => fetcher.start(links)}
          onPause={fetcher.pause}
          onResume={fetcher.resume}
          onCancel={fetcher.cancel}
        />
      )}
      <div class="view-bar">
        <div class="button-group" role="group" aria-label={translate('libraryViewLabel')}>
          {(['items', 'highlights'] as const).map((v) => (
            <button
              key={v}
              type="button"
              class="button"
              aria-pressed={pageView === v}
              data-testid={`view-${v}`}
              onClick={() => setPageView(v)}
            >
              {translate(v === 'items' ? 'libraryViewItems' : 'libraryViewHighlights')}
            </button>
          ))}
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={!!filters.notes}
            onChange={(e) => setFilters({ ...filters, notes: e.currentTarget.checked })}
            data-testid="filter-notes"
          />
          {translate('libraryHasNotes')}
        </label>
      </div>
      {pageView === 'highlights' && view.status === 'ready' && (
        <HighlightsView items={items} notesOnly={!!filters.notes} />
      )}
      {pageView === 'items' && (
        <FilterBar indexing={indexing} filters={filters} tags={menus.tags} sites={menus.sites} onChange={setFilters} />
      )}
      {view.status === 'error' && (
        <p class="notice error" role="alert">
          {view.message}
        </p>
      )}
      {view.status === 'ready' && items.length === 0 && (
        <div class="empty" data-testid="library-empty">
          <h2>{translate('libraryEmptyTitle')}</h2>
          <p>{translate('libraryEmptyText')}</p>
        </div>
      )}
      {pageView === 'items' && items.length > 0 && (
        <p class="result-count" aria-live="polite" data-testid="result-count">
          {indexing && filters.query.trim() ? `${translate('libraryPreparingSearch')} ` : ''}
          {!isFiltered(filters)
            ? translate('libraryNewestFirst')
            : results.length
              ? plural(results.length, 'libraryMatchOne', 'libraryMatches')
              : translate('libraryNoMatch')}
        </p>
      )}
      {pageView === 'items' && (
        <ul class="items" aria-label={translate('librarySavedPages')}>
          {results.slice(0, shown).map((item) => (
            <ItemRow
              key={item.id}
              item={item}
              isTarget={item.id === target}
              onTags={onTags}
              onDelete={(i) => void onDelete(i)}
              onRestorePrevious={(i) => void onRestorePrevious(i)}
              onFetch={fetcher.busy ? null : (i) => fetcher.start([i])}
            />
          ))}
        </ul>
      )}
      {pageView === 'items' && results.length > shown && (
        <button type="button" class="button more" onClick={() => setShown((n) => n + PAGE)}>
          {translate('libraryShowMore', [Math.min(PAGE, results.length - shown), results.length - shown])}
        </button>
      )}
      <footer class="page-foot">
        <SyncStatusLine />
        <StorageNote version={items.length} />
      </footer>
      {deleted[0] && (
        <UndoBar
          title={deleted[0].title}
          count={deleted.length}
          onUndo={() => void onUndo()}
          onDismiss={() => setDeleted([])}
        />
      )}
    </div>
  );
}
