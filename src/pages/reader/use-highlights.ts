/**
 * The reader's highlights: what the saved copy holds, drawn on the article, and the actions on them.
 * Selectors are over the saved item's `textContent` (the library's text, which the service worker can
 * re-anchor without a DOM); the article body's own text can differ in whitespace, so each highlight is
 * placed on the body by its quote (src/core/anchor.ts), and a new one is described on the body, then
 * placed on the item's text. Writes go through the background, which owns the library.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { anchorSpan, describeSpan } from '../../core/anchor';
import { textHash } from '../../core/text-hash';
import { translate } from '../../i18n';
import { addHighlight, MAX_HIGHLIGHT_CHARS, MAX_NOTE_CHARS, sortHighlights } from '../../library/highlights';
import type { Highlight, HighlightColor } from '../../library/types';
import type { HighlightsReply, Message, SaveReply, SetHighlightsReply } from '../../messages';
import { nativeBrowser as browser } from '../../native-browser';
import { drawMarks, MARK_ATTR, rangeOffsets, type MarkSpec } from '../../core/highlight-dom';
import type { ReaderDoc } from './reader-doc';

type Saved = { id: string; textHash: string; textContent: string; highlights: Highlight[] };

export interface HighlightControls {
  /** Highlights in reading order; `placed` false for those not found in this article (orphaned or not in this view). */
  list: { h: Highlight; placed: boolean }[];
  color: HighlightColor;
  notice: string;
  editing: string | null;
  highlightSelection(color?: HighlightColor, withNote?: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  setNote(id: string, note: string): Promise<void>;
  setColor(id: string, color: HighlightColor): Promise<void>;
  edit(id: string | null): void;
  /** The highlight a node of the article is in. */
  at(node: Node | null): string | null;
  jump(id: string): void;
}

const send = <R>(msg: Message) => browser.runtime.sendMessage(msg) as Promise<R>;

/** The selection as a range inside the body, or null. */
function selectedRange(body: HTMLElement): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  return body.contains(range.commonAncestorContainer) ? range : null;
}

/** A highlight's name for screen readers: "Highlight: <start of the words>", with its note. */
function label(h: Highlight): string {
  const words = h.quote.exact.replace(/\s+/g, ' ').trim();
  const short = words.length > 60 ? `${words.slice(0, 60)}…` : words;
  return h.note.trim()
    ? translate('readerHlMarkLabelNote', [short, h.note.trim()])
    : translate('readerHlMarkLabel', [short]);
}

