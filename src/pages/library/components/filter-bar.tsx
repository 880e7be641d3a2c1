/** Search box and filters (tag, site, review/rating) above the list. */
import { translate } from '../../../i18n';
import type { LibraryFilters, ReviewFilter } from '../../../library/filter';

export interface FilterBarProps {
  filters: LibraryFilters;
  /** The search index is still being built (large library just opened). */
  indexing: boolean;
  tags: string[];
  sites: string[];
  onChange(next: LibraryFilters): void;
}

// Each filter with the message key of its label.
const REVIEW_OPTIONS: [ReviewFilter, string][] = [
  ['any', 'libraryKindAny'],
  ['reviews', 'libraryKindReviews'],
  ['rated-3', 'libraryKindRated3'],
  ['rated-4', 'libraryKindRated4'],
];

/** The search and filter controls; every control has a visible label. */
export function FilterBar({ indexing, filters, tags, sites, onChange }: FilterBarProps) {
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  return (
    <div class="filter-bar" role="search">
      <div class="field grow">
        <label for="library-search">{translate('librarySearch')}</label>
        <input
          id="library-search"
          type="search"
          placeholder={translate('librarySearchPlaceholder')}
          autocomplete="off"
          value={filters.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
          data-testid="library-search"
          data-ready={indexing ? 'false' : 'true'}
        />
      </div>
      <div class="field">
        <label for="filter-tag">{translate('libraryTag')}</label>
        <select
          id="filter-tag"
          value={filters.tag}
          onChange={(e) => set({ tag: e.currentTarget.value })}
          data-testid="filter-tag"
        >
          <option value="">{translate('libraryAllTags')}</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-site">{translate('librarySite')}</label>
        <select
          id="filter-site"
          value={filters.site}
          onChange={(e) => set({ site: e.currentTarget.value })}
          data-testid="filter-site"
        >
          <option value="">{translate('libraryAllSites')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-review">{translate('libraryKind')}</label>
        <select
          id="filter-review"
          value={filters.review}
          onChange={(e) => set({ review: e.currentTarget.value as ReviewFilter })}
          data-testid="filter-review"
        >
          {REVIEW_OPTIONS.map(([v, label]) => (
            <option key={v} value={v}>
              {translate(label)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
