/** One saved item in the list: title (opens the reader offline), facts, excerpt, tags, actions. */
import { useRef, useState } from 'preact/hooks';
import { plural, translate } from '../../../i18n';
import { siteOf } from '../../../library/filter';
import type { SavedItem } from '../../../library/types';
import { fetchReasonText } from '../fetch-reason';
import { savedDate, shortDate } from '../format';
import { TagEditor } from './tag-editor';

export interface ItemRowProps {
  item: SavedItem;
  /** The item the page was opened on (`library.html?id=`), shown highlighted. */
  isTarget: boolean;
  onTags(id: string, tags: string[]): Promise<boolean>;
  onDelete(item: SavedItem): void;
  /** Brings back the text an update replaced (shown only when the item keeps one). */
  onRestorePrevious(item: SavedItem): void;
  /** Fetches this "to read" link's page (shown on links only); null while a fetch-and-clean run goes on. */
  onFetch: ((item: SavedItem) => void) | null;
}

function ratingText(item: SavedItem): string | null {
  if (!item.rating) return null;
  return item.rating.text || `${item.rating.value}/${item.rating.best}`;
}

/** A row of the library list (`data-testid="saved-item"` is relied on by outside tests). */
export function ItemRow({ item, isTarget, onTags, onDelete, onRestorePrevious, onFetch }: ItemRowProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  // A link imported from another app has no text yet: it opens the original page, and shows no reading time.
  const toRead = item.status === 'to-read';
  const facts = [
    siteOf(item),
    item.byline,
    shortDate(item.publishedTime),
    toRead ? '' : translate('libraryReadingTime', [item.readingMinutes]),
  ].filter(Boolean);
  const rating = ratingText(item);
  const notes = item.highlights?.filter((h) => h.note.trim()).length ?? 0;
  const titleId = `title-${item.id}`;
  return (
    <li
      class={`item${isTarget ? ' is-target' : ''}`}
      data-testid="saved-item"
      data-id={item.id}
      aria-labelledby={titleId}
      id={`item-${item.id}`}
    >
      <h2 class="item-title" id={titleId}>
        {toRead ? (
          <a href={item.url} target="_blank" rel="noopener noreferrer" data-testid="open-saved">
            {item.title}
          </a>
        ) : (
          <a href={`/reader.html?saved=${encodeURIComponent(item.id)}`} data-testid="open-saved">
            {item.title}
          </a>
        )}
      </h2>
      <p class="item-facts">
        {toRead && (
          <span class="badge to-read" data-testid="to-read">
            {translate('libraryToRead')}
          </span>
        )}
        {item.conflictOf && (
          <span class="badge conflict" data-testid="conflict-copy" title={item.conflictOf}>
            {translate('libraryConflictCopy')}
          </span>
        )}
        {item.isReview && (
          <span class="badge review">
            {translate('libraryReview')}
            {rating ? ` · ${rating}` : ''}
          </span>
        )}
        <span>{facts.join(' · ')}</span>
        {!!item.highlights?.length && (
          <span class="hl-count" data-testid="item-highlights">
            {[
              plural(item.highlights.length, 'libraryHlCountOne', 'libraryHlCount'),
              notes ? plural(notes, 'libraryHlNotesOne', 'libraryHlNotes') : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        )}
      </p>
      {item.excerpt && <p class="item-excerpt">{item.excerpt}</p>}
      {toRead && item.fetchError && (
        <p
          class="fetch-error"
          data-testid="fetch-error"
          data-reason={item.fetchError.reason}
          title={new Date(item.fetchError.at).toLocaleString()}
        >
          {fetchReasonText(item.fetchError)}
        </p>
      )}
      {editing ? (
        <TagEditor
          id={item.id}
          tags={item.tags}
          onCancel={closeEditor}
          onSave={(tags) => void onTags(item.id, tags).then((ok) => ok && closeEditor())}
        />
      ) : (
        item.tags.length > 0 && (
          <ul class="tags" aria-label={translate('libraryTags')} data-testid="item-tags">
            {item.tags.map((t) => (
              <li key={t} class="tag">
                {t}
              </li>
            ))}
          </ul>
        )
      )}
      <div class="item-actions">
        <span class="item-saved">{translate('librarySavedOn', [savedDate(item.savedAt)])}</span>
        {!editing && (
          <button
            type="button"
            class="link-button"
            ref={editButton}
            onClick={() => setEditing(true)}
            data-testid="edit-tags"
            aria-describedby={titleId}
          >
            {translate(item.tags.length ? 'libraryEditTags' : 'libraryAddTags')}
          </button>
        )}
        {toRead && (
          <button
            type="button"
            class="link-button"
            disabled={!onFetch}
            onClick={() => onFetch?.(item)}
            data-testid="fetch-item"
            aria-describedby={titleId}
          >
            {translate(item.fetchError ? 'libraryFetchRetry' : 'libraryFetchOne')}
          </button>
        )}
        {item.previous && (
          <button
            type="button"
            class="link-button"
            onClick={() => onRestorePrevious(item)}
            data-testid="restore-previous"
            aria-describedby={titleId}
          >
            {translate('harden_restorePrevious')}
          </button>
        )}
        <a class="link-button" href={item.url} target="_blank" rel="noopener noreferrer" aria-describedby={titleId}>
          {translate('libraryOriginal')}
        </a>
        <button
          type="button"
          class="link-button danger"
          onClick={() => onDelete(item)}
          data-testid="delete-item"
          aria-describedby={titleId}
        >
          {translate('libraryDelete')}
        </button>
      </div>
    </li>
  );
}
