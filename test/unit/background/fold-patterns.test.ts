import { describe, expect, it } from 'vitest';
import { foldPatterns } from '../../../src/background/fold-patterns';

describe('where the settings alone load the fold code', () => {
  it('registers nothing under the default settings: the gate decides', () => {
    expect(foldPatterns({ mode: 'wordpress', sites: {} })).toEqual([]);
    expect(foldPatterns({ mode: 'never', sites: { 'example.org': false } })).toEqual([]);
  });

  it('registers the sites switched on, with and without www.', () => {
    expect(foldPatterns({ mode: 'wordpress', sites: { 'example.org': true, 'off.example': false } })).toEqual([
      '*://example.org/*',
      '*://www.example.org/*',
    ]);
  });

  it('registers an IPv4 address without a www. form (an invalid host pattern)', () => {
    expect(foldPatterns({ mode: 'wordpress', sites: { '127.0.0.1': true } })).toEqual(['*://127.0.0.1/*']);
  });

  it('registers every page in mode blogs', () => {
    expect(foldPatterns({ mode: 'blogs', sites: {} })).toEqual(['http://*/*', 'https://*/*']);
  });

  it('leaves out a host that cannot be a match pattern', () => {
    expect(foldPatterns({ mode: 'wordpress', sites: { '[::1]': true, 'a*b': true } })).toEqual([]);
  });
});
