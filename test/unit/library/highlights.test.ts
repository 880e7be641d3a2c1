import { describe, expect, it } from 'vitest';
import { anchorSpan, describeSpan } from '../../../src/core/anchor';
import { addHighlight, reanchorHighlights } from '../../../src/library/highlights';
import { parseExport, toExportJson } from '../../../src/library/export-json';
import { openLibrary } from '../../../src/library/store';
import type { Highlight, SavedItem } from '../../../src/library/types';
import { freshIndexedDb, newItem } from './helpers';

const ORIGINAL = [
  'Joaquin Phoenix is a lonely writer going through a difficult divorce.',
  'The two then start to form a relationship, struggling past physical and mental obstacles.',
  'Spike Jonze makes it look easy, and the soundtrack by Arcade Fire is quietly perfect.',
  'The ending is bittersweet. The ending is also the best part of the film.',
  'Amy Adams gives a warm performance as his old friend.',
].join('\n\n');

const at = (text: string, words: string) => {
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`not in text: ${words}`);
  return [i, i + words.length] as const;
};

/** Highlights over the given passages of ORIGINAL, in order. */
function marks(...passages: string[]): Highlight[] {
  let list: Highlight[] = [];
  passages.forEach((p, n) => {
    const [s, e] = at(ORIGINAL, p);
    list = addHighlight(list, ORIGINAL, s, e, 'yellow', `note ${n}`, new Date(Date.UTC(2026, 0, 1, 0, n)), `h${n}`)!;
  });
  return list;
}

/** Each highlight is on its own words, or orphaned: never on other words. */
function expectSameWordsOrOrphaned(before: Highlight[], after: Highlight[], text: string) {
  expect(after).toHaveLength(before.length);
  for (const h of after) {
    const was = before.find((b) => b.id === h.id)!;
    if (h.orphaned) continue;
    expect(text.slice(h.position.start, h.position.end)).toBe(was.quote.exact);
    expect(h.quote.exact).toBe(was.quote.exact);
  }
}

describe('anchoring', () => {
  it('places a quote by its position when the position still holds it', () => {
    const sel = describeSpan(ORIGINAL, ...at(ORIGINAL, 'lonely writer'))!;
    expect(anchorSpan(ORIGINAL, sel.quote, sel.position)).toEqual({ start: sel.position.start, end: sel.position.end });
  });

  it('tells two equal quotes apart by their context, and refuses when the context cannot', () => {
    const [s, e] = at(ORIGINAL, 'The ending is also');
    const sel = describeSpan(ORIGINAL, s, s + 'The ending is'.length)!;
    const moved = 'Intro.\n\n' + ORIGINAL;
    const span = anchorSpan(moved, sel.quote, sel.position)!;
    expect(moved.slice(span.start, span.end + 5)).toBe('The ending is also');
    expect(e).toBeGreaterThan(s);
    const blind = { ...sel.quote, prefix: '', suffix: '' };
    expect(anchorSpan(moved, blind, null)).toBeNull();
  });

  it('finds the same words when only the whitespace between them changed', () => {
    const sel = describeSpan(ORIGINAL, ...at(ORIGINAL, 'obstacles.\n\nSpike Jonze'))!;
    const text = ORIGINAL.replace('obstacles.\n\nSpike', 'obstacles. Spike');
    const span = anchorSpan(text, sel.quote, sel.position)!;
    expect(text.slice(span.start, span.end)).toBe('obstacles. Spike Jonze');
  });
});

describe('re-anchoring on a changed page', () => {
  it('an inserted paragraph: every highlight moves with its words', () => {
    const before = marks('lonely writer', 'Arcade Fire', 'warm performance');
    const text = ORIGINAL.replace(
      '\n\nSpike',
      '\n\nA new paragraph about the lonely writer and Arcade Fire, inserted later.\n\nSpike',
    );
    const after = reanchorHighlights(before, text);
    expectSameWordsOrOrphaned(before, after, text);
    expect(after.filter((h) => h.orphaned)).toHaveLength(0);
    // The inserted paragraph repeats two of the quotes: they stay on the original sentences.
    const arcade = after.find((h) => h.id === 'h1')!;
    expect(text.slice(arcade.position.start - 18, arcade.position.end)).toBe('the soundtrack by Arcade Fire');
  });

  it('a reworded sentence: its highlight is orphaned, the others stay on their words', () => {
    const before = marks('struggling past physical and mental obstacles', 'Arcade Fire');
    const text = ORIGINAL.replace(
      'struggling past physical and mental obstacles',
      'struggling past bodily and emotional obstacles',
    );
    const after = reanchorHighlights(before, text);
    expectSameWordsOrOrphaned(before, after, text);
    expect(after.find((h) => h.id === 'h0')).toMatchObject({
      orphaned: true,
      note: 'note 0',
      quote: { exact: 'struggling past physical and mental obstacles' },
    });
    expect(after.find((h) => h.id === 'h1')!.orphaned).toBeUndefined();
  });

  it('a removed section: its highlight is orphaned and kept with its note, never dropped', () => {
    const before = marks('The ending is bittersweet', 'warm performance', 'lonely writer');
    const text = ORIGINAL.replace('The ending is bittersweet. The ending is also the best part of the film.\n\n', '');
    const after = reanchorHighlights(before, text);
    expectSameWordsOrOrphaned(before, after, text);
    expect(after.map((h) => [h.id, !!h.orphaned])).toEqual([
      ['h2', false],
      ['h1', false],
      ['h0', true],
    ]);
    expect(after.at(-1)!.note).toBe('note 0');
  });

  it('an orphan that comes back on a later text is placed again', () => {
    const before = marks('Arcade Fire');
    const gone = reanchorHighlights(before, ORIGINAL.replace('Arcade Fire', 'a band'));
    expect(gone[0]!.orphaned).toBe(true);
    const back = reanchorHighlights(gone, ORIGINAL);
    expect(back[0]!.orphaned).toBeUndefined();
    expect(ORIGINAL.slice(back[0]!.position.start, back[0]!.position.end)).toBe('Arcade Fire');
  });
});

