// The gate looks markers up one by one instead of as one selector list (much faster in the
// browser): it must answer exactly what `querySelector` of the list would, on every marker alone,
// on near misses, and on real pages.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canHaveFolds, COMMENT_MARKERS, GATE_LOOKUPS, PLATFORM_MARKERS } from '../../../src/content/gate-markers';

const MARKERS = [...COMMENT_MARKERS, ...PLATFORM_MARKERS];
const bySelectorList = (doc: Document) => doc.querySelector(MARKERS.join(',')) !== null;

/** An element matching `sel` (the grammar the markers use: tag, #id, .classes, [attr="v"], [attr*="v" i]). */
function elementFor(doc: Document, sel: string): Element {
  const tag = /^[a-z]+/.exec(sel)?.[0] ?? 'div';
  const el = tag === 'body' ? doc.body : doc.createElement(tag);
  for (const [, id = ''] of sel.matchAll(/#([\w-]+)/g)) el.id = id;
  for (const [, cls = ''] of sel.matchAll(/\.([\w-]+)(?![^[]*\])/g)) el.classList.add(cls);
  for (const [, name = '', value = ''] of sel.matchAll(/\[([\w-]+)\*?="([^"]*)"(?: i)?\]/g)) el.setAttribute(name, value);
  if (el !== doc.body) (tag === 'meta' || tag === 'link' || tag === 'script' ? doc.head : doc.body).append(el);
  return el;
}

function blank(): Document {
  return new DOMParser().parseFromString('<!doctype html><html><head></head><body><p>Text</p></body></html>', 'text/html');
}

/** A marker selector in the table's terms (the grammar the lists use: tag#id.class[attr="v"][attr*="v" i]). */
function lookupOf(selector: string): string {
  const m = /^([a-z][a-z0-9]*)?(?:#([\w-]+))?((?:\.[\w-]+)*)((?:\[[\w-]+\*?="[^"]*"(?: i)?\])*)$/.exec(selector);
  if (!m) throw new Error(`marker ${selector} is of a shape the gate cannot look up`);
  const [, tag, id, cls = '', attrs = ''] = m;
  const classes = cls.split('.').filter(Boolean);
  const tests = [...attrs.matchAll(/\[([\w-]+)(\*?=)"([^"]*)"( i)?\]/g)].map(([, name, op, value, i]) => (i ? [name, op, value, true] : [name, op, value]));
  if (id && !tag && !classes.length && !tests.length) return JSON.stringify(['id', id]);
  if (!tag && classes.length && !tests.length) return JSON.stringify(['class', classes.join(' ')]);
  if (tag && classes.length === 1 && !tests.length && !id) return JSON.stringify(['tagged', tag, classes[0]]);
  if (tag && !classes.length && tests.length && !id) return JSON.stringify(['attrs', tag, tests]);
  throw new Error(`marker ${selector} has no entry shape in GATE_LOOKUPS`);
}

describe('canHaveFolds looks markers up one by one', () => {
  it('has exactly one lookup for each marker selector', () => {
    const table = [
      ...GATE_LOOKUPS.ids.map((id) => JSON.stringify(['id', id])),
      ...GATE_LOOKUPS.classes.map((c) => JSON.stringify(['class', c])),
      ...GATE_LOOKUPS.tagged.map(([tag, cls]) => JSON.stringify(['tagged', tag, cls])),
      ...GATE_LOOKUPS.attrs.flatMap(([tag, markers]) => markers.map((tests) => JSON.stringify(['attrs', tag, tests]))),
    ];
    expect([...table].sort()).toEqual(MARKERS.map(lookupOf).sort());
  });

  it.each(MARKERS)('finds %s alone on a page', (sel) => {
    const doc = blank();
    const el = elementFor(doc, sel);
    expect(el.matches(sel)).toBe(true); // the page really shows the marker
    expect(canHaveFolds(doc)).toBe(true);
  });

  it('answers no on a page with near misses only (right class, wrong tag; right tag, wrong attribute)', () => {
    const doc = blank();
    doc.body.innerHTML = '<div class="commentlist"></div><ul class="comment-list"></ul><form action="/search"></form><div class="type-post"></div><span class="status-publish"></span>';
    doc.head.innerHTML = '<meta name="description" content="wordpress tips"><link rel="stylesheet" href="/assets/site.css"><script src="/js/app.js"></script>';
    expect(bySelectorList(doc)).toBe(false);
    expect(canHaveFolds(doc)).toBe(false);
  });

  const wcxb = path.resolve(import.meta.dirname, '../../../../shared/wcxb-dev/html');
  const files = fs.existsSync(wcxb) ? fs.readdirSync(wcxb).filter((f) => f.endsWith('.html.gz')).sort().filter((_, i) => i % 125 === 0) : [];
  it.skipIf(files.length === 0)(`agrees with the selector list on ${files.length || 'the'} real pages of ../shared/wcxb-dev (skipped when absent)`, () => {
    let yes = 0;
    for (const f of files) {
      const doc = new DOMParser().parseFromString(zlib.gunzipSync(fs.readFileSync(path.join(wcxb, f))).toString('utf8'), 'text/html');
      expect([f, canHaveFolds(doc)]).toEqual([f, bySelectorList(doc)]);
      if (bySelectorList(doc)) yes++;
    }
    expect(yes).toBeGreaterThan(0); // both answers occur among the pages
    expect(yes).toBeLessThan(files.length);
  });
});
