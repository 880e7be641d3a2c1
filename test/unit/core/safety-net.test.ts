import { describe, expect, test } from 'vitest';
import { analyzePage } from '../../../src/core/analyze';
import { RemovalJournal } from '../../../src/core/removal-journal';
import { referenceOf, removalsToUndo, trimWithNet, weighTaken } from '../../../src/core/safety-net';

// The safety net weighs each cleanup step against plain Readability's article on the same page.

const URL = 'https://trails.example.com/2024/05/hikes/';
const para = (i: number) =>
  `<p>Trail ${i} climbs through beech woods to a ridge with a view of the lake, and the descent follows a stream past two old mills.</p>`;
const paras = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('');

function body(html: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>Ten hikes</title></head><body>${html}</body></html>`,
    'text/html',
  );
}

describe('the safety net on the analysis', () => {
  test('puts back a multi-paragraph section that a boilerplate heading took, and says why', () => {
    // No article wrapper: the heading "Most popular" reads as a related-posts widget, yet its section is the article's.
    const doc = body(
      `<div id="story"><h1>Ten hikes</h1>${paras(0, 4)}<section><h2>Most popular</h2>${paras(4, 5)}</section></div>`,
    );
    const a = analyzePage(doc, URL);
    if (!a.ok) throw new Error(a.error);
    expect(a.value.textContent).toContain('Trail 6 climbs');
    expect(a.value.extraction.undone).toHaveLength(1);
    expect(a.value.extraction.undone[0]).toMatchObject({ step: 'boilerplate' });
    expect(a.value.extraction.undone[0]?.reason).toMatch(
      /heading-related, by its heading or label: it took \d+% of plain Readability's words and 5 of its paragraphs/,
    );
  });

  test('leaves a comment section out even when plain Readability took it for the article', () => {
    const doc = body(`<article><div class="entry-content"><h1>Ten hikes</h1>${paras(0, 3)}</div></article>
      <div id="comments" class="comments-area"><h2>3 comments</h2><ol class="comment-list">${paras(10, 6).replace(/<p>/g, '<li class="comment"><p>').replace(/<\/p>/g, '</p></li>')}</ol></div>`);
    const a = analyzePage(doc, URL);
    if (!a.ok) throw new Error(a.error);
    expect(a.value.textContent).not.toContain('Trail 12 climbs');
    expect(a.value.extraction.undone).toEqual([]);
  });
});

describe('weighing a step', () => {
  const ref = referenceOf(
    [0, 1, 2, 3, 4, 5]
      .map((i) => `Paragraph ${i} has enough words about the river, the bridge and the town to count as prose here.`)
      .join('\n\n'),
  );

  test('counts only the blocks plain Readability kept', () => {
    const w = weighTaken(
      'Paragraph 1 has enough words about the river, the bridge and the town to count as prose here.\n\nShare this:',
      ref,
    );
    expect(w.paragraphs).toBe(1);
    expect(w.share).toBeCloseTo(1 / 6);
  });

  test('undoes a trim that took several of its paragraphs, keeps a small one', () => {
    const doc = body('');
    const content = doc.createElement('div');
    content.innerHTML = ref.blocks.size ? [...ref.blocks].map((b) => `<p>${b}</p>`).join('') : '';
    const undone = trimWithNet(
      content,
      'tail-trim',
      (c) => {
        for (const p of Array.from(c.querySelectorAll('p')).slice(2)) p.remove();
        return 4;
      },
      ref,
    );
    expect(undone?.reason).toMatch(/4 of its paragraphs/);
    expect(content.querySelectorAll('p')).toHaveLength(6);
    expect(trimWithNet(content, 'tail-trim', (c) => (c.lastElementChild?.remove(), 1), ref)).toBeNull();
    expect(content.querySelectorAll('p')).toHaveLength(5);
  });

  test('never undoes comment markup, and takes links as evidence of navigation', () => {
    const doc = body(
      `<div id="a">${[...ref.blocks].map((b) => `<p><a href="/x">${b}</a></p>`).join('')}</div><div id="b">${[...ref.blocks].map((b) => `<p>${b}</p>`).join('')}</div>`,
    );
    const journal = new RemovalJournal();
    const a = doc.getElementById('a') as Element;
    const b = doc.getElementById('b') as Element;
    journal.remove(a, { step: 'site-chrome', kind: 'chrome', label: '<div>', reason: 'menu', evidence: 'layout' });
    journal.remove(b, {
      step: 'boilerplate',
      kind: 'comments',
      label: '6 comments',
      reason: 'rule',
      evidence: 'certain',
    });
    // Links: a layout step stays unless it took most of the article.
    expect(removalsToUndo(journal.removals, ref).undo.size).toBe(1);
    const links = referenceOf([...ref.blocks].slice(0, 2).join('\n\n') + '\n\n' + 'filler words '.repeat(60));
    expect(removalsToUndo(journal.removals, links).undo.size).toBe(0);
  });
});

describe('RemovalJournal', () => {
  test('puts the undone blocks back in their places and keeps the others out', () => {
    const doc = body('<div id="r"><p id="a">a</p><p id="b">b</p><p id="c">c</p><p id="d">d</p></div>');
    const journal = new RemovalJournal();
    for (const id of ['b', 'c', 'a'])
      journal.remove(doc.getElementById(id) as Element, {
        step: 'boilerplate',
        kind: 'ads',
        label: id,
        reason: 'r',
        evidence: 'text',
      });
    const [b, , a] = journal.removals;
    journal.restore(new Set([a, b].filter((x) => x !== undefined)));
    expect(Array.from((doc.getElementById('r') as Element).children).map((e) => e.id)).toEqual(['a', 'b', 'd']);
    expect(journal.removals.map((r) => r.label)).toEqual(['c']);
  });
});