describe('adding highlights', () => {
  it('merges an overlapping highlight into one span and keeps both notes', () => {
    const first = marks('lonely writer going through');
    const [s, e] = at(ORIGINAL, 'going through a difficult divorce');
    const list = addHighlight(first, ORIGINAL, s, e, 'green', 'second note', new Date('2026-02-01T00:00:00Z'))!;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: 'h0',
      color: 'green',
      quote: { exact: 'lonely writer going through a difficult divorce' },
    });
    expect(list[0]!.note).toBe('note 0\n\nsecond note');
  });

  it('keeps highlights that only touch apart', () => {
    const list = marks('lonely writer', ' going through');
    expect(list).toHaveLength(2);
  });

  it('takes a 10,000-character selection and anchors it again after an insertion', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} of a very long review.`).join(' ');
    const text = `Start.\n\n${long}\n\nEnd.`;
    const [s] = at(text, long);
    const list = addHighlight([], text, s, s + 10_000, 'blue', 'long one')!;
    expect(list[0]!.quote.exact).toHaveLength(10_000);
    const changed = 'A new opening paragraph.\n\n' + text;
    const after = reanchorHighlights(list, changed);
    expect(changed.slice(after[0]!.position.start, after[0]!.position.end)).toBe(list[0]!.quote.exact);
  });

  it('refuses an empty (whitespace only) selection', () => {
    const [s] = at(ORIGINAL, '\n\n');
    expect(addHighlight([], ORIGINAL, s, s + 2, 'yellow')).toBeNull();
  });
});

describe('highlights in the store and the JSON export', () => {
  freshIndexedDb();

  it('re-anchors on an update and restores the selectors exactly through export and import', async () => {
    const lib = await openLibrary();
    const saved = await lib.save(newItem(1, { textContent: ORIGINAL, textHash: 'a' }));
    if (!saved.ok) throw new Error(saved.message);
    const list = marks('Arcade Fire', 'warm performance');
    expect((await lib.setHighlights(saved.value.id, list)).ok).toBe(true);
    const changed = ORIGINAL.replace('Amy Adams gives a warm performance as his old friend.', 'Amy Adams is fine.');
    await lib.save(newItem(1, { textContent: 'Inserted.\n\n' + changed, textHash: 'b' }));
    const item = (await lib.get(saved.value.id)) as { ok: true; value: SavedItem };
    expect(item.value.highlights!.map((h) => [h.id, !!h.orphaned])).toEqual([
      ['h0', false],
      ['h1', true],
    ]);

    const file = toExportJson([item.value]);
    const parsed = parseExport(file);
    expect(parsed.ok && parsed.value.items[0]!.highlights).toEqual(item.value.highlights);
    await lib.clear();
    expect((await lib.importJson(file)).ok).toBe(true);
    const back = await lib.list();
    expect(back.ok && back.value[0]!.highlights).toEqual(item.value.highlights);
  });

  it('keeps an imported highlight that does not match its item text as orphaned', async () => {
    const lib = await openLibrary();
    const h = marks('Arcade Fire')[0]!;
    const item: SavedItem = {
      ...newItem(2),
      id: 'x',
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      tags: [],
      highlights: [h],
    };
    expect((await lib.importJson(toExportJson([item]))).ok).toBe(true);
    const got = (await lib.get('x')) as { ok: true; value: SavedItem };
    expect(got.value.highlights).toEqual([{ ...h, orphaned: true }]);
  });

  it('refuses a file whose highlight is malformed, writing nothing', async () => {
    const lib = await openLibrary();
    const item = {
      ...newItem(3),
      id: 'y',
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      tags: [],
      highlights: [{ id: 'z', color: 'red' }],
    };
    const r = await lib.importJson(toExportJson([item as unknown as SavedItem]));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('"highlights"');
    const list = await lib.list();
    expect(list.ok && list.value).toEqual([]);
  });
});
