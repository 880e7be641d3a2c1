import { describe, expect, it } from 'vitest';
import { renderContent } from '../../../src/pages/reader/render-content';

const BASE = 'https://blog.example/2024/post/';

function render(html: string): HTMLDivElement {
  const div = document.createElement('div');
  div.appendChild(renderContent(html, BASE));
  return div;
}

describe('reader content rendering', () => {
  it('sanitises again: scripts, handlers, forms and inline styles never reach the reader', () => {
    const out = render(
      '<p style="color:red" onclick="alert(1)">Text<script>alert(2)</script></p><form><input value="x"><button>Go</button></form><img src="x.png" onerror="alert(3)">',
    );
    expect(out.querySelector('script, form, input, button, [onclick], [onerror], [style]')).toBeNull();
    expect(out.textContent).toContain('Text');
  });

  it('keeps srcset, figures, captions and code whitespace', () => {
    const out = render(
      '<figure><img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a.jpg 1x, https://cdn.example/a2.jpg 2x"><figcaption>Cap</figcaption></figure><pre><code class="language-py">if x:\n    y()</code></pre>',
    );
    expect(out.querySelector('img')?.getAttribute('srcset')).toBe(
      'https://cdn.example/a.jpg 1x, https://cdn.example/a2.jpg 2x',
    );
    expect(out.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    expect(out.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(out.querySelector('pre code')?.textContent).toBe('if x:\n    y()');
    expect(out.querySelector('code')?.className).toBe('language-py');
  });

  it('turns an embed that slipped through into a link to its source', () => {
    const out = render('<p>Before</p><iframe src="https://www.youtube.com/embed/abc"></iframe><p>After</p>');
    expect(out.querySelector('iframe')).toBeNull();
    const link = out.querySelector('.qr-embed a');
    expect(link?.getAttribute('href')).toBe('https://www.youtube.com/embed/abc');
    expect(link?.textContent).toBe('Embedded content from youtube.com');
    expect(out.textContent).toMatch(/Before[\s\S]*Embedded[\s\S]*After/);
  });

  it('opens links outside the reader, drops javascript: links and keeps footnote anchors', () => {
    const out = render(
      '<a href="/about/">About</a> <a href="javascript:alert(1)">Bad</a> <a href="#fn1">1</a><ol><li id="fn1">Note</li></ol>',
    );
    const [about, bad, fn] = Array.from(out.querySelectorAll('a'));
    expect(about?.getAttribute('href')).toBe('https://blog.example/about/');
    expect(about?.getAttribute('target')).toBe('_blank');
    expect(about?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(bad?.hasAttribute('href')).toBe(false);
    expect(fn?.getAttribute('href')).toBe('#user-content-fn1');
    expect(fn?.hasAttribute('target')).toBe(false);
  });

  it('wraps tables so wide ones scroll instead of widening the page', () => {
    const out = render('<table><tr><td>a</td></tr></table>');
    expect(out.querySelector('.qr-table > table')).not.toBeNull();
  });

  it("prefixes the content's ids and points its in-document links at them; a link to a missing id goes", () => {
    const out = render(
      '<h2 id="qr-title">Clash</h2><p>Text<sup id="fnref:1"><a href="#fn:1" class="footnote-ref">1</a></sup> <a href="#nowhere">dead</a></p><div class="footnotes"><ol><li id="fn:1">Note <a href="#fnref:1" class="footnote-backref">↩</a></li></ol></div><form name="cookie"></form><img name="body" src="x.png">',
    );
    expect(out.querySelector('#qr-title'), "content cannot take the reader's own ids").toBeNull();
    expect(out.querySelector('h2')?.id).toBe('user-content-qr-title');
    const [ref, dead, back] = Array.from(out.querySelectorAll('a'));
    expect(decodeURIComponent(ref!.getAttribute('href')!)).toBe('#user-content-fn:1');
    expect(dead?.hasAttribute('href')).toBe(false);
    expect(decodeURIComponent(back!.getAttribute('href')!)).toBe('#user-content-fnref:1');
    expect(out.querySelector('img')?.getAttribute('name')).toBe('user-content-body');
    // Each link reaches its target through getElementById, as the reader follows it.
    for (const a of [ref, back])
      expect(out.querySelector(`[id="${decodeURIComponent(a!.getAttribute('href')!.slice(1))}"]`)).not.toBeNull();
  });
});
