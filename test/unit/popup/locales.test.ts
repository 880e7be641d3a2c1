import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindKey } from '../../../popup/format';
import type { BoilerplateKind } from '../../../src/core/types';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(ROOT, '_locales', lang, 'messages.json'), 'utf8'));
const langs = fs.readdirSync(path.join(ROOT, '_locales'));

/** Every key the popup asks `t()` for, read from its sources: a key missing from a language shows as the bare key. */
function popupKeys(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name))
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/'(popup[A-Z]\w+)'/g)) keys.add(m[1]!);
    }
  };
  walk(path.join(ROOT, 'popup'));
  const kinds: BoilerplateKind[] = [
    'comments',
    'comment-form',
    'login',
    'share',
    'likes',
    'related',
    'subscribe',
    'author-box',
    'ads',
  ];
  for (const k of kinds) keys.add(kindKey(k));
  return [...keys];
}

/** Files under `dir` (recursively) that hold code. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

// A message key as code writes it: quoted, a surface prefix and a capital (`'readerPrint'`), or another helper's `harden_…`.
const KEY =
  /['"`]((?:ext|action|command|popup|block|reader|library|options|stub|menu|badge|error|embed|export)[A-Z]\w*|(?:harden|extract)_\w+)['"`]/g;

/** Every message key named anywhere in the extension's code or in the manifest (`__MSG_key__`). */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'popup'))]) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(KEY)) keys.add(m[1]!);
  }
  for (const m of fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) keys.add(m[1]!);
  return keys;
}

describe('locales', () => {
  it('ship English and one more complete language', () => {
    expect(langs).toContain('en');
    expect(langs.length).toBeGreaterThanOrEqual(2);
  });

  it.each(langs.filter((l) => l !== 'en'))('%s has every English key, with the same placeholders', (lang) => {
    const en = read('en');
    const other = read(lang);
    expect(Object.keys(en).filter((k) => !(k in other))).toEqual([]);
    expect(Object.keys(other).filter((k) => !(k in en))).toEqual([]);
    for (const [key, value] of Object.entries(en)) {
      expect(Object.keys(other[key]?.placeholders ?? {}), key).toEqual(Object.keys(value.placeholders ?? {}));
      expect(other[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('has every message the popup uses', () => {
    const en = read('en');
    expect(popupKeys().filter((k) => !(k in en))).toEqual([]);
  });

  it('has every message the code and the manifest name', () => {
    const en = read('en');
    expect([...usedKeys()].filter((k) => !(k in en))).toEqual([]);
  });

  it('holds no message that nothing uses', () => {
    const used = usedKeys();
    expect(Object.keys(read('en')).filter((k) => !used.has(k))).toEqual([]);
  });

  it('ships English, German, French and Spanish', () => {
    expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('uses each placeholder it declares, in every language', () => {
    for (const lang of langs) {
      for (const [key, value] of Object.entries(read(lang))) {
        for (const name of Object.keys(value.placeholders ?? {}))
          expect(value.message.toUpperCase(), `${lang}/${key}`).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });
});
