import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/library/store';
import { freshIndexedDb, newItem } from './helpers';

describe('library store', () => {
  freshIndexedDb();

  it('lists saved items newest first', async () => {
    const lib = await openLibrary();
    await lib.save(newItem(1), new Date('2025-01-01T00:00:00Z'));
    await lib.save(newItem(2), new Date('2025-02-01T00:00:00Z'));
    const list = await lib.list();
    expect(list.ok && list.value.map((i) => i.title)).toEqual(['Review number 2', 'Review number 1']);
  });

  it('updates an item saved again under the same canonical URL, keeping id, first save time and tags', async () => {
    const lib = await openLibrary();
    const first = await lib.save(newItem(1), new Date('2025-01-01T00:00:00Z'));
    if (!first.ok) throw new Error(first.message);
    expect(first.value.status).toBe('saved');
    await lib.setTags(first.value.id, ['film', 'keep']);
    const again = await lib.save(
      newItem(1, { title: 'Edited title', url: 'https://blog.example/2024/review-1/?utm=x' }),
      new Date('2025-03-01T00:00:00Z'),
    );
    expect(again).toEqual({ ok: true, value: { status: 'updated', id: first.value.id } });
    const list = await lib.list();
    if (!list.ok) throw new Error(list.message);
    expect(list.value).toHaveLength(1);
    expect(list.value[0]).toMatchObject({
      title: 'Edited title',
      tags: ['film', 'keep'],
      savedAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-03-01T00:00:00.000Z',
    });
  });

  it('keeps both of two saves started at the same moment', async () => {
    const lib = await openLibrary();
    const other = await openLibrary(); // a second connection, as a second tab or the library page would hold
    const [a, b] = await Promise.all([lib.save(newItem(1)), other.save(newItem(2))]);
    expect(a.ok && b.ok).toBe(true);
    const list = await lib.list();
    expect(list.ok && list.value.map((i) => i.canonicalUrl).sort()).toEqual([
      newItem(1).canonicalUrl,
      newItem(2).canonicalUrl,
    ]);
  });

  it('makes one item of two simultaneous saves of the same page', async () => {
    const lib = await openLibrary();
    const results = await Promise.all([lib.save(newItem(1)), lib.save(newItem(1))]);
    expect(results.map((r) => r.ok && r.value.status).sort()).toEqual(['saved', 'updated']);
    const list = await lib.list();
    expect(list.ok && list.value).toHaveLength(1);
  });

  it('puts a deleted item back exactly as it was on undo', async () => {
    const lib = await openLibrary();
    const saved = await lib.save(newItem(1));
    if (!saved.ok) throw new Error(saved.message);
    const before = await lib.get(saved.value.id);
    const removed = await lib.remove(saved.value.id);
    expect((await lib.list()).ok && ((await lib.list()) as any).value).toEqual([]);
    if (!removed.ok) throw new Error(removed.message);
    await lib.restore(removed.value);
    expect(await lib.get(saved.value.id)).toEqual(before);
  });

  it('answers not-found for an id that is not saved', async () => {
    const lib = await openLibrary();
    expect(await lib.get('nope')).toMatchObject({ ok: false, error: 'not-found' });
    expect(await lib.remove('nope')).toMatchObject({ ok: false, error: 'not-found' });
    expect(await lib.setTags('nope', ['x'])).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('cleans tags: trims, folds spaces, drops empties and case duplicates', async () => {
    const lib = await openLibrary();
    const saved = await lib.save(newItem(1));
    if (!saved.ok) throw new Error(saved.message);
    const tagged = await lib.setTags(saved.value.id, ['  Sci  fi ', 'sci fi', '', 'Film']);
    expect(tagged.ok && tagged.value.tags).toEqual(['Sci fi', 'Film']);
  });

  it('gives back identical records after export, delete everything and import', async () => {
    const lib = await openLibrary();
    for (const n of [1, 2, 3]) await lib.save(newItem(n), new Date(`2025-0${n}-01T00:00:00Z`));
    const first = (await lib.list()) as { ok: true; value: { id: string }[] };
    await lib.setTags(first.value[0]!.id, ['film']);
    const before = await lib.list();
    const exported = await lib.exportAll();
    if (!exported.ok) throw new Error(exported.message);
    await lib.clear();
    expect(await lib.list()).toEqual({ ok: true, value: [] });
    const report = await lib.importJson(JSON.stringify(exported.value));
    expect(report).toEqual({ ok: true, value: { added: 3, updated: 0, unchanged: 0 } });
    expect(await lib.list()).toEqual(before);
  });

  it('merges an import by canonical URL: newer content wins, tags join, the saved id stays', async () => {
    const lib = await openLibrary();
    const saved = await lib.save(newItem(1), new Date('2025-01-01T00:00:00Z'));
    if (!saved.ok) throw new Error(saved.message);
    await lib.setTags(saved.value.id, ['mine']);
    const mine = (await lib.get(saved.value.id)) as { ok: true; value: any };
    // Newer, but not in the future: an import's future dates are clamped to now.
    const theirs = {
      ...mine.value,
      id: 'other-id',
      title: 'Their newer title',
      tags: ['theirs'],
      updatedAt: new Date(Date.parse(mine.value.updatedAt) + 1).toISOString(),
    };
    await new Promise((r) => setTimeout(r, 5));
    const file = {
      format: 'quietread-library',
      version: 1,
      exportedAt: new Date().toISOString(),
      items: [theirs, mine.value],
    };
    expect(await lib.importJson(JSON.stringify(file))).toEqual({
      ok: true,
      value: { added: 0, updated: 1, unchanged: 1 },
    });
    const list = (await lib.list()) as { ok: true; value: any[] };
    expect(list.value).toHaveLength(1);
    expect(list.value[0]).toMatchObject({ id: saved.value.id, title: 'Their newer title', tags: ['mine', 'theirs'] });
  });
});
