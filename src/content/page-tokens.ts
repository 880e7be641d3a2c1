import { detectPlatform } from '../core/detect';

/** Tokens for `html[data-quietread]`: what the page was detected as. */
export function computeTokens(doc: Document): string[] {
  const tokens = ['analysed'];
  if (detectPlatform(doc).isWordPress) tokens.push('wordpress');
  return tokens;
}

/** Writes the tokens as a space-separated list on `<html>` (tests select `html[data-quietread~="wordpress"]`). */
export function writeTokens(doc: Document, tokens: string[]): void {
  doc.documentElement.setAttribute('data-quietread', tokens.join(' '));
}
