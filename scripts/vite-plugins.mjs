// Vite plugins shared by the extension build.

/**
 * Removes Preact's `dangerouslySetInnerHTML` path (the only `innerHTML = <dynamic>` in our bundles).
 * We never use it: extracted HTML is sanitized with DOMPurify and inserted as DOM nodes. Taking the
 * path out keeps `web-ext lint` at 0 warnings for a real reason (no raw-HTML sink ships), and any
 * accidental use fails loudly. A Preact upgrade that changes the code fails the build, so it is noticed.
 */
export function noPreactRawHtml() {
  const sink = /\((\w+)\.innerHTML=(\w+)\.__html\)/;
  return {
    name: 'quietread-no-preact-raw-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      if (!sink.test(code))
        this.error('Preact changed: the dangerouslySetInnerHTML sink was not found; update scripts/vite-plugins.mjs.');
      return {
        code: code.replace(
          sink,
          '(()=>{throw new Error("Quietread: dangerouslySetInnerHTML is disabled; insert sanitized nodes instead")})()',
        ),
        map: null,
      };
    },
  };
}

/**
 * Readability, DOMPurify and Defuddle each set `innerHTML` on an element of an inert document (Readability
 * restores its page cache and unwraps `<noscript>` in the clone it works on; DOMPurify's fallback
 * for a failed DOMParser). We route those three writes through one helper that parses with
 * DOMParser (an inert document: nothing runs, nothing loads) and adopts the nodes, which is the
 * same result without a raw-HTML sink in our bundles. A library upgrade that moves the code fails
 * the build, so it is noticed.
 */
export function inertHtmlSinks() {
  const helper = `
function __quietreadInertHtml(el, html) {
  var doc = el.ownerDocument;
  var Parser = (doc.defaultView && doc.defaultView.DOMParser) || globalThis.DOMParser;
  var parsed = new Parser().parseFromString(String(html), 'text/html');
  var from = el === doc.documentElement ? parsed.documentElement : parsed.body;
  el.replaceChildren.apply(el, Array.from(from.childNodes, function (n) { return doc.importNode(n, true); }));
}
`;
  const targets = [
    {
      file: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
      sinks: [
        [/page\.innerHTML = pageCacheHtml;/, '__quietreadInertHtml(page, pageCacheHtml);'],
        [/tmp\.innerHTML = noscript\.innerHTML;/, '__quietreadInertHtml(tmp, noscript.innerHTML);'],
      ],
    },
    {
      file: /[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
      sinks: [
        [
          /doc\.documentElement\.innerHTML = (IS_EMPTY_INPUT \? emptyHTML : dirtyPayload);/,
          '__quietreadInertHtml(doc.documentElement, $1);',
        ],
      ],
    },
    {
      // Defuddle's entity decoding and HTML parsing (utils/dom: a textarea, a template, a div of the page's own document).
      file: /[\\/]defuddle[\\/]dist[\\/]index\.js$/,
      sinks: [
        [/return r\.innerHTML=e,r\.value/, 'return __quietreadInertHtml(r,e),r.value'],
        [
          /if\(r\.innerHTML=e,r\.content\)return r\.content;/,
          'if(__quietreadInertHtml(r.content||r,e),r.content)return r.content;',
        ],
        [
          /const n=t\.createElement\("div"\);n\.innerHTML=e;/,
          'const n=t.createElement("div");__quietreadInertHtml(n,e);',
        ],
      ],
    },
    {
      // Defuddle's article HTML parsed into the clone it worked on (src/core/article-candidates.ts).
      file: /[\\/]src[\\/]core[\\/]article-candidates\.ts$/,
      sinks: [[/content\.innerHTML\s*=\s*(res\.content\s*\?\?\s*(['"`])\2);/, '__quietreadInertHtml(content, $1);']],
    },
  ];
  return {
    name: 'quietread-inert-html-sinks',
    transform(code, id) {
      const target = targets.find((t) => t.file.test(id));
      if (!target) return null;
      let out = code;
      for (const [from, to] of target.sinks) {
        if (!from.test(out))
          this.error(`${id} changed: an innerHTML sink was not found; update scripts/vite-plugins.mjs.`);
        out = out.replace(from, to);
      }
      return { code: helper + out, map: null };
    },
  };
}

/**
 * Each boilerplate rule carries `expect`, the blocks it finds on each test fixture: test data,
 * read only by test/unit/core/rules.test.ts. The extension's bundles leave it out (about 200 bytes
 * of the always-on content script, gzip). Every rule writes it on one line, `expect: { … },`; a rule
 * file with an `expect` this cannot take out fails the build, so the format stays.
 */
export function stripRuleExpectations() {
  const line = /^[ \t]*expect: \{[^{}\n]*\},?[ \t]*\n/gm;
  return {
    name: 'quietread-strip-rule-expectations',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]core[\\/]rules[\\/][^\\/]+\.ts$/.test(id)) return null;
      const out = code.replace(line, '');
      if (/\bexpect:/.test(out))
        this.error(
          `${id}: a rule's expect is not on one line ("expect: { … },"); the build strips it from the bundles.`,
        );
      return { code: out, map: null };
    },
  };
}

/**
 * linkedom compiles a CSS selector on every `querySelector`, `querySelectorAll`, `matches` and
 * `closest` call (css-select's `compile`, and `is`, which compiles too). The analysis and Defuddle
 * ask the same few hundred selectors on every page, so in the CLI compiling was a third of one
 * page's time and most of a batch's. This keeps the compiled function of each selector that has no
 * `:scope` (the only case whose function depends on the element: css-select's `context`), per XML
 * mode and strictness, in a map that is emptied past 2,000 entries; a kept function remembers no
 * results (css-select's `cacheResults`), as the page may change between calls. A linkedom upgrade that changes
 * the code fails the build, so it is noticed.
 */
export function linkedomSelectorCache() {
  const prepare = `export const prepareMatch = (element, selectors) => CSSselect.compile(
  selectors,
  {
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);`;
  const match = `export const matches = (element, selectors) => CSSselect.is(
  element,
  selectors,
  {
    strict: true,
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);`;
  const cached = `
const __quietreadCompiled = new Map();
const __quietreadCompile = (element, selectors, strict) => {
  const scoped = typeof selectors !== 'string' || selectors.includes(':scope');
  const options = { context: scoped ? element : void 0, xmlMode: !ignoreCase(element), adapter };
  if (strict) options.strict = true;
  if (scoped) return CSSselect.compile(selectors, options);
  // A kept function is used again after the page changed: no results remembered inside it.
  options.cacheResults = false;
  const key = (options.xmlMode ? 'x' : 'h') + (strict ? 's' : 'l') + selectors;
  let test = __quietreadCompiled.get(key);
  if (!test) {
    test = CSSselect.compile(selectors, options);
    if (__quietreadCompiled.size >= 2000) __quietreadCompiled.clear();
    __quietreadCompiled.set(key, test);
  }
  return test;
};
export const prepareMatch = (element, selectors) => __quietreadCompile(element, selectors, false);
export const matches = (element, selectors) => __quietreadCompile(element, selectors, true)(element);`;
  return {
    name: 'quietread-linkedom-selector-cache',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]linkedom[\\/]esm[\\/]shared[\\/]matches\.js$/.test(id)) return null;
      if (!code.includes(prepare) || !code.includes(match))
        this.error('linkedom changed: its selector matching was not found; update scripts/vite-plugins.mjs.');
      return { code: code.replace(prepare, '').replace(match, cached), map: null };
    },
  };
}
