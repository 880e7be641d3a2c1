/** Search box and filters (tag, site, review/rating) above the list. */
import type { LibraryFilters, ReviewFilter } from '../../../library/filter';

export interface FilterBarProps {
  filters: LibraryFilters;
  /** The search index is still being built (large library just opened). */
  indexing: boolean;
  tags: string[];
  sites: string[];
  onChange(next: LibraryFilters): void;
}

const REVIEW_OPTIONS: [ReviewFilter, string][] = [
  ['any', 'Everything'],
  ['reviews', 'Reviews only'],
  ['rated-3', 'Rated 3/5 or better'],
  ['rated-4', 'Rated 4/5 or better'],
];

/** The search and filter controls; every control has a visible label. */
export function FilterBar({ indexing, filters, tags, sites, onChange }: FilterBarProps) {
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  return (
    <div class="filter-bar" role="search">
      <div class="field grow">
        <label for="library-search">Search</label>
        <input
          id="library-search"
          type="search"
          placeholder="Any word from the title, site or text"
          autocomplete="off"
          value={filters.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
          data-testid="library-search"
          data-ready={indexing ? 'false' : 'true'}
        />
      </div>
      <div class="field">
        <label for="filter-tag">Tag</label>
        <select id="filter-tag" value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })} data-testid="filter-tag">
          <option value="">All tags</option>
          {tags.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-site">Site</label>
        <select id="filter-site" value={filters.site} onChange={(e) => set({ site: e.currentTarget.value })} data-testid="filter-site">
          <option value="">All sites</option>
          {sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-review">Kind</label>
        <select id="filter-review" value={filters.review} onChange={(e) => set({ review: e.currentTarget.value as ReviewFilter })} data-testid="filter-review">
          {REVIEW_OPTIONS.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
      </div>
    </div>
  );
}
