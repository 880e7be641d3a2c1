/** The table of contents of a long article: its section headings, shown when it has at least three. */
import { translate } from '../../i18n';

export interface TocEntry {
  id: string;
  level: number;
  text: string;
}

/** Below this many headings an article gets no table of contents. */
export const TOC_MIN_HEADINGS = 3;

/**
 * The section headings of the rendered article (h2–h4; the h1 is the title above it), each given an
 * id of our own when it has none, so the table can point at it.
 */
export function tocEntries(body: Element): TocEntry[] {
  const headings = Array.from(body.querySelectorAll<HTMLElement>('h2, h3, h4')).filter((h) => h.textContent?.trim());
  if (headings.length < TOC_MIN_HEADINGS) return [];
  return headings.map((h, i) => {
    if (!h.id) h.id = `qr-heading-${i + 1}`;
    h.tabIndex = -1; // focusable from the table, for screen readers and the keyboard
    return { id: h.id, level: Number(h.localName.slice(1)), text: h.textContent!.replace(/\s+/g, ' ').trim() };
  });
}

/** Scrolls to a heading or a footnote and moves focus there (the URL stays as it is: the frame has no history of its own). */
export function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  // A note (a list item) takes focus too, so the keyboard and screen readers go on from there.
  if (!target.matches('a[href], button, [tabindex]')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The panel under the toolbar's "Contents" button. */
export function TocPanel({ entries, onPick }: { entries: TocEntry[]; onPick: (id: string) => void }) {
  return (
    <nav id="qr-toc" class="qr-toc" aria-label={translate('readerContents')} data-testid="reader-toc">
      <ol>
        {entries.map((e) => (
          <li key={e.id} class={`qr-toc-${e.level}`}>
            <a
              href={`#${e.id}`}
              onClick={(ev) => {
                ev.preventDefault();
                onPick(e.id);
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
