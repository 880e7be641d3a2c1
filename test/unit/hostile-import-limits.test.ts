/** Import limits: size, field lengths, tag and item counts; unknown fields (`__proto__` too) dropped. */
import { describe, expect, it } from 'vitest';
import { parseExport, toExportJson } from '../../src/library/export-json';
import { MAX_IMPORT_BYTES } from '../../src/library/import-limits';
import { openLibrary } from '../../src/library/store';
import type { SavedItem } from '../../src/library/types';
import { freshIndexedDb, newItem } from './library/helpers';

const item = (n: number, over: Partial<SavedItem> = {}): SavedItem => ({
  ...newItem(n),
  id: `id-${n}`,
  savedAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  tags: [],
  ...over,
});

describe('import limits', () => {
  freshIndexedDb();

  it('refuses a file over the size limit up front, with a clear message, and changes nothing', async () => {
    const lib = await openLibrary();
    await lib.save(newItem(1));
    const before = await lib.list();
    const huge = toExportJson([item(2, { contentHtml: 'x'.repeat(MAX_IMPORT_BYTES) })]);
    const r = await lib.importJson(huge);
    expect(r).toEqual({
      ok: false,
      error: 'invalid',
      message: expect.stringMatching(
        /^This file is 64\.0 MB, over the import limit of 64\.0 MB\. Nothing was changed\.$/,
      ),
    });
    expect(await lib.list()).toEqual(before);
  });

  it('refuses an item with an over-long field or too many tags, writing nothing', async () => {
    const lib = await openLibrary();
    for (const bad of [
      item(1, { title: 't'.repeat(2_001) }),
      item(1, { tags: Array.from({ length: 201 }, (_, i) => `t${i}`) }),
      item(1, { summary: Array(21).fill('s') }),
    ]) {
      const r = await lib.importJson(toExportJson([item(2), bad]));
      expect(r).toMatchObject({
        ok: false,
        error: 'invalid',
        message: expect.stringMatching(
          /^Item 2 of this file has a "(title|tags|summary)" over the import limit\. Nothing was changed\.$/,
        ),
      });
    }
    const list = await lib.list();
    expect(list.ok && list.value).toEqual([]);
  });

  it("drops unknown fields and __proto__ keys, and trims tags to the store's own rules", async () => {
    const raw = toExportJson([item(1, { tags: Array.from({ length: 50 }, (_, i) => `tag ${i}`) })]).replace(
      '"id": "id-1",',
      '"id": "id-1", "__proto__": { "isAdmin": true }, "extra": "kept?", "rating": { "value": 4, "best": 5, "text": "4/5", "__proto__": { "x": 1 } },',
    );
    const parsed = parseExport(raw);
    if (!parsed.ok) throw new Error(parsed.message);
    const got = parsed.value.items[0]!;
    expect(Object.hasOwn(got, '__proto__')).toBe(false);
    expect(Object.hasOwn(got, 'extra')).toBe(false);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect((got as unknown as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.keys(got.rating!)).toEqual(['value', 'best', 'text']);
    expect(got.tags).toHaveLength(30);

    const lib = await openLibrary();
    expect(await lib.importJson(raw)).toMatchObject({ ok: true, value: { added: 1 } });
    const list = await lib.list();
    if (!list.ok) throw new Error(list.message);
    expect(Object.keys(list.value[0]!)).not.toContain('extra');
    expect(Object.hasOwn(list.value[0]!, '__proto__')).toBe(false);
  });
});
