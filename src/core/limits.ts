/**
 * Size limits of the core. Past them `analyzePage` answers `too-large` instead of freezing a tab
 * or the CLI: Readability walks the DOM several times, so its cost grows with the element count.
 */
export const LIMITS = {
  /** Elements in the document; the largest page of the development corpus has about 12 000. */
  maxElements: 60_000,
  /** Bytes of HTML (callers that know the size pass it as `byteLength`; the CLI always does). */
  maxBytes: 8 * 1024 * 1024,
  /** Elements `findBoilerplate` inspects in its text-signature pass (the selector pass is unbounded). */
  maxScanNodes: 4_000,
  /** Below this many characters of text a page counts as `empty`. */
  minTextChars: 1,
} as const;
