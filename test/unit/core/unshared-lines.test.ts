import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { chooseAmongCandidates } from '../../../src/core/article-candidates';
import { blockText } from '../../../src/core/block-text';

const PARAS = Array.from(
  { length: 30 },
  (_, i) =>
    `<p>Paragraph ${i} of the review tells how the second act of the film turns the road trip into a story about two sisters.</p>`,
).join('');

test('drops the short lines of the cleaned article that Defuddle, agreeing on the rest, does not have; keeps embeds, pictures and table cells', () => {
  const { document } = parseHTML(`<!doctype html><html><body><main>${PARAS}</main></body></html>`);
  const doc = document as unknown as Document;
  const cleaned = doc.createElement('div');
  cleaned.innerHTML =
    `<p>Share this article</p>${PARAS}<div><p>Article continues below</p></div><ul><li>6 mittelgroße Eier</li></ul>` +
    '<p><a href="https://www.youtube.com/embed/x">Embedded content from youtube.com</a></p>' +
    '<figure><img src="https://example.com/a.jpg"><figcaption>Still from the film</figcaption></figure>' +
    '<table><tr><td>Runtime</td><td>98 min</td></tr></table>';
  const def = doc.createElement('div');
  def.innerHTML = PARAS; // nothing of the short lines: only their kind keeps them
  const plain = cleaned.cloneNode(true) as Element;
  const chosen = chooseAmongCandidates(
    doc,
    'https://example.com/review/',
    cleaned,
    new Map([
      ['plain', { content: plain, text: blockText(plain) }],
      ['defuddle', { content: def, text: blockText(def) }],
    ]),
  );
  expect(chosen.choice.name).toBe('cleaned');
  expect(chosen.dropped).toBe(3); // the two promo lines and the caption: the picture itself stays
  expect(chosen.textContent).not.toMatch(/Share this article|Article continues below/);
  expect(chosen.textContent).toContain('Paragraph 29 of the review');
  expect(chosen.textContent).toContain('Embedded content from youtube.com');
  expect(chosen.content.querySelector('figure img')).not.toBeNull();
  expect(chosen.textContent).toContain('98 min');
  expect(chosen.textContent).toContain('6 mittelgroße Eier'); // a list's item (an ingredient) is the article's own
  expect(chosen.content.innerHTML).not.toContain('Share this article');
});

test('drops nothing on a discussion thread: its short lines are posts', () => {
  const { document } = parseHTML(`<!doctype html><html><body><main>${PARAS}</main></body></html>`);
  const doc = document as unknown as Document;
  const cleaned = doc.createElement('div');
  cleaned.innerHTML = `${PARAS}<p>Same here, thanks!</p>`;
  const def = doc.createElement('div');
  def.innerHTML = PARAS;
  const others = new Map([['defuddle' as const, { content: def, text: blockText(def) }]]);
  expect(
    chooseAmongCandidates(doc, 'https://example.com/t/1', cleaned.cloneNode(true) as Element, others).dropped,
  ).toBe(1);
  const kept = chooseAmongCandidates(doc, 'https://example.com/t/1', cleaned, others, true);
  expect(kept.dropped).toBe(0);
  expect(kept.textContent).toContain('Same here, thanks!');
});
