/** One table of block names (core/boilerplate-label.ts): every kind has a message in every catalogue, and core's English is the catalogue's. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_NAMES, combinedLabel, english, labelBlock, type Translate } from '../../../src/core/boilerplate-label';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(ROOT, '_locales', lang, 'messages.json'), 'utf8'));
const langs = fs.readdirSync(path.join(ROOT, '_locales'));

/** getMessage over one catalogue, as the browser does it. */
const translator =
  (m: Messages): Translate =>
  (key, subs = []) => {
    const e = m[key];
    if (!e) return '';
    return e.message
      .replace(/\$(\w+)\$/g, (x, n: string) => e.placeholders?.[n.toLowerCase()]?.content ?? x)
      .replace(/\$(\d)/g, (_x, i: string) => String(subs[Number(i) - 1] ?? ''));
  };

describe('block names', () => {
  it.each(langs)('%s names every kind', (lang) => {
    const m = read(lang);
    for (const { key } of Object.values(BLOCK_NAMES)) expect(m[key]?.message, `${lang}: ${key}`).toBeTruthy();
  });

  it("core's English is the English catalogue", () => {
    const en = translator(read('en'));
    for (const key of [...Object.values(BLOCK_NAMES).map((n) => n.key), 'blockCommentCountOne'])
      expect(english(key)).toBe(en(key));
    expect(english('blockCommentCount', [12])).toBe(en('blockCommentCount', [12]));
    expect(english('blockListAnd', ['A, b', 'c'])).toBe(en('blockListAnd', ['A, b', 'c']));
  });

  it('labels a stub in German through the translate function it is given', () => {
    const de = translator(read('de'));
    const doc = new DOMParser().parseFromString(
      '<div id="c"><ol class="comment-list"><li class="comment">a</li><li class="comment">b</li></ol></div><div id="s">x</div>',
      'text/html',
    );
    expect(labelBlock('comments', doc.getElementById('c')!, de)).toEqual({ kind: 'comments', label: '2 Kommentare' });
    const share = labelBlock('share', doc.getElementById('s')!, de);
    expect(share.label).toBe('Teilen-Knöpfe');
    expect(combinedLabel(share, ['likes', 'related'], de)).toBe('Teilen-Knöpfe, Likes und Ähnliche Beiträge');
    expect(labelBlock('share', doc.getElementById('s')!).label).toBe('Share buttons');
  });
});
