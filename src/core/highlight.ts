/** A highlight of a saved item: the shape the library stores, exports and the reader draws. */
import type { TextPositionSelector, TextQuoteSelector } from './anchor';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A marked passage of a saved item, with an optional note. */
export interface Highlight {
  id: string;
  color: HighlightColor;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** W3C Web Annotation selectors over the item's `textContent`. */
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Set when the item's text changed and the quote could not be placed for sure: kept and listed, never dropped. */
  orphaned?: boolean;
}
