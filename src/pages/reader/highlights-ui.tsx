/** The reader's highlight controls: the toolbar over a selection or a highlight, the note editor, the side list. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { translate } from '../../i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../library/types';
import type { HighlightControls } from './use-highlights';

const COLOR_KEYS: Record<HighlightColor, string> = {
  yellow: 'readerHlColorYellow',
  green: 'readerHlColorGreen',
  blue: 'readerHlColorBlue',
  pink: 'readerHlColorPink',
};

/** Where the toolbar goes: above the rectangle, or under it near the top of the view. */
function place(rect: DOMRect): { top: number; left: number } {
  const top = rect.top > 64 ? rect.top - 48 : rect.bottom + 8;
  return { top, left: Math.max(8, Math.min(rect.left, window.innerWidth - 330)) };
}

/**
 * The floating toolbar. Over a selection in the article: a colour (or `H` for the last one) to
 * highlight it, or "Note" to highlight it and write a note. Over a highlight (clicked or focused):
 * its colour, its note and "Remove".
 */
export function HighlightToolbar({
  c,
  body,
  active,
}: {
  c: HighlightControls;
  body: HTMLElement | null;
  active: string | null;
}) {
  const [rect, setRect] = useState<DOMRect | null>(null);
  useEffect(() => {
    const update = () => {
      const sel = document.getSelection();
      const range = sel && sel.rangeCount && !sel.isCollapsed ? sel.getRangeAt(0) : null;
      if (range && body?.contains(range.commonAncestorContainer) && range.toString().trim())
        return setRect(range.getBoundingClientRect());
      const mark = active ? document.getElementById(`qr-hl-${active}`) : null;
      setRect(mark ? mark.getBoundingClientRect() : null);
    };
    update();
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update);
    };
  }, [body, active, c.list]);
  if (!rect) return null;
  const selecting = !!document.getSelection()?.toString().trim();
  const current = !selecting && active ? c.list.find((x) => x.h.id === active)?.h : undefined;
  const { top, left } = place(rect);
  return (
    // Buttons take no focus from the selection on a press: the selection is what they act on.
    <div
      class="qr-hl-toolbar"
      role="toolbar"
      aria-label={translate('readerHlToolbar')}
      data-testid="highlight-toolbar"
      style={{ top: `${top}px`, left: `${left}px` }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`qr-hl-swatch qr-hl-${color}`}
          aria-label={translate(COLOR_KEYS[color])}
          aria-pressed={current ? current.color === color : undefined}
          data-testid={`highlight-${color}`}
          onClick={() => void (current ? c.setColor(current.id, color) : c.highlightSelection(color))}
        />
      ))}
      <button
        type="button"
        data-testid="highlight-note"
        onClick={() => (current ? c.edit(current.id) : void c.highlightSelection(c.color, true))}
      >
        {translate(current?.note.trim() ? 'readerHlEditNote' : 'readerHlAddNote')}
      </button>
      {current && (
        <button
          type="button"
          data-testid="highlight-remove"
          aria-keyshortcuts="Delete"
          onClick={() => void c.remove(current.id)}
        >
          {translate('readerHlRemove')}
        </button>
      )}
    </div>
  );
}

/** The note of one highlight, in a small form; Escape or Cancel leaves it as it was. */
export function NoteEditor({ c, id }: { c: HighlightControls; id: string }) {
  const h = c.list.find((x) => x.h.id === id)?.h;
  const [text, setText] = useState(h?.note ?? '');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), [id]);
  if (!h) return null;
  const close = () => {
    c.edit(null);
    document.getElementById(`qr-hl-${id}`)?.focus();
  };
  return (
    <form
      class="qr-note-editor"
      role="dialog"
      aria-labelledby="qr-note-title"
      data-testid="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void c.setNote(id, text).then(() => document.getElementById(`qr-hl-${id}`)?.focus());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <label id="qr-note-title" for="qr-note-text">
        {translate('readerHlNoteFor', [h.quote.exact.replace(/\s+/g, ' ').trim().slice(0, 80)])}
      </label>
      <textarea
        id="qr-note-text"
        ref={ref}
        rows={4}
        maxLength={10_000}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        data-testid="note-text"
      />
      <div class="qr-note-actions">
        <button type="submit" data-testid="note-save">
          {translate('readerHlSaveNote')}
        </button>
        <button type="button" onClick={close}>
          {translate('readerHlCancel')}
        </button>
      </div>
    </form>
  );
}

/** The side list of the article's highlights, each a way to its passage; those not found are listed apart. */
export function HighlightsPanel({ c, onPick }: { c: HighlightControls; onPick: (id: string) => void }) {
  const placed = c.list.filter((x) => x.placed);
  const orphans = c.list.filter((x) => !x.placed);
  return (
    <aside
      id="qr-highlights"
      class="qr-toc qr-hl-panel"
      aria-labelledby="qr-hl-panel-title"
      data-testid="highlights-panel"
    >
      <h2 id="qr-hl-panel-title">{translate('readerHlPanelTitle')}</h2>
      {c.list.length === 0 && <p class="qr-hint">{translate('readerHlPanelEmpty')}</p>}
      <ol>
        {placed.map(({ h }) => (
          <li key={h.id} data-testid="highlights-entry">
            <button type="button" class={`qr-hl-entry qr-hl-edge-${h.color}`} onClick={() => onPick(h.id)}>
              <span class="qr-hl-quote">{h.quote.exact.replace(/\s+/g, ' ').trim()}</span>
              {h.note.trim() && <span class="qr-hl-note">{h.note}</span>}
            </button>
          </li>
        ))}
      </ol>
      {orphans.length > 0 && (
        <>
          <h3>{translate('readerHlOrphaned')}</h3>
          <p class="qr-hint">{translate('readerHlOrphanedHint')}</p>
          <ul>
            {orphans.map(({ h }) => (
              <li key={h.id} class={`qr-hl-entry qr-hl-edge-${h.color}`} data-testid="highlights-orphan">
                <span class="qr-hl-quote">{h.quote.exact.replace(/\s+/g, ' ').trim()}</span>
                {h.note.trim() && <span class="qr-hl-note">{h.note}</span>}
                <button type="button" class="qr-link-button" onClick={() => void c.remove(h.id)}>
                  {translate('readerHlRemove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
