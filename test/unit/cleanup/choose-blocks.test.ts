import { vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
vi.mock('../../../src/native-browser', async () => ({ nativeBrowser: (await import('./fake-browser')).fakeBrowser }));
import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../src/core/find-boilerplate';
import { chooseBlocks } from '../../../src/content/cleanup';
import { detectPage } from '../../../src/content/page-tokens';
import { loadFixture } from './helpers';

const kinds = (name: string, level: 'all' | 'confident') => {
  const doc = loadFixture(name);
  return chooseBlocks(findBoilerplate(doc), level).map((m) => m.kind);
};

describe('which blocks are folded', () => {
  it.each([
    ['wpcom-highlander.html', ['share', 'comments', 'subscribe']],
    ['classic-theme.html', ['comments']],
    ['block-theme.html', ['share', 'likes', 'comments']],
    ['jetpack-share.html', ['share', 'subscribe']],
  ])('folds the chrome of %s', (name, expected) => {
    expect(kinds(name, 'all')).toEqual(expected);
  });

  it('folds a Disqus thread on a page that is not WordPress', () => {
    expect(detectPage(loadFixture('disqus.html')).platform.isWordPress).toBe(false);
    expect(kinds('disqus.html', 'confident')).toEqual(['comments']);
  });

  it.each(['code-tutorial.html', 'forum-thread.html', 'news.html'])('leaves %s untouched at every level', (name) => {
    expect(kinds(name, 'all')).toEqual([]);
    expect(kinds(name, 'confident')).toEqual([]);
  });

  it('folds nothing when cleanup is off', () => {
    const doc = loadFixture('wpcom-highlander.html');
    expect(chooseBlocks(findBoilerplate(doc), 'off')).toEqual([]);
  });

  it('detects the WordPress.com review as wordpress, review and article', () => {
    const facts = detectPage(loadFixture('wpcom-highlander.html'));
    expect([facts.platform.isWordPress, facts.isReview, facts.isArticle]).toEqual([true, true, true]);
  });
});
