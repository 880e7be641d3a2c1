/** Small display helpers for the library page. */
import { formatLocalDay, formatPageDate } from '../../core/page-date';

/** A page's date, "16 Feb 2014" in the user's locale on the page's own day, or '' for a missing or bad date. */
export function shortDate(value: string | null | undefined): string {
  return formatPageDate(value, undefined, 'medium') ?? '';
}

/** When the user saved an item (a moment we recorded): that day on the user's clock, in their locale. */
export function savedDate(instant: string): string {
  return formatLocalDay(instant, undefined, 'medium');
}

/** "2.4 MB" */
export function bytes(n: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(n < 10 ? 1 : 0)} ${units[i]}`;
}

/** "1 item", "3 items" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
