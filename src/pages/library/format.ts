/** Small display helpers for the library page. */
import { formatLocalDay, formatPageDate } from '../../core/page-date';
import { uiLanguage } from '../../i18n';

/** A page's date, "16 Feb 2014" in the user's locale on the page's own day, or '' for a missing or bad date. */
export function shortDate(value: string | null | undefined): string {
  return formatPageDate(value, undefined, 'medium') ?? '';
}

/** When the user saved an item (a moment we recorded): that day on the user's clock, in their locale. */
export function savedDate(instant: string): string {
  return formatLocalDay(instant, undefined, 'medium');
}

/** "2.4 MB", "2,4 MB": Intl's own unit names in the user's language. */
export function bytes(n: number, lang = uiLanguage()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  const digits = i === 0 || n >= 10 ? 0 : 1;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[i],
    unitDisplay: i === 0 ? 'long' : 'short',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(n);
}
