export interface PageSpec {
  title: string;
  articleBytes?: number;
  comments?: number;
  nesting?: number;
  seed?: number;
}
/** Builds one WordPress-like page. */
export function buildPage(spec: PageSpec): string;
/** A page of about `bytes` bytes. */
export function pageOfSize(bytes: number, seed?: number): string;
export const GENERATED: Record<string, () => string>;
/** The HTML of a named generated page, or null. */
export function generatedPage(name: string): string | null;
