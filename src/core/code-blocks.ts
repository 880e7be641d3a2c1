/** Keeps the language of code blocks through Readability (which drops classes) into `language-*`. */

// Prism/highlight.js (`language-x`, `lang-x`), SyntaxHighlighter (`brush: x`), GeSHi/Enlighter/Crayon
// (`data-lang`, `data-enlighter-language`) and Gutenberg's code block (`wp-block-code` + `lang`).
function languageOf(el: Element): string | null {
  const cls = el.getAttribute('class') ?? '';
  const m = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/i.exec(cls) ?? /brush:\s*([\w+#.-]+)/i.exec(cls);
  const lang =
    m?.[1] ??
    el.getAttribute('data-lang') ??
    el.getAttribute('data-language') ??
    el.getAttribute('data-enlighter-language') ??
    el.getAttribute('lang');
  return lang && /^[\w+#.-]{1,20}$/.test(lang) && !/^(none|text|plain|plaintext)$/i.test(lang)
    ? lang.toLowerCase()
    : null;
}

/** Marks each `<pre>` block as `<pre><code class="language-x">`, clears highlighter classes, returns the classes to keep. */
export function markCodeLanguages(doc: Document): string[] {
  const keep = new Set<string>();
  for (const pre of Array.from(doc.querySelectorAll('pre'))) {
    const code = pre.querySelector('code');
    const lang = languageOf(pre) ?? (code ? languageOf(code) : null);
    // Highlighters mark code comments `<span class="token comment">`; Readability drops elements whose
    // class says "comment", which would cut those lines out of the code.
    for (const el of Array.from(pre.querySelectorAll('[class]'))) if (el !== code) el.removeAttribute('class');
    if (!lang) continue;
    let target = code;
    if (!target || pre.firstElementChild !== target || pre.childElementCount > 1) {
      target = doc.createElement('code');
      while (pre.firstChild) target.appendChild(pre.firstChild);
      pre.appendChild(target);
    }
    target.setAttribute('class', `language-${lang}`);
    keep.add(`language-${lang}`);
  }
  return [...keep];
}
