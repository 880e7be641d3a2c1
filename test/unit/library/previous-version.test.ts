import { describe, expect, it } from 'vitest';
import { toExportJson } from '../../../src/library/export-json';
import { openLibrary } from '../../../src/library/store';
import type { SavedItem } from '../../../src/library/types';
import { freshIndexedDb, newItem } from './helpers';

const other = {
  contentHtml: '<p>A page on another site rewrote this.</p>',
  textContent: 'A page on another site rewrote this.',
  textHash: 'hash-other',
  title: 'Rewritten',
};

async function only(lib: Awaited<ReturnType<typeof openLibrary>>): Promise<SavedItem> {
  const list = await lib.list();
  if (!list.ok || list.value.length !== 1) throw new Error('expected one item');
  return list.value[0]!;
}

describe('previous version of a saved text', () => {
  freshIndexedDb();

  it('keeps the replaced text one step back when an update changes it, and restores it', async () => {
    const lib = await openLibrary();
    await lib.save(newItem(1), new Date('2025-01-01T00:00:00Z'));
    const first = await only(lib);
    await lib.save(newItem(1, other), new Date('2025-02-01T00:00:00Z'));
    const updated = await only(lib);
    expect(updated.textContent).toBe(other.textContent);
    expect(updated.previous).toMatchObject({
      title: 'Review number 1',
      textContent: first.textContent,
      textHash: 'hash-1',
      updatedAt: first.updatedAt,
    });

    const restored = await lib.restorePrevious(updated.id, new Date('2025-03-01T00:00:00Z'));
    expect(restored.ok).toBe(true);
    const back = await only(lib);
    expect(back).toMatchObject({
      id: first.id,
      title: 'Review number 1',
      textContent: first.textContent,
      contentHtml: first.contentHtml,
      savedAt: first.savedAt,
      updatedAt: '2025-03-01T00:00:00.000Z',
    });
    // The restore can itself be undone: the rewritten text is one step back now.
    expect(back.previous).toMatchObject({ textContent: other.textContent, title: 'Rewritten' });
  });

  it('keeps no previous version when a save does not change the text', async () => {
    const lib = await openLibrary();
    await lib.save(newItem(1));
    await lib.save(newItem(1, { title: 'Same text, new title' }));
    expect((await only(lib)).previous).toBeUndefined();
  });

  it('keeps the saved text one step back when an import replaces it', async () => {
    const lib = await openLibrary();
    await lib.save(newItem(1), new Date('2025-01-01T00:00:00Z'));
    const saved = await only(lib);
    const file = toExportJson([{ ...saved, ...other, updatedAt: '2025-06-01T00:00:00.000Z' }]);
    const report = await lib.importJson(file);
    expect(report).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 0 } });
    const after = await only(lib);
    expect(after.textContent).toBe(other.textContent);
    expect(after.previous?.textContent).toBe(saved.textContent);
    await lib.restorePrevious(after.id);
    expect((await only(lib)).textContent).toBe(saved.textContent);
  });

  it('refuses an import whose previous version is malformed, writing nothing', async () => {
    const lib = await openLibrary();
    const item = {
      ...newItem(1),
      id: 'x',
      savedAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
      tags: [],
    };
    const bad = await lib.importJson(
      toExportJson([{ ...item, previous: { ...item, url: 'javascript:alert(1)' } } as SavedItem]),
    );
    expect(bad).toMatchObject({ ok: false, error: 'damaged' });
    const list = await lib.list();
    expect(list.ok && list.value).toEqual([]);
  });
});
