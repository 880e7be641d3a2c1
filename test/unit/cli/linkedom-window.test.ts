import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { linkedomWindow } from '../../../src/cli/linkedom-window';

const clean = (html: string) => sanitizeHtml(html, 'fallback', linkedomWindow());
// The output as a browser would parse it: no script, no handler, no javascript: URL may survive.
function dangers(html: string): string[] {
  const doc = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document;
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'FORM', 'INPUT', 'BUTTON'].includes(el.tagName))
      found.push(el.tagName);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName}[${a.name}]`);
      if (/^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)) found.push(`${el.tagName}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

const ATTACKS = [
  '<img src=x onerror=alert(1)>',
  '<p>a<script>alert(1)</script>b</p>',
  '<form><img src=x onerror=alert(1)><button onclick=alert(2)>go</button></form>',
  '<form><form><p><img src=x onerror=alert(1)></p></form></form>',
  '<div><form><input onfocus=alert(1) autofocus><span><img src=x onerror=alert(2)></span></form><img src=y onerror=alert(3)></div>',
  '<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>',
  '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<iframe src="javascript:alert(1)"></iframe><object data="x"></object><embed src="x">',
  '<style>@import "x"</style><div style="x">ok</div>',
  '<template><img src=x onerror=alert(1)></template><p>after</p>',
  '<!--><img src=x onerror=alert(1)>-->',
  '<div id="a"><blink><marquee><img src=x onerror=alert(1)></marquee></blink></div>',
  '</body><img src=x onerror=alert(1)><body>',
];

describe('DOMPurify on the CLI linkedom window', () => {
  test('is supported there', () => {
    expect(clean('<p>x</p>').sanitized).toBe(true);
  });

  test.each(ATTACKS)('leaves nothing that runs of %s', (attack) => {
    const out = clean(attack);
    expect(out.sanitized).toBe(true);
    expect(dangers(out.html)).toEqual([]);
  });

  // linkedom makes a new `attributes` object per read, which DOMPurify takes for a clobbered form: the
  // form goes whole, content and all (on jsdom its content stays). Nothing of it may run either way.
  test('drops a form whole and keeps what follows it', () => {
    const out = clean(
      '<form action="/x"><p>In the form</p><img src="a.png" onerror="alert(1)"></form><p>after</p>',
    ).html;
    expect(out).not.toContain('In the form');
    expect(out).toBe('<p>after</p>');
  });

  test('gives what DOMPurify on jsdom gives for an ordinary article', () => {
    const article =
      '<h2 id="h">Title</h2><p>One <a href="https://example.com/" title="t">link</a>, <em>two</em>.</p><figure><img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x" alt="A"><figcaption>Cap</figcaption></figure><ul><li>a</li><li>b</li></ul><table><tbody><tr><td>1</td></tr></tbody></table><pre><code>x &lt; y</code></pre>';
    const viaJsdom = sanitizeHtml(article, '', new JSDOM('<!DOCTYPE html>').window).html;
    const norm = (h: string) => new JSDOM(`<body>${h}</body>`).window.document.body.innerHTML;
    expect(norm(clean(article).html)).toBe(norm(viaJsdom));
  });
});
