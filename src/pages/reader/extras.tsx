/** What reading mode left out: the "Removed from this page" panel and the folded comments. */
import { blockName } from '../../core/boilerplate-label';
import { pageDay } from '../../core/page-date';
import { translate } from '../../i18n';
import { formatDate } from './article-view';
import type { ReaderDoc } from './reader-doc';

/** "1,240 characters" / "1 character". */
function sizeOf(chars: number): string {
  return chars === 1 ? translate('readerCharacterOne') : translate('readerCharacters', [chars.toLocaleString()]);
}

/** The list of blocks taken out of the page, with their kind and size. */
export function RemovedPanel({ removed }: { removed: ReaderDoc['removed'] }) {
  if (removed.length === 0) return null;
  return (
    <aside class="qr-removed" aria-labelledby="qr-removed-title" data-testid="reader-removed">
      <h2 id="qr-removed-title">{translate('readerRemovedHeading')}</h2>
      <ul>
        {removed.map((r, i) => (
          <li key={i}>
            <span class="qr-kind">{blockName(r.kind, translate)}</span>
            {r.label && r.label !== blockName(r.kind, translate) && <span class="qr-label">{r.label}</span>}
            <span class="qr-size">{sizeOf(r.textLength)}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** A comment's date as readers write it (formatDate), with its machine-readable form; as given when it is no date. */
function CommentDate({ value }: { value: string }) {
  const day = pageDay(value);
  if (!day) return <span class="qr-date">{value}</span>;
  return (
    <time class="qr-date" dateTime={value.includes('T') ? value : day}>
      {formatDate(value)}
    </time>
  );
}

/** The page's comments, folded by default: author, date and text only. */
export function CommentsSection({ comments }: { comments: ReaderDoc['comments'] }) {
  if (comments.items.length === 0) return null;
  const count = Math.max(comments.count, comments.items.length);
  return (
    <details class="qr-comments" data-testid="reader-comments">
      <summary>
        {blockName('comments', translate)} <span class="qr-count">({count})</span>
      </summary>
      <ol>
        {comments.items.map((c, i) => (
          <li key={i} class="qr-comment">
            <p class="qr-comment-head">
              <span class="qr-author">{c.author || translate('readerAnonymous')}</span>
              {c.date && <CommentDate value={c.date} />}
            </p>
            {c.text
              .split(/\n{2,}/)
              .filter((p) => p.trim())
              .map((p, j) => (
                <p key={j}>{p}</p>
              ))}
          </li>
        ))}
      </ol>
    </details>
  );
}