/** Loads, draws and edits the highlights of the reader's document. */
export function useHighlights(doc: ReaderDoc | null, body: HTMLElement | null): HighlightControls {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [color, setLastColor] = useState<HighlightColor>('yellow');
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    if (!doc) return;
    if (doc.saved) {
      const s = doc.saved;
      setSaved({ id: s.id, textHash: s.textHash, textContent: s.textContent, highlights: s.highlights ?? [] });
    } else if (doc.analysis) {
      send<HighlightsReply>({
        type: 'reader-to-background:get-highlights',
        url: doc.analysis.url,
        canonicalUrl: doc.analysis.canonicalUrl ?? null,
      })
        .then(
          (r) =>
            r?.saved &&
            setSaved({ id: r.id, textHash: r.textHash, textContent: r.textContent, highlights: r.highlights }),
        )
        .catch((err: unknown) => console.warn('Quietread: could not read the highlights', err));
    }
  }, [doc]);

  // The notice is read out once (a live region) and stays long enough to be read, then goes.
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(''), 8_000);
    return () => clearTimeout(t);
  }, [notice]);

  // Where each highlight is in the body's text.
  const bodyText = useMemo(() => body?.textContent ?? '', [body]);
  const list = useMemo(() => {
    const all = saved?.highlights ?? [];
    return all.map((h) => {
      const span = h.orphaned ? null : anchorSpan(bodyText, h.quote, h.position);
      return { h, placed: !!span, span };
    });
  }, [saved, bodyText]);

  useEffect(() => {
    if (!body) return;
    const specs: MarkSpec[] = list
      .filter((x) => x.span)
      .map(({ h, span }) => ({ id: h.id, color: h.color, start: span!.start, end: span!.end, label: label(h) }));
    drawMarks(body, specs);
  }, [body, list]);

  /** Writes the list; on failure says why and keeps what was there (nothing saved is lost). */
  async function persist(target: Saved, next: Highlight[], done: string): Promise<boolean> {
    const r = await send<SetHighlightsReply>({
      type: 'reader-to-background:set-highlights',
      id: target.id,
      highlights: next,
    }).catch((err: unknown): SetHighlightsReply => ({ ok: false, message: String(err) }));
    if (!r?.ok) {
      setNotice(translate('readerHlErrorKeep', [r?.message ?? '']));
      return false;
    }
    setSaved({ ...target, highlights: r.highlights });
    setNotice(done);
    return true;
  }

  /** The saved copy to highlight on: saved (or updated, when the page changed) first, and said so. */
  async function ensureSaved(): Promise<{ item: Saved; said: string } | null> {
    const a = doc?.analysis;
    if (!a) return saved ? { item: saved, said: '' } : null;
    if (saved && saved.textHash === textHash(a.textContent)) return { item: saved, said: '' };
    const r = await send<SaveReply>({ type: 'any-to-background:save', analysis: a }).catch(
      (err: unknown): SaveReply => ({ ok: false, error: 'failed', message: String(err) }),
    );
    if (!r?.ok) {
      setNotice(translate('readerHlErrorSave', [r?.message ?? '']));
      return null;
    }
    const got = await send<HighlightsReply>({
      type: 'reader-to-background:get-highlights',
      url: a.url,
      canonicalUrl: a.canonicalUrl ?? null,
    });
    if (!got?.saved) return null;
    const item = { id: got.id, textHash: got.textHash, textContent: got.textContent, highlights: got.highlights };
    setSaved(item);
    return { item, said: translate(r.status === 'saved' ? 'readerHlSavedFirst' : 'readerHlUpdatedFirst') };
  }

  const highlightSelection = async (pick: HighlightColor = color, withNote = false) => {
    if (!body) return;
    const range = selectedRange(body);
    const offsets = range && rangeOffsets(body, range);
    const sel = offsets && describeSpan(bodyText, offsets.start, offsets.end);
    if (!sel) return setNotice(translate('readerHlSelectFirst'));
    if (sel.quote.exact.length > MAX_HIGHLIGHT_CHARS)
      return setNotice(translate('readerHlTooLong', [MAX_HIGHLIGHT_CHARS.toLocaleString()]));
    const ready = await ensureSaved();
    if (!ready) return;
    const { item, said } = ready;
    const span = anchorSpan(item.textContent, sel.quote, sel.position);
    const next = span && addHighlight(item.highlights, item.textContent, span.start, span.end, pick);
    if (!next) return setNotice(translate('readerHlCannotPlace'));
    setLastColor(pick);
    document.getSelection()?.removeAllRanges();
    const added = next.find((h) => !item.highlights.some((o) => o.id === h.id && o.updatedAt === h.updatedAt));
    const ok = await persist(item, next, [said, translate('readerHlAdded')].filter(Boolean).join(' '));
    if (ok && withNote && added) setEditing(added.id);
  };

  const change = async (id: string, fn: (h: Highlight) => Highlight | null, done: string) => {
    if (!saved) return;
    const next = sortHighlights(saved.highlights.flatMap((h) => (h.id === id ? (fn(h) ?? []) : [h])));
    await persist(saved, next, done);
  };

  return {
    list: list.map(({ h, placed }) => ({ h, placed })),
    color,
    notice,
    editing,
    highlightSelection,
    remove: (id) => change(id, () => null, translate('readerHlRemoved')),
    setNote: async (id, note) => {
      await change(
        id,
        (h) => ({ ...h, note: note.slice(0, MAX_NOTE_CHARS), updatedAt: new Date().toISOString() }),
        translate(note.trim() ? 'readerHlNoteSaved' : 'readerHlNoteCleared'),
      );
      setEditing(null);
    },
    setColor: (id, c) => {
      setLastColor(c);
      return change(
        id,
        (h) => ({ ...h, color: c, updatedAt: new Date().toISOString() }),
        translate('readerHlColorChanged'),
      );
    },
    edit: setEditing,
    at: (node) =>
      (node instanceof Element ? node : node?.parentElement)
        ?.closest?.(`mark[${MARK_ATTR}]`)
        ?.getAttribute(MARK_ATTR) ?? null,
    jump: (id) => {
      const mark = document.getElementById(`qr-hl-${id}`);
      if (!mark) return;
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    },
  };
}
