/**
 * Pages the extension may not touch: the browser's own pages, the extension stores, the PDF viewer,
 * and `file://` without the user's permission. Detected by URL first, and by a failing injection
 * when the URL is hidden from us (no `tabs` permission: `tab.url` is unset off our host permissions).
 */

export type RestrictedReason = 'browser-page' | 'store' | 'pdf' | 'file-access';

const BROWSER_SCHEMES = [
  'chrome:',
  'about:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'chrome-extension:',
  'extension:',
  'view-source:',
  'devtools:',
  'chrome-search:',
  'chrome-untrusted:',
  'resource:',
  'jar:',
  'data:',
  'blob:',
  'javascript:',
];

// Both browsers refuse scripts on their stores, whatever the host permissions say.
const STORE_HOSTS: [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.allizom.org', '/'],
  ['addons-dev.allizom.org', '/'],
];

/** Why a URL is off-limits, or null when the extension may read it. `fileAccess`: `extension.isAllowedFileSchemeAccess()`. */
export function restrictedReason(url: string | undefined, fileAccess: boolean): RestrictedReason | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  // Chrome's PDF viewer runs as an extension page; Firefox's pdf.js keeps the file's URL, so a .pdf path is the hint.
  if (u.protocol === 'chrome-extension:' && u.hostname === 'mhjfbmdgcfjbbpaeojofohoefgiehjai') return 'pdf';
  if (BROWSER_SCHEMES.includes(u.protocol)) return 'browser-page';
  if (STORE_HOSTS.some(([host, path]) => u.hostname === host && u.pathname.startsWith(path))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  if (u.protocol === 'file:' && !fileAccess) return 'file-access';
  return null;
}

/** Whether an injection/messaging error means "this page is off-limits" rather than a bug or a hiccup. */
export function isAccessDenied(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/ url|permission to access|no permission/i.test(
    message,
  );
}
