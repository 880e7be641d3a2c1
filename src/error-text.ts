/**
 * The user's-language sentence for a library or save failure. The library and the background write
 * an English `message`, often more precise than one sentence per code ("item 3 has a missing
 * title"): English readers get it as is; other languages get the translated sentence of the
 * failure's code, and the English detail only for an unexpected exception (the browser's own words).
 */
import { translate, uiLanguage } from './i18n';

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
  if (/^en\b/i.test(uiLanguage())) return failure.message;
  const key = BY_CODE[failure.error];
  return key ? translate(key) : translate('errorLibraryFailed', [failure.message]);
}

const SYNC_BY_CODE: Record<string, string> = {
  unauthorized: 'errorSyncUnauthorized',
  unreachable: 'errorSyncUnreachable',
  quota: 'errorSyncQuota',
  changed: 'errorSyncChanged',
  locked: 'errorSyncLocked',
  damaged: 'errorSyncDamaged',
  passphrase: 'errorSyncPassphrase',
  'not-dav': 'errorSyncNotDav',
};

/** The plain-words sentence for a sync failure code (SyncError in src/sync/types.ts): 401, unreachable, 507, 412… */
export function syncErrorText(failure: { error?: string; message?: string }): string {
  const key = failure.error ? SYNC_BY_CODE[failure.error] : undefined;
  return key ? translate(key) : translate('errorSyncFailed', [failure.message ?? '']);
}
