/**
 * The extension's translate function: `browser.i18n.getMessage` (the `_locales` catalogue in the
 * browser's language), else the English catalogue itself (unit tests, a context without the API).
 * Shared by every part. Importing this module also hands it to core (`setCoreTranslate`), so what
 * core words in this bundle (stub labels, embed links, size errors) is in the user's language too.
 */
import { setCoreTranslate, type Translate } from './core/boilerplate-label';
import catalogue from '../_locales/en/messages.json';

type I18n = { i18n?: { getMessage(key: string, subs?: string[]): string; getUILanguage?(): string } };
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const scope = globalThis as unknown as { browser?: I18n; chrome?: I18n };

/** What getMessage does, on the English catalogue: named placeholders, then `$1`… from `subs`. */
function fromEnglish(key: string, subs: readonly string[]): string {
  const entry = (catalogue as Record<string, Entry | undefined>)[key];
  if (!entry) return key; // a missing key shows as itself, never blank
  const named = entry.message.replace(
    /\$(\w+)\$/g,
    (m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? m,
  );
  return named.replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
}

/** Stands for `$1`…`$9` in a message fetched ahead (`messagesAhead`): a private-use character no message holds. */
const MARK = '\uE000';
const MARKS = Array.from({ length: 9 }, (_, i) => `${MARK}${i + 1}`);

let ahead: Record<string, string> | undefined;

/**
 * The messages of `keys` in the user's language, their `$1`… left to fill in (`useMessagesAhead`).
 * The background sends the fold code its few this way: a page's first `getMessage` blocks its main
 * thread about 8 ms (Chrome fetches the extension's catalogue from the browser process), on every
 * page that folds.
 */
export function messagesAhead(keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, translate(key, MARKS)]));
}

/** Makes `translate` answer from messages fetched ahead (`messagesAhead`); other keys still go to the API. */
export function useMessagesAhead(messages: Record<string, string> | undefined): void {
  if (messages && typeof messages === 'object') ahead = messages;
}

/** A message in the user's language, `$1`… filled from `subs`. */
export const translate: Translate = (key, subs = []) => {
  const strings = subs.map(String);
  const known = ahead?.[key];
  if (typeof known === 'string' && known)
    return known.replace(/\uE000(\d)/g, (_m, i: string) => strings[Number(i) - 1] ?? '');
  let found = '';
  try {
    found = (scope.browser ?? scope.chrome)?.i18n?.getMessage(key, strings) ?? '';
  } catch {
    // no API in this context: English below
  }
  return found || fromEnglish(key, strings);
};

/** The browser's UI language ("de", "en-US"), for dates, numbers and plurals; "en" without the API. */
export function uiLanguage(): string {
  try {
    return (scope.browser ?? scope.chrome)?.i18n?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

/** Picks the message for `n` by the language's plural rules (`one` for 1, and 0 in French; else `other`): `$1` is `n`, `$2`… are `more`. */
export function plural(n: number, one: string, other: string, ...more: (string | number)[]): string {
  const rule = new Intl.PluralRules(uiLanguage()).select(n);
  return translate(rule === 'one' ? one : other, [n.toLocaleString(uiLanguage()), ...more]);
}

/** The message split around its one `$1` placeholder, for text that wraps markup (a `<strong>`). */
export function splitAround(key: string): [string, string] {
  const mark = '\u0001';
  const [before = '', after = ''] = translate(key, [mark]).split(mark);
  return [before, after];
}

setCoreTranslate(translate);
