import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/library/store';
import { freshIndexedDb, newItem } from './helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/library');
/** Read as the library page reads a chosen file: `File.text()`, i.e. UTF-8 with replacement characters. */
const read = (name: string) => new TextDecoder().decode(fs.readFileSync(path.join(FIXTURES, name)));

describe('importing files that are not a good Quietread export', () => {
  freshIndexedDb();

  const cases = [
    { file: 'empty.json', error: 'not-an-export', message: /empty/ },
    { file: 'random-bytes.bin', error: 'not-an-export', message: /not a Quietread export/ },
    { file: 'other-shape.json', error: 'not-an-export', message: /not a Quietread export/ },
    { file: 'truncated-export.json', error: 'damaged', message: /damaged or cut short/ },
    { file: 'newer-version.json', error: 'unsupported-version', message: /newer Quietread/ },
    { file: 'bad-item.json', error: 'damaged', message: /item 2 .*"canonicalUrl"/ },
  ] as const;

  for (const c of cases) {
    it(`refuses ${c.file} with a clear message and changes nothing`, async () => {
      const lib = await openLibrary();
      await lib.save(newItem(1));
      const before = await lib.list();
      const result = await lib.importJson(read(c.file));
      expect(result).toMatchObject({ ok: false, error: c.error });
      expect(!result.ok && result.message).toMatch(c.message);
      expect(!result.ok && result.message).toMatch(/Nothing was changed\.$/);
      expect(await lib.list()).toEqual(before);
    });
  }

  it('imports the good export those bad files were cut from', async () => {
    const lib = await openLibrary();
    expect(await lib.importJson(read('valid-export.json'))).toEqual({
      ok: true,
      value: { added: 2, updated: 0, unchanged: 0 },
    });
    const list = await lib.list();
    expect(list.ok && list.value.map((i) => i.title)).toEqual([
      'The Overstory, reviewed',
      'Her (2013): a quiet film about loneliness',
    ]);
  });
});
