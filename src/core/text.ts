/** Small text helpers shared by the core; cheap enough for the content script. */

/** Collapses runs of whitespace (including non-breaking spaces) and trims. */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower-cases and writes digits as `#`, the form text signatures are compared in. */
export function signatureText(text: string | null | undefined): string {
  return normalizeSpace(text)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\d+/g, '#');
}

/** Counts words the way readers do: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}
