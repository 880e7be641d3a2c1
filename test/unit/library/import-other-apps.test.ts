/** Imports from Pocket, Instapaper and Omnivore, from files written from each format's documented shape. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importAny } from '../../../src/library/import-any';
import { openLibrary } from '../../../src/library/store';
import { freshIndexedDb, newItem } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Pocket's export: title,url,time_added,tags,status; tags joined by "|". */
function pocketCsv(rows: number): string {
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `"Article ${i}, with a comma",https://news.example/a/${i},${1_700_000_000 + i},${i % 2 ? 'film|slow' : ''},${i % 3 ? 'unread' : 'archive'}`,
    );
  return lines.join('\n') + '\n';
}

const INSTAPAPER = [
  'URL,Title,Selection,Folder,Timestamp,Tags',
  'https://essays.example/one,"Essay ""One""","A quoted selection",Unread,1690000000,"[""books"",""long-read""]"',
  'https://essays.example/two,Essay Two,,Archive,1690000100,[]',
  'https://essays.example/three,Essay Three,,Cooking,1690000200,',
  'javascript:alert(1),Bad row,,Unread,1690000300,',
].join('\r\n');

function omnivoreZip(): Uint8Array {
  const meta = [
    {
      id: 'a1',
      slug: 'slow-cinema',
      title: 'Slow cinema',
      description: 'On long takes',
      author: 'R. Vale',
      url: 'https://films.example/slow-cinema',
      state: 'Succeeded',
      labels: [{ name: 'film' }],
      savedAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-02T10:00:00.000Z',
      publishedAt: '2024-02-28T00:00:00.000Z',
    },
    {
      id: 'a2',
      slug: 'no-page',
      title: 'No page kept',
      description: '',
      author: null,
      url: 'https://films.example/no-page',
      state: 'Archived',
      labels: ['later'],
      savedAt: '2024-03-03T10:00:00.000Z',
      updatedAt: '2024-03-03T10:00:00.000Z',
      publishedAt: null,
    },
  ];
  return zipSync({
    'metadata_0_to_2.json': strToU8(JSON.stringify(meta)),
    'content/slow-cinema.html': strToU8(
      '<div><p>A marigold <b>sunset</b> held for nine minutes.</p><script>alert(1)</script><img src=x onerror="alert(2)"></div>',
    ),
    'highlights/slow-cinema.md': strToU8('> held for nine minutes'),
  });
}

describe('imports from other read-later apps', () => {
  freshIndexedDb();

  it('imports a 5,000-row Pocket CSV as "to read" links with tags and dates', async () => {
    const lib = await openLibrary();
    const r = await importAny(lib, bytes(pocketCsv(5000)));
    expect(r).toMatchObject({ ok: true, value: { kind: 'pocket', added: 5000, skipped: 0 } });
    const all = await lib.list();
    expect(all.ok && all.value.length).toBe(5000);
    const one = all.ok ? all.value.find((i) => i.url === 'https://news.example/a/1')! : null;
    expect(one).toMatchObject({
      title: 'Article 1, with a comma',
      status: 'to-read',
      contentHtml: '',
      tags: ['film', 'slow'],
      savedAt: new Date(1_700_000_001_000).toISOString(),
    });
    const archived = all.ok ? all.value.find((i) => i.url === 'https://news.example/a/6')! : null;
    expect(archived?.tags).toEqual(['archived']);
    // The same file again changes nothing.
    expect(await importAny(lib, bytes(pocketCsv(5000)))).toMatchObject({
      ok: true,
      value: { added: 0, unchanged: 5000 },
    });
  });

  it('imports an Instapaper CSV: folders and tags become tags, a bad URL row is skipped', async () => {
    const lib = await openLibrary();
    const r = await importAny(lib, bytes(INSTAPAPER));
    expect(r).toMatchObject({ ok: true, value: { kind: 'instapaper', added: 3, skipped: 1 } });
    const all = await lib.list();
    const byUrl = (u: string) => (all.ok ? all.value.find((i) => i.url === u) : undefined);
    expect(byUrl('https://essays.example/one')).toMatchObject({
      title: 'Essay "One"',
      excerpt: 'A quoted selection',
      tags: ['books', 'long-read'],
      status: 'to-read',
    });
    expect(byUrl('https://essays.example/two')?.tags).toEqual(['archived']);
    expect(byUrl('https://essays.example/three')?.tags).toEqual(['Cooking']);
  });

  it('imports an Omnivore zip as full items, sanitised on the way in', async () => {
    const lib = await openLibrary();
    const r = await importAny(lib, omnivoreZip());
    expect(r).toMatchObject({ ok: true, value: { kind: 'omnivore', added: 2 } });
    const all = await lib.list();
    const full = all.ok ? all.value.find((i) => i.url === 'https://films.example/slow-cinema')! : null;
    expect(full?.status).toBeUndefined();
    expect(full?.textContent).toBe('A marigold sunset held for nine minutes.');
    expect(full?.contentHtml).not.toMatch(/script|onerror/);
    expect(full).toMatchObject({ byline: 'R. Vale', tags: ['film'], wordCount: 7 });
    const link = all.ok ? all.value.find((i) => i.url === 'https://films.example/no-page')! : null;
    expect(link?.status).toBe('to-read');
    expect(link?.tags.sort()).toEqual(['archived', 'later']);
  });

  const bad: [string, () => Uint8Array, RegExp][] = [
    ['another kind of CSV', () => bytes('name,email\nA,a@b.example\n'), /neither a Quietread export nor a Pocket/],
    ['a damaged zip', () => omnivoreZip().slice(0, 200), /damaged or cut short/],
    ['a zip that is not Omnivore', () => zipSync({ 'notes.txt': strToU8('hello') }), /not an Omnivore export/],
    ['a 100,000-row Pocket CSV', () => bytes(pocketCsv(100_000)), /more than 50,000 links/],
    [
      'a 50 MB CSV',
      () => bytes('title,url,time_added,tags,status\n' + `"${'x'.repeat(50 * 1024 * 1024)}`),
      /no link Quietread can use/,
    ],
    [
      'random bytes',
      () => crypto.getRandomValues(new Uint8Array(4096)),
      /neither a Quietread export|not a Quietread export/,
    ],
  ];
  for (const [what, make, message] of bad) {
    it(`refuses ${what} with a clear message and leaves the library unchanged`, async () => {
      const lib = await openLibrary();
      await lib.save(newItem(1));
      const before = await lib.list();
      const r = await importAny(lib, make());
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(message);
      expect(!r.ok && r.message).toMatch(/Nothing was changed/);
      expect(await lib.list()).toEqual(before);
    });
  }
});
