/** The Highlights view: every highlight of the library with its note and page, searchable, filtered to those with notes on request. */
import { useMemo, useState } from 'preact/hooks';
import { plural, translate } from '../../../i18n';
import { createHighlightIndex, highlightEntries } from '../../../library/highlight-search';
import type { SavedItem } from '../../../library/types';

/** Rows rendered at first: a library with thousands of highlights renders more on request. */
const PAGE = 200;

export function HighlightsView({ items, notesOnly }: { items: SavedItem[]; notesOnly: boolean }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const entries = useMemo(() => highlightEntries(items), [items]);
  const index = useMemo(() => createHighlightIndex(entries), [entries]);
  const found = useMemo(() => index.search(query, notesOnly), [index, query, notesOnly]);
  return (
    <section aria-labelledby="hl-view-title" data-testid="highlights-view">
      <h2 id="hl-view-title" class="visually-hidden">
        {translate('libraryHlList')}
      </h2>
      <div class="filter-bar" role="search">
        <div class="field grow">
          <label for="highlight-search">{translate('libraryHlSearch')}</label>
          <input
            id="highlight-search"
            type="search"
            autocomplete="off"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            data-testid="highlight-search"
          />
        </div>
      </div>
      <p class="result-count" aria-live="polite" data-testid="highlight-count">
        {entries.length === 0
          ? translate('libraryHlEmpty')
          : found.length
            ? plural(found.length, 'libraryHlCountOne', 'libraryHlCount')
            : translate('libraryHlNoMatch')}
      </p>
      <ul class="items highlight-list">
        {found.slice(0, shown).map(({ key, item, h }) => (
          <li
            key={key}
            class={`item hl-entry hl-edge-${h.color}`}
            data-testid="library-highlight"
            data-orphaned={h.orphaned ? 'true' : undefined}
          >
            <blockquote class="hl-quote">{h.quote.exact.replace(/\s+/g, ' ').trim()}</blockquote>
            {h.note.trim() && (
              <p class="hl-note" data-testid="library-highlight-note">
                {h.note}
              </p>
            )}
            <p class="item-facts">
              {h.orphaned && <span class="badge">{translate('libraryHlOrphaned')}</span>}
              <a href={`/reader.html?saved=${encodeURIComponent(item.id)}&hl=${encodeURIComponent(h.id)}`}>
                {item.title}
              </a>
            </p>
          </li>
        ))}
      </ul>
      {found.length > shown && (
        <button type="button" class="button more" onClick={() => setShown((n) => n + PAGE)}>
          {translate('libraryShowMore', [Math.min(PAGE, found.length - shown), found.length - shown])}
        </button>
      )}
    </section>
  );
}
