import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FOLD_MESSAGE_KEYS } from '../../../src/fold-messages';
import en from '../../../_locales/en/messages.json';
import de from '../../../_locales/de/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const SRC = path.resolve(import.meta.dirname, '../../../src');

/** `chrome.i18n.getMessage` as Chrome does it, on one catalogue: named placeholders, then `$1`… from `subs`. */
function getMessageFrom(catalogue: Record<string, Entry>) {
  return vi.fn((key: string, subs: string[] = []) => {
    const entry = catalogue[key];
    if (!entry) return '';
    return entry.message
      .replace(/\$(\w+)\$/g, (m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? m)
      .replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
  });
}

const scope = globalThis as unknown as { chrome?: unknown };

afterEach(() => {
  delete scope.chrome;
  vi.resetModules();
});

describe('the fold code’s messages, fetched ahead by the background', () => {
  it('lists every message the fold code’s own files ask for, each in the catalogue', () => {
    const dir = path.join(SRC, 'content');
    const asked = new Set<string>();
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\btranslate\(\s*'(\w+)'/g)) asked.add(m[1]!);
      // a key chosen by a condition: translate(open ? 'a' : 'b')
      for (const m of fs
        .readFileSync(path.join(dir, f), 'utf8')
        .matchAll(/\btranslate\([^)]*?\?\s*'(\w+)'\s*:\s*'(\w+)'/g))
        [m[1]!, m[2]!].forEach((k) => asked.add(k));
    }
    expect(asked.size).toBeGreaterThanOrEqual(3);
    for (const key of asked) expect(FOLD_MESSAGE_KEYS).toContain(key);
    for (const key of FOLD_MESSAGE_KEYS) expect(Object.keys(en)).toContain(key);
  });

  it('answers in the user’s language with the placeholders filled, and never calls getMessage on the page', async () => {
    // The background's side: the API in German.
    scope.chrome = { i18n: { getMessage: getMessageFrom(de as Record<string, Entry>) } };
    const background = await import('../../../src/i18n');
    const messages = background.messagesAhead(FOLD_MESSAGE_KEYS);
    vi.resetModules();

    // The page's side: an API that must not be called for these keys.
    const onPage = getMessageFrom(de as Record<string, Entry>);
    scope.chrome = { i18n: { getMessage: onPage } };
    const page = await import('../../../src/i18n');
    page.useMessagesAhead(messages);
    expect(page.translate('blockCommentCount', [12])).toBe('12 Kommentare');
    expect(page.translate('blockListAnd', ['Teilen-Buttons', 'Likes'])).toBe('Teilen-Buttons und Likes');
    expect(page.translate('stubReader')).toBe((de as Record<string, Entry>).stubReader!.message);
    expect(onPage).not.toHaveBeenCalled();
    // A key not fetched ahead still goes to the API.
    page.translate('popupUntitled');
    expect(onPage).toHaveBeenCalledTimes(1);
  });

  it('ignores a reply without messages (an older background) and keeps asking the API', async () => {
    const onPage = getMessageFrom(en as Record<string, Entry>);
    scope.chrome = { i18n: { getMessage: onPage } };
    const page = await import('../../../src/i18n');
    page.useMessagesAhead(undefined);
    expect(page.translate('blockCommentCount', [2])).toBe('2 comments');
    expect(onPage).toHaveBeenCalledTimes(1);
  });
});
