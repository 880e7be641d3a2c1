/**
 * The one kind of URL a saved item may carry: absolute http(s). An imported file can hold anything,
 * and `javascript:`, `data:` or `vbscript:` written as an export's `href` (or a Markdown link, or
 * front matter a site generator turns into one) would run when clicked. Checked on import and again
 * on every export, since the store may hold items imported before this check existed.
 */

/** Whether `value` is an absolute http: or https: URL. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** `value` when it is an http(s) URL, else null (an export then writes it as text, never as a link). */
export function httpUrlOrNull(value: string): string | null {
  return isHttpUrl(value) ? value : null;
}
