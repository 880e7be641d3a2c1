/**
 * Canonical hijack (issue #16, finding 3): a page on another site that claims a saved item's
 * canonical URL is saved under its own URL and leaves that item alone; an import cannot do it either,
 * and an import dated 9999 is clamped to now instead of winning every later merge.
 */
import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../../src/library/from-analysis';
import { toExportJson } from '../../src/library/export-json';
import { openLibrary } from '../../src/library/store';
import type { SavedItem } from '../../src/library/types';
import { freshIndexedDb, newItem } from './library/helpers';

freshIndexedDb();

describe('canonical URLs from another site', () => {
  it('keys a page by its own URL when its canonical URL is on another site', () => {
    expect(canonicalKey('https://evil.example/copy', 'https://blog.example/2024/review-1/')).toBe(
      'https://evil.example/copy',
    );
  });

  it('keeps a canonical URL on the same site (www. or not)', () => {
    expect(canonicalKey('https://www.blog.example/p?utm=1', 'https://blog.example/p')).toBe('https://blog.example/p');
    expect(canonicalKey('https://blog.example/p?a#x', '/p')).toBe('https://blog.example/p');
  });

  it('leaves a saved item alone when another site saves a page claiming its canonical URL', async () => {
    const lib = await openLibrary();
    const first = newItem(1);
    const saved = await lib.save(first);
    expect(saved.ok && saved.value.status).toBe('saved');
    const evilUrl = 'https://evil.example/copy';
    const hijack = {
      ...newItem(2),
      url: evilUrl,
      canonicalUrl: canonicalKey(evilUrl, first.canonicalUrl),
      contentHtml: '<p>Replaced by evil</p>',
      textContent: 'Replaced by evil',
    };
    const second = await lib.save(hijack);
    expect(second.ok && second.value.status).toBe('saved');
    const original = await lib.findByUrl(first.canonicalUrl);
    expect(original.ok && original.value?.textContent).toBe(first.textContent);
    lib.close();
  });

  it('does not let an import from another site or dated 9999 overwrite a saved item', async () => {
    const lib = await openLibrary();
    const first = newItem(1);
    await lib.save(first);
    const forged = {
      ...newItem(3),
      tags: [],
      id: 'forged',
      url: 'https://evil.example/x',
      canonicalUrl: first.canonicalUrl,
      savedAt: '9999-01-01T00:00:00.000Z',
      updatedAt: '9999-01-01T00:00:00.000Z',
      textContent: 'Forged',
      contentHtml: '<p>Forged</p>',
    } as SavedItem;
    const dated = { ...forged, id: 'dated', url: first.url, canonicalUrl: first.canonicalUrl };
    const r = await lib.importJson(toExportJson([forged]));
    expect(r.ok).toBe(true);
    const kept = await lib.findByUrl(first.canonicalUrl);
    expect(kept.ok && kept.value?.textContent).toBe(first.textContent);
    await lib.importJson(toExportJson([dated]));
    const list = await lib.list();
    expect(
      list.ok && list.value.every((i) => Date.parse(i.updatedAt) <= Date.now() && Date.parse(i.savedAt) <= Date.now()),
    ).toBe(true);
    lib.close();
  });
});
