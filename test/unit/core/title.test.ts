import { expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';

const BODY =
  '<p>The salt road crosses the desert for three days, and the film follows the caravan all the way.</p>'.repeat(5);

test('takes the post title, not the site name a logo heading shares with the title suffix', () => {
  const doc = new DOMParser().parseFromString(
    `<html><head><title>Salt Road – Second Reel</title>
    <meta property="og:site_name" content="Second Reel"></head><body>
    <header><h1 class="logo"><a href="/" rel="home">Second Reel</a></h1></header>
    <article><h2 class="post-heading">Salt Road</h2><div class="entry-content">${BODY}</div></article></body></html>`,
    'text/html',
  );
  const r = analyzePage(doc, 'https://secondreel.example/salt-road/');
  if (!r.ok) throw new Error(r.error);
  expect(r.value.title).toBe('Salt Road');
});
