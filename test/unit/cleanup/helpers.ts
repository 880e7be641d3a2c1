import fs from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/cleanup');

/** Loads a cleanup fixture into the test's jsdom document (so its window, hash and events are real). */
export function loadFixture(name: string): Document {
  const html = fs.readFileSync(path.join(DIR, name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
  return document;
}
