/** Closing the reader puts back only the `<html style>` property it set, not a snapshot of the attribute. */
import { describe, expect, it } from 'vitest';
import { lockPage } from '../../src/ondemand/page-lock';

const html = document.documentElement;

describe('<html style> restore race', () => {
  it('keeps what the page changed on <html style> while the reader was open', () => {
    html.setAttribute('style', 'color: red');
    const lock = lockPage();
    html.style.setProperty('--theme', 'dark'); // a theme switch while the reader is open
    html.style.removeProperty('color');
    lock.release();
    expect(html.style.getPropertyValue('--theme')).toBe('dark');
    expect(html.style.getPropertyValue('color')).toBe('');
    expect(html.style.getPropertyValue('overflow')).toBe('');
  });

  it('gives the page back its own overflow, and keeps an overflow the page set meanwhile', () => {
    html.setAttribute('style', 'overflow: auto');
    let lock = lockPage();
    html.style.setProperty('margin-top', '3px');
    lock.release();
    expect(html.style.getPropertyValue('overflow')).toBe('auto');
    expect(html.style.getPropertyValue('margin-top')).toBe('3px');

    html.removeAttribute('style');
    lock = lockPage();
    html.style.setProperty('overflow', 'scroll');
    lock.release();
    expect(html.style.getPropertyValue('overflow')).toBe('scroll');
  });

  it('leaves no style attribute when the page had none and set nothing that stayed', () => {
    html.removeAttribute('style');
    const lock = lockPage();
    html.style.setProperty('color', 'blue');
    html.style.removeProperty('color');
    lock.release();
    expect(html.hasAttribute('style')).toBe(false);
  });
});
