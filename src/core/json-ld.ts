/** Reads schema.org JSON-LD blocks into a flat list of objects (the `@graph`s and nested values too). */

export type JsonObject = Record<string, unknown>;

function walk(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  for (const v of Object.values(obj)) if (v !== null && typeof v === 'object') walk(v, out, depth + 1);
}

/** Every object in the document's `application/ld+json` scripts; broken blocks are skipped. */
export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      walk(JSON.parse(script.textContent ?? ''), out, 0);
    } catch {
      // Sites ship invalid JSON-LD (trailing commas, raw newlines in strings); it is only a hint.
    }
  }
  return out;
}

/** True when a JSON-LD object's `@type` (string or list) is one of `types`. */
export function hasType(obj: JsonObject, types: readonly string[]): boolean {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.some((x) => typeof x === 'string' && types.includes(x.replace(/^https?:\/\/schema\.org\//, '')));
}

/** How far `jsonText` follows nested names and lists: a real `author.name` is two or three levels deep. */
const MAX_TEXT_DEPTH = 8;

/** A JSON-LD value as text: strings as they are, `{ name }` objects and lists by their names. */
export function jsonText(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  // A crafted `{"name":{"name":…}}` 100,000 deep must end in null, not in a stack overflow.
  if (depth >= MAX_TEXT_DEPTH) return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => jsonText(v, depth + 1)).filter((v): v is string => !!v);
    return parts.length ? parts.join(', ') : null;
  }
  if (value && typeof value === 'object') return jsonText((value as JsonObject).name, depth + 1);
  return null;
}
