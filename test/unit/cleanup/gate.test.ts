import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { findBoilerplate } from '../../../src/core/find-boilerplate';
import { RULES } from '../../../src/core/rules/index';
import { chooseBlocks } from '../../../src/content/cleanup';
import { detectPage } from '../../../src/content/page-tokens';
import { canHaveFolds, COMMENT_MARKERS } from '../../../src/content/gate-markers';
import { loadFixture } from './helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** Every page we have: the cleanup fixtures and each fixture slug's source page. */
function allPages(): { name: string; load: () => Document }[] {
  const cleanup = fs
    .readdirSync(path.join(FIXTURES, 'cleanup'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: `cleanup/${f}`, load: () => loadFixture(f) }));
  const slugs = fs
    .readdirSync(FIXTURES)
    .filter((d) => fs.existsSync(path.join(FIXTURES, d, 'source.html')))
    .map((d) => ({
      name: `${d}/source.html`,
      load: () => {
        const parsed = new DOMParser().parseFromString(
          fs.readFileSync(path.join(FIXTURES, d, 'source.html'), 'utf8'),
          'text/html',
        );
        document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
        return document;
      },
    }));
  return [...cleanup, ...slugs];
}

describe('the gate (content.js)', () => {
  it('knows every selector of the comment, comment-form and login rules (what folds outside WordPress)', () => {
    const wanted = RULES.filter((r) => ['comments', 'comment-form', 'login'].includes(r.kind)).flatMap(
      (r) => r.selectors,
    );
    expect([...COMMENT_MARKERS].sort()).toEqual([...new Set(wanted)].sort());
  });

  it.each(allPages())(
    'lets the fold code run on $name wherever it folds something under the default settings',
    ({ load }) => {
      const doc = load();
      const facts = detectPage(doc);
      const folded = chooseBlocks(findBoilerplate(doc), facts.platform.isWordPress ? 'all' : 'confident');
      if (folded.length > 0) expect(canHaveFolds(doc)).toBe(true);
      if (facts.platform.isWordPress) expect(canHaveFolds(doc)).toBe(true);
    },
  );

  it('stops at once on a news page with no comments, where nothing can fold', () => {
    expect(canHaveFolds(loadFixture('news.html'))).toBe(false);
  });
});
