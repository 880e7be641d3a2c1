/** File names for exports: readable, portable (ASCII, no reserved characters), unique within a zip. */
import { formatLocalDay } from '../core/page-date';

/** "Her (2013): a quiet film" → "her-2013-a-quiet-film". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** Returns a function that hands out `base.ext`, then `base-2.ext`, … for repeated bases. */
export function uniqueNamer(): (base: string, ext: string) => string {
  const used = new Set<string>();
  return (base, ext) => {
    let name = `${base}.${ext}`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.${ext}`;
    used.add(name);
    return name;
  };
}

/** `quietread-library-2025-03-01` for an export made on that day. */
export function exportBaseName(now = new Date()): string {
  return `quietread-library-${formatLocalDay(now, null)}`;
}
