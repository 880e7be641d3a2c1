/** Tag hygiene: tags are short, trimmed, single-spaced and unique regardless of case. */
const MAX_TAG = 40;
const MAX_TAGS = 30;

/** Cleans a list of tags: trims, folds white space, drops empties and case-insensitive duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = String(raw).replace(/\s+/g, ' ').trim().slice(0, MAX_TAG);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/** Parses what a user typed in a tag field: comma-separated. */
export function parseTagInput(text: string): string[] {
  return normalizeTags(text.split(','));
}
