/**
 * The small labelled stub that stands in for a folded block: a real button in a shadow root (so
 * the page's CSS cannot break it), inserted as the block's previous sibling. It stays when the
 * block is open, as the "fold again" control. The page's styles can still reach the host element,
 * so the few host properties that matter are set inline with `!important`.
 *
 * The host is a plain `<div>`, not a custom element: a page that defined our element name first
 * (`customElements.define('quietread-stub', …)`) would have its constructor and callbacks run inside
 * our createElement and append calls, and a constructor that throws would stop folding. A built-in
 * element name cannot be defined by a page. Only real input toggles a stub (`isTrusted`): a page's
 * script-made click on the host or its button does nothing.
 *
 * The shadow root is closed: `host.shadowRoot` is null to the page, so a page script can neither
 * read the labels nor reach the buttons (to focus them, restyle them or call `.click()`). Our own
 * code keeps the root in a module-private WeakMap (read with stubRoot below); tests reach it through the
 * browser's driver (test/e2e/stub-roots.ts).
 */
import type { BoilerplateKind } from '../core/types';
import { translate } from '../i18n';

/** The attribute of a stub host; its value is the folded block's kind. Outside tests rely on it. */
export const STUB_ATTR = 'data-quietread-stub';
/** The host's element name: built in, so no page can define it (see above). */
export const STUB_TAG = 'div';

// Closed roots by host: only this module's importers can get at them.
const roots = new WeakMap<Element, ShadowRoot>();

/** The closed shadow root of a stub host made here, for our own code and unit tests; undefined for any other element. */
export function stubRoot(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

export interface Stub {
  host: HTMLElement;
  setLabel(label: string): void;
  setOpen(open: boolean): void;
}

// Inline and !important: the page's stylesheets can still reach the host element itself.
const HOST_STYLE =
  'display:block;position:static;float:none;visibility:visible;opacity:1;margin:.75em 0;padding:0;border:0'.replace(
    /;|$/g,
    '!important;',
  );

// Greys with alpha and `color: inherit` sit well on light and dark pages alike.
const CSS = `:host{all:initial;color:inherit}
div{display:flex;flex-wrap:wrap;gap:8px;font:14px/1.4 system-ui,sans-serif}
button{font:inherit;color:inherit;cursor:pointer;border-radius:99px;margin:0;padding:5px 14px;background:#8881;border:1px solid #8886}
button:hover{background:#8883}
button:focus-visible{outline:2px solid #4c8dff;outline-offset:2px}
.r{background:none;border-color:#0000;text-decoration:underline}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.textContent = text;
  return node;
}

/**
 * Builds a stub host for a block of `kind`. Clicks anywhere on the host (a click on its centre,
 * Enter or Space on the focused button) call `onToggle`; the optional "Reading mode" button calls
 * `onReader` instead, and `onReaderIntent` once when a pointer or the focus reaches that button.
 */
export function createStub(
  doc: Document,
  kind: BoilerplateKind,
  label: string,
  handlers: { onToggle: () => void; onReader?: () => void; onReaderIntent?: () => void },
): Stub {
  const host = doc.createElement(STUB_TAG);
  host.setAttribute(STUB_ATTR, kind);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  const row = el(doc, 'div');
  const toggle = el(doc, 'button');
  const labelEl = el(doc, 'b');
  const action = el(doc, 'span');
  toggle.append(labelEl, action);
  row.append(toggle);
  let reader: HTMLButtonElement | null = null;
  if (handlers.onReader) {
    reader = el(doc, 'button', translate('stubReader'));
    reader.className = 'r';
    row.append(reader);
    // A pointer on the button or focus on it: the reader is likely next, so the work starts now.
    const intent = handlers.onReaderIntent;
    // Trusted only: a page script's made-up events start nothing (as for the clicks below).
    if (intent)
      for (const type of ['pointerenter', 'focus']) reader.addEventListener(type, (e) => e.isTrusted && intent());
  }
  root.append(el(doc, 'style', CSS), row);
  // A closed root hides its nodes from `composedPath()` at the host, so the reader button marks the
  // clicks it sees on their way up.
  const onReaderButton = new WeakSet<Event>();
  reader?.addEventListener('click', (event) => onReaderButton.add(event));
  // One listener on the host sees clicks on its shadow content (retargeted) and on the host itself.
  host.addEventListener('click', (event) => {
    // Script-made clicks (the page's `button.click()`, `dispatchEvent`) are not the user's: ignored.
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation(); // the page's own click handlers have no business with our stub
    if (onReaderButton.has(event)) handlers.onReader?.();
    else handlers.onToggle();
  });
  const stub: Stub = {
    host,
    setLabel(text) {
      labelEl.textContent = text;
    },
    setOpen(open) {
      toggle.setAttribute('aria-expanded', String(open));
      // The state is in aria-expanded; the words say what a click does.
      action.textContent = ` · ${translate(open ? 'stubFoldAway' : 'stubShow')}`;
    },
  };
  stub.setLabel(label);
  stub.setOpen(false);
  return stub;
}
