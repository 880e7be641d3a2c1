import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} })); // the settings' storage is not used here
import { sentenceAt, sentencesOf } from '../../../src/pages/reader/sentences';
import { normalizeReadAloudSettings, DEFAULT_READ_ALOUD_SETTINGS } from '../../../src/read-aloud-settings';
import { pickVoice } from '../../../src/pages/reader/read-aloud';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

describe('sentences for reading aloud', () => {
  it('cuts each block into sentences whose ranges cover exactly their text, across inline markup', () => {
    const root = body(
      '<h2>Storage</h2><p>The queue lives in <em>IndexedDB</em>. It is small, e.g. a few MB! Does it sync?</p><ul><li>One item</li></ul>',
    );
    const s = sentencesOf(root, 'en');
    expect(s.map((x) => x.text)).toEqual([
      'Storage',
      'The queue lives in IndexedDB.',
      'It is small, e.g. a few MB!',
      'Does it sync?',
      'One item',
    ]);
    for (const x of s) expect(x.range.toString().replace(/\s+/g, ' ')).toBe(x.text);
  });

  it('skips code blocks and footnote reference numbers, and finds the sentence under a point', () => {
    const root = body(
      '<p>First one.<sup><a href="#n1">1</a></sup> Second one.</p><pre>let x = 1. let y = 2.</pre><p>Third.</p>',
    );
    const s = sentencesOf(root, 'en');
    expect(s.map((x) => x.text)).toEqual(['First one.', 'Second one.', 'Third.']);
    const second = root.querySelector('p')!.lastChild as Text;
    expect(sentenceAt(s, second, 3)).toBe(1);
    expect(sentenceAt(s, root.querySelector('pre')!.firstChild!, 2)).toBe(-1);
  });
});

describe('read-aloud voice and settings', () => {
  const voice = (name: string, lang: string, localService = true, isDefault = false) =>
    ({ name, lang, localService, default: isDefault, voiceURI: `urn:${name}` }) as SpeechSynthesisVoice;

  it("picks the stored voice, else one for the article's language, else the default", () => {
    const voices = [voice('Anna', 'de-DE'), voice('Sam', 'en-US', true, true), voice('Kate', 'en-GB')];
    expect(pickVoice(voices, 'urn:Kate', 'de')?.name).toBe('Kate');
    expect(pickVoice(voices, 'urn:gone', 'de-AT')?.name).toBe('Anna');
    expect(pickVoice(voices, null, 'fr')?.name).toBe('Sam');
    expect(pickVoice([], null, 'en')).toBeNull();
  });

  it('stores only offered rates and a voice name', () => {
    expect(normalizeReadAloudSettings(undefined)).toEqual(DEFAULT_READ_ALOUD_SETTINGS);
    expect(normalizeReadAloudSettings({ rate: 1.3, voice: 'urn:x' })).toEqual({ rate: 1.25, voice: 'urn:x' });
    expect(normalizeReadAloudSettings({ rate: 'fast', voice: 42 })).toEqual({ rate: 1, voice: null });
    expect(normalizeReadAloudSettings({ rate: 9 }).rate).toBe(2);
  });
});
