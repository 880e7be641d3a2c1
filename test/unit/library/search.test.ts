import { describe, expect, it } from 'vitest';
import { applyFilters, facets, NO_FILTERS } from '../../../src/library/filter';
import { createSearchIndex } from '../../../src/library/search';
import type { SavedItem } from '../../../src/library/types';
import { newItem } from './helpers';

const item = (n: number, over: Partial<SavedItem> = {}): SavedItem => ({
  ...newItem(n),
  id: `id-${n}`,
  savedAt: `2025-01-0${n}T00:00:00.000Z`,
  updatedAt: `2025-01-0${n}T00:00:00.000Z`,
  tags: [],
  ...over,
});

const items = [
  item(3, {
    title: 'Dune, part two',
    siteName: 'Film Notes',
    textContent: 'Sand, spice and a thunderous score.',
    tags: ['film'],
    rating: { value: 9, best: 10, text: '9/10' },
  }),
  item(2, {
    title: 'A bakery in Lyon',
    siteName: 'Crumbs',
    textContent: 'The croissants were flaky and buttery.',
    isReview: true,
    rating: { value: 3, best: 5, text: '3/5' },
  }),
  item(1, {
    title: 'Notes on walking',
    siteName: 'Crumbs',
    textContent: 'Not a review: an essay about walking.',
    isReview: false,
    rating: null,
  }),
];

describe('library search and filters', () => {
  const index = createSearchIndex(items);
  const titles = (list: SavedItem[]) => list.map((i) => i.title);

  it('finds an item by a word from its body', () => {
    expect(titles(applyFilters(items, { ...NO_FILTERS, query: 'croissants' }, index))).toEqual(['A bakery in Lyon']);
  });

  it('matches the word being typed as a prefix and forgives a typo in a long word', () => {
    expect(titles(applyFilters(items, { ...NO_FILTERS, query: 'thunder' }, index))).toEqual(['Dune, part two']);
    expect(titles(applyFilters(items, { ...NO_FILTERS, query: 'croisants' }, index))).toEqual(['A bakery in Lyon']);
  });

  it('searches the site name and the title', () => {
    expect(titles(applyFilters(items, { ...NO_FILTERS, query: 'crumbs' }, index)).sort()).toEqual([
      'A bakery in Lyon',
      'Notes on walking',
    ]);
    expect(titles(applyFilters(items, { ...NO_FILTERS, query: 'dune' }, index))).toEqual(['Dune, part two']);
  });

  it('filters by tag, site and review rating', () => {
    expect(titles(applyFilters(items, { ...NO_FILTERS, tag: 'FILM' }, index))).toEqual(['Dune, part two']);
    expect(titles(applyFilters(items, { ...NO_FILTERS, site: 'Crumbs' }, index))).toEqual([
      'A bakery in Lyon',
      'Notes on walking',
    ]);
    expect(titles(applyFilters(items, { ...NO_FILTERS, review: 'reviews' }, index))).toEqual([
      'Dune, part two',
      'A bakery in Lyon',
    ]);
    expect(titles(applyFilters(items, { ...NO_FILTERS, review: 'rated-4' }, index))).toEqual(['Dune, part two']);
  });

  it('keeps the index in step with adds and removals', () => {
    const idx = createSearchIndex(items);
    idx.remove('id-2');
    expect(idx.search('croissants')).toEqual([]);
    idx.add(item(4, { textContent: 'A new page about croissants.' }));
    expect(idx.search('croissants')).toEqual(['id-4']);
  });

  it('lists the tags and sites for the filter menus', () => {
    expect(facets(items)).toEqual({ tags: ['film'], sites: ['Crumbs', 'Film Notes'] });
  });
});
