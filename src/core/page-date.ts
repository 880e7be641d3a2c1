/**
 * Dates as the page states them. A page says "2014-02-16" (a day), "2014-02-16T19:03:41+00:00" (a
 * moment on the author's clock) or "February 16, 2014 at 7:03 pm" (words). We keep the day the page
 * names: a date alone stays a date alone, a moment keeps its own offset, and words become the date
 * (and time) they spell, with no zone added. Converting to UTC would move the day: a post of
 * 19:03 on the 16th in London is the 17th in Kiritimati, and a bare day parsed as UTC midnight is
 * the day before in New York.
 *
 * Every surface (popup, reader, library, exports, CLI) formats through here: one formatter.
 */

/** `YYYY-MM-DD`, optionally followed by a time (and an offset), as ISO 8601 writes it. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const pad = (n: number) => String(n).padStart(2, '0');

/** The day and, when stated, the time of a kept date. */
export interface PageDateParts {
  year: number;
  month: number;
  day: number;
  /** `HH:MM` on the page's clock, or null for a date alone. */
  time: string | null;
}

/**
 * A date from a page, kept as stated: ISO text as given (`2014-02-16`, `2014-02-16T19:03:41+00:00`),
 * words as a floating ISO date (`2014-02-16`) or date and time (`2014-02-16T19:03`); null when it is no date.
 */
export function keepPageDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? text.replace(' ', 'T') : null;
  // Words ("February 16, 2014", "16 February 2014 at 7:03 pm"): the engine reads them on the local
  // clock, and the local fields give back what was written, whatever the zone.
  const t = Date.parse(text.replace(/\s+at\s+/i, ' '));
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (/[+-]\d{2}:?\d{2}\b|\b(?:GMT|UTC|Z)\b/.test(text)) return new Date(t).toISOString(); // a zone was stated: a moment
  return /\d:\d\d/.test(text) ? `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}` : day;
}

function validDay(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** The day (and time) a kept date names, on the page's own clock; null when it is no date. */
export function pageDateParts(value: string | null | undefined): PageDateParts | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validDay(year, month, day)
      ? { year, month, day, time: iso[4] ? `${iso[4]}:${iso[5] ?? '00'}` : null }
      : null;
  }
  const kept = keepPageDate(text);
  return kept && ISO.test(kept) ? pageDateParts(kept) : null;
}

/** The page's day as `YYYY-MM-DD` (front matter, file names), never shifted by a time zone; null when no date. */
export function pageDay(value: string | null | undefined): string | null {
  const p = pageDateParts(value);
  return p ? `${p.year}-${pad(p.month)}-${pad(p.day)}` : null;
}

/**
 * A page's date for people: the page's day in the user's locale through Intl ("February 16, 2014",
 * "16. Februar 2014"). `style` as Intl's dateStyle. Null when it is no date.
 */
export function formatPageDate(
  value: string | null | undefined,
  locale?: string | string[],
  style: 'long' | 'medium' = 'long',
): string | null {
  const p = pageDateParts(value);
  if (!p) return null;
  // The page's day, drawn at noon UTC and formatted in UTC: no zone can move it.
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day, 12));
  return dateFormat(locale, style).format(date);
}

function dateFormat(locale: string | string[] | undefined, style: 'long' | 'medium'): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: style, timeZone: 'UTC' }); // a malformed locale tag
  }
}

/**
 * A moment the extension recorded itself (saved at, exported at: `toISOString()`), as the user's
 * local day: in their locale for people, or `YYYY-MM-DD` when `locale` is null.
 */
export function formatLocalDay(
  instant: string | Date,
  locale: string | string[] | undefined | null,
  style: 'long' | 'medium' = 'medium',
): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return '';
  if (locale === null) return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: style }).format(d);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: style }).format(d);
  }
}
