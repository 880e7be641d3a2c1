import type { BoilerplateRule } from '../types';

// Headings that themes print above boilerplate, in the languages of the blogs we see most.
// Matched on a heading's whole text (lower case, digits as `#`; `$` ends an exact match);
// the block is the heading's section. WordPress's own strings: "Leave a Reply",
// "%1$s thoughts on “%2$s”", "One thought on “%s”"; Jetpack's "Share this:", "Like this:", "Related".

/** Comment sections announced by their heading ("12 thoughts on “Her”"). */
export const commentHeading: BoilerplateRule = {
  id: 'heading-comments',
  kind: 'comments',
  selectors: [],
  textHints: [
    '# comments$', '# comments on ', '# thoughts on ', '# responses to ', '# replies to ', '# reply to ',
    'one thought on ', 'one response to ', 'one reply to ', 'one comment on ', 'comments$', 'comments (#)$',
    '# kommentare', '# gedanken zu ', 'ein gedanke zu ', 'kommentare$', '# commentaires', '# comentarios',
    '# comentários', '# commenti', 'reader comments$', 'discussion$',
  ],
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Comment forms announced by their heading. */
export const commentFormHeading: BoilerplateRule = {
  id: 'heading-comment-form',
  kind: 'comment-form',
  selectors: [],
  textHints: [
    'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'write a comment', 'submit a comment',
    'schreibe einen kommentar', 'kommentar verfassen', 'hinterlasse einen kommentar', 'kommentar schreiben',
    'laisser un commentaire', 'deja un comentario', 'lascia un commento', 'deixe um comentário', 'deixe uma resposta',
  ],
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Share bars announced by their heading. */
export const shareHeading: BoilerplateRule = {
  id: 'heading-share',
  kind: 'share',
  selectors: [],
  textHints: ['share this:', 'share this$', 'share this post', 'share this article', 'share:$', 'teilen mit:', 'diesen beitrag teilen', 'partager :', 'partager :', 'compartir:', 'condividi:'],
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Like buttons announced by their heading. */
export const likesHeading: BoilerplateRule = {
  id: 'heading-likes',
  kind: 'likes',
  selectors: [],
  textHints: ['like this:', 'gefällt mir:', "j'aime :", 'me gusta:', 'mi piace:'],
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Related posts announced by their heading. */
export const relatedHeading: BoilerplateRule = {
  id: 'heading-related',
  kind: 'related',
  selectors: [],
  textHints: [
    'related posts', 'related articles', 'related stories', 'related reading', 'you may also like', 'you might also like',
    'you may also enjoy', 'more from ', 'read next', 'read more:', 'read also:', 'see also:', 'most read', 'most popular', 'popular posts',
    'meistgelesen', 'beliebte beiträge', 'lies auch:', 'lesen sie auch:', 'recommended for you', 'more stories', 'ähnliche beiträge',
    'ähnliche artikel', 'verwandte artikel', 'das könnte dich auch interessieren', 'das könnte sie auch interessieren',
    'auch interessant', 'weitere artikel', 'lesen sie auch', 'mehr zum thema', 'articles similaires', 'articoli correlati', 'artículos relacionados', 'posts relacionados',
  ],
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Author boxes and newsletter boxes announced by their heading. */
export const authorHeading: BoilerplateRule = {
  id: 'heading-author',
  kind: 'author-box',
  selectors: [],
  textHints: ['about the author', 'über den autor', 'über die autorin', "à propos de l'auteur", "sobre o autor", 'written by$'],
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};

/** Newsletter boxes announced by their heading. */
export const subscribeHeading: BoilerplateRule = {
  id: 'heading-subscribe',
  kind: 'subscribe',
  selectors: [],
  textHints: ['subscribe to our newsletter', 'sign up for our newsletter', 'subscribe via email', 'subscribe to blog via email', 'newsletter abonnieren', 'follow blog via email'],
  expect: { 'generic-theme': 1, 'code-tutorial': 0, 'forum-thread': 0, 'not-wordpress': 0, 'plain-news': 0 },
};
