/**
 * The user's-language sentence for a library or save failure. The library and the background keep
 * an English `message` (logs, the CLI); what a person reads is chosen here by the failure's code,
 * with the English detail only where it is the browser's own words (an unexpected exception).
 */
import { translate } from './i18n';

// Codes of `LibraryError` (src/library/types.ts) and `SaveReply` (src/messages.ts); a shared module may not import the library.
const BY_CODE: Record<string, string> = {
  'quota-exceeded': 'errorLibraryFull',
  'not-found': 'errorNotFound',
  'not-an-export': 'errorNotAnExport',
  damaged: 'errorDamaged',
  'unsupported-version': 'errorUnsupportedVersion',
  invalid: 'errorNotArticle',
};

/** "Der Browserspeicher für Quietread ist voll …" for `{ error: 'quota-exceeded' }`; unknown codes keep their detail. */
export function libraryErrorText(failure: { error: string; message: string }): string {
  const key = BY_CODE[failure.error];
  return key ? translate(key) : translate('errorLibraryFailed', [failure.message]);
}
