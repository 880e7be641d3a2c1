/**
 * DOM clobbering: `<img name="body">` makes `document.body` that image, `<form><input name="parentNode">`
 * makes `form.parentNode` that input (named properties override built-ins on Document and forms).
 * Readability walking such a tree can loop for ever. We read the page through its prototypes (a page
 * cannot clobber those) and work on a copy whose shadowing names and ids are taken off.
 */
const CLOBBERING =
  'form[name], img[name], embed[name], object[name], iframe[name], img[id], object[id], form [name], form [id], form[id]';

/** The method `name` as the prototype chain defines it, out of reach of named properties. */
export function protoMethod<T>(obj: object, name: string): T {
  let p: object | null = Object.getPrototypeOf(obj);
  while (p && !Object.prototype.hasOwnProperty.call(p, name)) p = Object.getPrototypeOf(p);
  if (!p) throw new Error(`no ${name} on the prototype chain`);
  return (p as Record<string, unknown>)[name] as T;
}

/** The property `name` read through its prototype accessor, out of reach of named properties. */
export function protoGet<T>(obj: object, name: string): T | undefined {
  for (let p: object | null = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return (d.get ? d.get.call(obj) : d.value) as T;
  }
  return undefined;
}

function suspectsOf(doc: Document): Element[] {
  return Array.from(protoMethod<Document['querySelectorAll']>(doc, 'querySelectorAll').call(doc, CLOBBERING));
}

function shadowingAttrs(el: Element, shadows: (v: string) => boolean): string[] {
  const get = protoMethod<Element['getAttribute']>(el, 'getAttribute');
  return ['name', 'id'].filter((a) => {
    const v = get.call(el, a);
    return v !== null && shadows(v);
  });
}

/** `doc` when no element's name or id shadows a DOM property; otherwise a copy where none does. */
export function declobbered(doc: Document): Document {
  const docProto = Object.getPrototypeOf(doc) as object;
  const suspects = suspectsOf(doc);
  if (!suspects.length) return doc;
  const form = suspects.find((el) => protoGet<string>(el, 'localName') === 'form');
  const formProto = form ? (Object.getPrototypeOf(form) as object) : null;
  const shadows = (v: string) => v in docProto || (formProto !== null && v in formProto);
  if (!suspects.some((el) => shadowingAttrs(el, shadows).length)) return doc;
  const copy = protoMethod<Node['cloneNode']>(doc, 'cloneNode').call(doc, true) as Document;
  for (const el of suspectsOf(copy)) {
    const remove = protoMethod<Element['removeAttribute']>(el, 'removeAttribute');
    for (const a of shadowingAttrs(el, shadows)) remove.call(el, a);
  }
  return copy;
}
