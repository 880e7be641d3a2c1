// Deterministic generator of huge WordPress-like pages (an article plus a comment list), for the
// huge-page e2e tests and `npm run bench`. Committed fixtures stay small: these pages are built at
// test/bench time and served by the test server under /generated/<name>.html.

const WORDS = (
  'the film score scene light quiet voice story actor camera city night letter music love ' +
  'writer frame colour moment silence window rain street summer memory director screen dialogue ' +
  'performance character ending opening review season small warm careful honest slow bright'
).split(' ');

/** A small seeded PRNG (mulberry32), so the same name always gives the same page. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(rand) {
  const n = 3 + Math.floor(rand() * 4);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(sentence(rand, 8 + Math.floor(rand() * 10)));
  return `<p>${parts.join(' ')}</p>\n`;
}

function comment(rand, i) {
  const id = 10_000 + i;
  return `<li class="comment byuser even thread-even depth-1" id="li-comment-${id}">
<article id="comment-${id}" class="comment"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader ${i}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${id}"><time datetime="2014-02-17T09:12:00+00:00">February 17, 2014</time></a></div></footer>
<div class="comment-content"><p>${sentence(rand, 10 + Math.floor(rand() * 14))}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${id}#respond">Reply</a></div></article></li>\n`;
}

function head(title) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>${title} | Big Blog</title>
<meta name="generator" content="WordPress 6.4">
<link rel="https://api.w.org/" href="/wp-json/">
<style>body{font:17px/1.6 Georgia,serif;max-width:50rem;margin:auto}.comment{border-top:1px solid #eee}</style>
</head>
<body class="post-template-default single single-post postid-42">
<div id="page" class="site"><header class="site-header"><p class="site-title"><a href="/">Big Blog</a></p></header>
<main id="main" class="site-main">
<article id="post-42" class="post-42 post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">${title}</h1><div class="entry-meta">Posted on <time datetime="2024-03-01">March 1, 2024</time> by <span class="author vcard">Sam Reel</span></div></header>
<div class="entry-content">\n`;
}

const FORM = `<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>\n`;

/**
 * Builds one page: `articleBytes` of article paragraphs, `comments` comments, and optionally
 * `nesting` nested divs around one paragraph of the article.
 */
export function buildPage({ title, articleBytes = 20_000, comments = 10, nesting = 0, seed = 1 }) {
  const rand = rng(seed);
  const parts = [head(title)];
  let size = 0;
  while (size < articleBytes) {
    const p = paragraph(rand);
    parts.push(p);
    size += p.length;
  }
  if (nesting > 0) {
    parts.push('<div class="wp-block-group">'.repeat(nesting), paragraph(rand), '</div>'.repeat(nesting), '\n');
  }
  parts.push('<p class="review-rating"><strong>Rating: 4/5</strong></p>\n</div>\n</article>\n');
  parts.push(
    `<div id="comments" class="comments-area"><h2 class="comments-title">${comments} thoughts on &ldquo;${title}&rdquo;</h2>\n<ol class="comment-list commentlist">\n`,
  );
  for (let i = 0; i < comments; i++) parts.push(comment(rand, i));
  parts.push(
    '</ol>\n',
    FORM,
    '</div>\n</main>\n<footer class="site-footer">Blog at WordPress.com.</footer></div>\n</body>\n</html>\n',
  );
  return parts.join('');
}

const MB = 1024 * 1024;
/** Bytes one generated comment takes on average (measured on this generator). */
const COMMENT_BYTES = 636;

/** A page of about `bytes` bytes: a third article, two thirds comments (long threads make pages huge). */
export function pageOfSize(bytes, seed = 7) {
  return buildPage({
    title: `A ${Math.round(bytes / MB)} MB review`,
    articleBytes: Math.round(bytes / 3),
    comments: Math.round((bytes * 2) / 3 / COMMENT_BYTES),
    seed,
  });
}

/** The named generated pages, served at /generated/<name>.html. */
export const GENERATED = {
  'mb-1': () => pageOfSize(1 * MB),
  'mb-2': () => pageOfSize(2 * MB),
  'mb-5': () => pageOfSize(5 * MB),
  'mb-10': () => pageOfSize(10 * MB),
  'article-10mb': () => buildPage({ title: 'A very long review', articleBytes: 10 * MB, comments: 20, seed: 3 }),
  'comments-50000': () =>
    buildPage({ title: 'A review with 50,000 comments', articleBytes: 12_000, comments: 50_000, seed: 5 }),
  'nested-10000': () =>
    buildPage({ title: 'A deeply nested review', articleBytes: 12_000, comments: 12, nesting: 10_000, seed: 9 }),
};

const cache = new Map();

/** The HTML of a named generated page, or null for an unknown name (built once, then cached). */
export function generatedPage(name) {
  if (!Object.hasOwn(GENERATED, name)) return null;
  if (!cache.has(name)) cache.set(name, GENERATED[name]());
  return cache.get(name);
}
