/** One saved item by id, for pages that show it (the reader's `reader.html?saved=<id>`). */
import { openLibrary, type Library } from './store';
import type { LibraryResult, SavedItem } from './types';

let library: Promise<Library> | null = null;

/**
 * Reads a saved item from the library (works offline: it is all in IndexedDB). Its `contentHtml`
 * was sanitised when saved; sanitise it again before showing it (DOMPurify, RETURN_DOM_FRAGMENT).
 */
export async function getSaved(id: string): Promise<LibraryResult<SavedItem>> {
  try {
    library ??= openLibrary();
    return await (await library).get(id);
  } catch (err) {
    library = null;
    return { ok: false, error: 'failed', message: `Quietread could not open its library: ${String(err)}` };
  }
}
