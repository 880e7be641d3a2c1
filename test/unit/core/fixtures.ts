import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** What a golden fixture promises (test/fixtures/<slug>/expected.json). */
export interface FixtureExpectation {
  title: string;
  isWordPress: boolean;
  platform: string;
  isReview: boolean;
  rating: { value: number; best: number } | null;
  blocks: number;
  mustContain: string[];
  mustNotContain: string[];
}

const ROOT = join(__dirname, '../../fixtures');

/** Slugs of the core's golden fixtures (those with source.html and expected.json). */
export const CORE_FIXTURES = readdirSync(ROOT).filter(
  (slug) => existsSync(join(ROOT, slug, 'source.html')) && existsSync(join(ROOT, slug, 'expected.json')),
);

/** The fixture's HTML. */
export function fixtureHtml(slug: string): string {
  return readFileSync(join(ROOT, slug, 'source.html'), 'utf8');
}

/** The fixture parsed by the test DOM (jsdom), as a page would be. */
export function loadFixture(slug: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(slug), 'text/html');
}

/** The fixture's expectations. */
export function expected(slug: string): FixtureExpectation {
  return JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as FixtureExpectation;
}

/** Collapses whitespace, as the checks compare text. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');
