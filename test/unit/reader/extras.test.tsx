import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CommentsSection, RemovedPanel } from '../../../src/pages/reader/extras';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('what the reader left out', () => {
  it('folds the comments by default and shows author, date and text only', () => {
    const root = mount(
      <CommentsSection
        comments={{
          count: 3,
          items: [
            { author: 'Marta', date: '2024-03-12', text: 'Thank you.\n\nSecond paragraph.' },
            { author: '', date: null, text: 'No name here.' },
            { author: 'Jo', date: 'last week', text: 'Late.' },
          ],
        }}
      />,
    );
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Comments (3)');
    expect(Array.from(details.querySelectorAll('.qr-author'), (a) => a.textContent)).toEqual([
      'Marta',
      'Anonymous',
      'Jo',
    ]);
    // A date as readers write it, in the browser's language, the same day in every time zone; what is no date stays as written.
    const day = details.querySelector('time.qr-date');
    expect(day?.getAttribute('datetime')).toBe('2024-03-12'); // a date alone stays one
    expect(day?.textContent).toBe(
      new Date(Date.UTC(2024, 2, 12)).toLocaleDateString(undefined, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }),
    );
    expect(day?.textContent).toMatch(/2024/);
    expect(day?.textContent).not.toBe('2024-03-12');
    expect(Array.from(details.querySelectorAll('.qr-date'), (d) => d.textContent)[1]).toBe('last week');
    expect(details.querySelectorAll('.qr-comment')[0]?.querySelectorAll('p:not(.qr-comment-head)')).toHaveLength(2);
    expect(details.querySelectorAll('form, input, textarea, button, a')).toHaveLength(0);
  });

  it('shows no comments section when the page had none', () => {
    expect(mount(<CommentsSection comments={{ count: 0, items: [] }} />).innerHTML).toBe('');
  });

  it('lists each removed block with its kind, label and size', () => {
    const root = mount(
      <RemovedPanel
        removed={[
          { kind: 'comments', label: '4 comments', textLength: 1147 },
          { kind: 'share', label: 'Share buttons', textLength: 1 },
        ]}
      />,
    );
    const rows = Array.from(root.querySelectorAll('li'), (li) => Array.from(li.children, (c) => c.textContent));
    expect(rows).toEqual([
      ['Comments', '4 comments', `${(1147).toLocaleString()} characters`],
      ['Share buttons', '1 character'],
    ]);
  });
});
