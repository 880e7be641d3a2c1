import { describe, expect, it } from 'vitest';
import { lockPage } from '../../../src/ondemand/page-lock';

describe('page lock while the reader is open', () => {
  it('turns scrolling off and puts <html style> back to the very same string', () => {
    document.documentElement.setAttribute('style', 'color: red;  --x:1');
    const lock = lockPage();
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
    lock.release();
    expect(document.documentElement.getAttribute('style')).toBe('color: red;  --x:1');
  });

  it('removes the style attribute again when the page had none, and gives focus back', () => {
    document.documentElement.removeAttribute('style');
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    const lock = lockPage();
    input.blur();
    lock.release();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
    expect(document.activeElement).toBe(input);
    input.remove();
  });
});
