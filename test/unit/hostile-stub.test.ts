/**
 * Stubs against a hostile page: script-made clicks do nothing, and a page that defined the stub's
 * element name first neither runs code inside our DOM calls nor stops folding.
 */
import { describe, expect, it } from 'vitest';
import { createStub, stubRoot } from '../../src/content/stub';
import { trustedClick } from './trusted-click';

function stubIn(doc: Document) {
  const calls = { toggle: 0, reader: 0 };
  const stub = createStub(doc, 'comments', '3 comments', {
    onToggle: () => calls.toggle++,
    onReader: () => calls.reader++,
  });
  doc.body.append(stub.host);
  return { stub, calls };
}

describe('stubs on a hostile page', () => {
  it('ignore clicks a script makes, on the host or on its buttons', () => {
    const { stub, calls } = stubIn(document);
    stub.host.click();
    stub.host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    for (const b of Array.from(stubRoot(stub.host)?.querySelectorAll('button') ?? [])) b.click();
    expect(calls).toEqual({ toggle: 0, reader: 0 });
    trustedClick(stub.host);
    expect(calls).toEqual({ toggle: 1, reader: 0 });
  });

  it('keep their shadow root closed: the page sees no root, no label and no button', () => {
    const { stub } = stubIn(document);
    expect(stub.host.shadowRoot).toBeNull();
    expect(stub.host.textContent).toBe('');
    expect(stub.host.querySelector('button')).toBeNull();
    expect(() => stub.host.attachShadow({ mode: 'open' })).toThrow();
    expect(stubRoot(stub.host)?.querySelector('button')?.textContent).toBe('3 comments · Show');
    expect(stubRoot(document.body)).toBeUndefined();
  });

  it('are built whatever the page defined as custom elements, and run none of its code', () => {
    const ran: string[] = [];
    for (const name of ['quietread-stub', 'quietread-stub-host', 'qr-stub']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            ran.push(name);
            throw new Error('squatted');
          }
          connectedCallback() {
            ran.push(`${name} connected`);
          }
        },
      );
    }
    const { stub } = stubIn(document);
    expect(ran).toEqual([]);
    expect(stub.host.getAttribute('data-quietread-stub')).toBe('comments');
    expect(stubRoot(stub.host)?.textContent).toContain('3 comments');
    expect(customElements.get(stub.host.localName)).toBeUndefined();
  });
});
