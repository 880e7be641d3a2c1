import { describe, expect, it } from 'vitest';
import { isAccessDenied, restrictedReason } from '../../../popup/restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['moz-extension://abc/popup.html', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', 'browser-page'],
    ['view-source:https://example.org/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://example.org/paper.PDF', 'pdf'],
    ['file:///home/me/review.html', 'file-access'],
  ])('%s is off-limits (%s)', (url, reason) => {
    expect(restrictedReason(url, false)).toBe(reason);
  });

  it.each([
    'https://example.org/2024/01/review/',
    'http://127.0.0.1:8080/fixtures/popup/wp-review.html',
    'https://chrome.google.com/search',
  ])('%s may be read', (url) => {
    expect(restrictedReason(url, false)).toBeNull();
  });

  it('lets file:// through when the user allowed file access', () => {
    expect(restrictedReason('file:///home/me/review.html', true)).toBeNull();
  });

  it('leaves a hidden URL to the injection to decide', () => {
    expect(restrictedReason(undefined, false)).toBeNull();
  });
});

describe('isAccessDenied', () => {
  it("recognises both browsers' refusals to inject", () => {
    expect(
      isAccessDenied(
        new Error(
          'Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.',
        ),
      ),
    ).toBe(true);
    expect(isAccessDenied(new Error('Cannot access a chrome:// URL'))).toBe(true);
    expect(isAccessDenied(new Error('Missing host permission for the tab'))).toBe(true);
    expect(isAccessDenied(new Error('The extensions gallery cannot be scripted.'))).toBe(true);
  });

  it('treats other failures as errors', () => {
    expect(isAccessDenied(new Error('No tab with id: 99999.'))).toBe(false);
    expect(isAccessDenied(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(false);
  });
});
