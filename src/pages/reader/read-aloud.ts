/**
 * Reads the article aloud with the browser's `speechSynthesis`, one sentence per utterance, with the
 * sentence being read highlighted (CSS Custom Highlight API: no DOM change) and kept in view.
 * Only local voices (`voice.localService`) are ever used, so no text leaves the machine: a remote
 * voice is never picked, not even as the default, and with no local voice nothing is spoken.
 *
 * Pause cancels the utterance and resume speaks the current sentence again: `speechSynthesis.pause()`
 * is not honoured by every engine (speech-dispatcher on Linux ignores it), and a sentence is short.
 */
import { sentencesOf, type Sentence } from './sentences';

export type ReadAloudStatus = 'idle' | 'playing' | 'paused';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** The sentence being read (or where it paused), -1 when idle. */
  index: number;
  total: number;
  /** Set when the engine failed on a sentence (its `error` code). */
  error: string | null;
}

export const HIGHLIGHT = 'qr-reading';

function synth(): SpeechSynthesis | undefined {
  return (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
}

/** The system's local voices (never a remote one). */
export function localVoices(): SpeechSynthesisVoice[] {
  try {
    return (synth()?.getVoices() ?? []).filter((v) => v.localService);
  } catch {
    return [];
  }
}

/** The stored voice if it is here, else the default or first local voice of the language, else the first local one. */
export function pickVoice(
  voices: SpeechSynthesisVoice[],
  wanted: string | null,
  lang: string | null | undefined,
): SpeechSynthesisVoice | null {
  const stored = wanted ? voices.find((v) => v.voiceURI === wanted) : undefined;
  if (stored) return stored;
  const base = (lang ?? '').toLowerCase().split('-')[0];
  const same = base ? voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base) : [];
  return same.find((v) => v.default) ?? same[0] ?? voices.find((v) => v.default) ?? voices[0] ?? null;
}

/** Keeps a sentence in view: scrolls only when it is outside the band between the toolbar and the player. */
function keepInView(range: Range): void {
  const rect = range.getBoundingClientRect();
  const top = 80;
  const bottom = window.innerHeight - 110;
  if (rect.top >= top && rect.bottom <= bottom) return;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
}

export interface ReadAloudOptions {
  root: Element;
  lang: string | null | undefined;
  voice: () => SpeechSynthesisVoice | null;
  rate: () => number;
  onChange: (state: ReadAloudState) => void;
}

/** One article's read-aloud session. */
export class ReadAloud {
  private sentences: Sentence[] | null = null;
  private state: ReadAloudState = { status: 'idle', index: -1, total: 0, error: null };
  /** Bumped for each utterance: events of a cancelled one are ignored. */
  private generation = 0;
  /** The utterance being spoken, referenced so that Chromium cannot collect it before its `end`. */
  private utterance: SpeechSynthesisUtterance | null = null;

  constructor(private readonly opts: ReadAloudOptions) {}

  /** The sentences, cut once, on first use (never on the way to the first paint). */
  list(): Sentence[] {
    this.sentences ??= sentencesOf(this.opts.root, this.opts.lang);
    return this.sentences;
  }

  get current(): ReadAloudState {
    return this.state;
  }

  /** Starts (or restarts) reading at sentence `index`. */
  play(index: number): void {
    const total = this.list().length;
    if (total === 0) return;
    this.set({ status: 'playing', index: Math.max(0, Math.min(total - 1, index)), total, error: null });
    this.speak();
  }

  /** The first sentence below the toolbar: reading starts where the reader is. */
  firstInView(): number {
    const i = this.list().findIndex((s) => s.range.getBoundingClientRect().bottom > 80);
    return Math.max(0, i);
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.silence();
    this.set({ ...this.state, status: 'paused' });
  }

  resume(): void {
    if (this.state.status !== 'paused') return;
    this.set({ ...this.state, status: 'playing' });
    this.speak();
  }

  /** Moves by `by` sentences, reading on if it was reading. */
  step(by: number): void {
    if (this.state.status === 'idle') return;
    const index = Math.max(0, Math.min(this.state.total - 1, this.state.index + by));
    if (this.state.status === 'playing') this.play(index);
    else {
      this.set({ ...this.state, index });
      this.highlight(index);
    }
  }

  stop(): void {
    this.silence();
    this.set({ status: 'idle', index: -1, total: this.state.total, error: null });
    this.highlight(-1);
  }

  /** Applies a new rate or voice from the next sentence on (the current one restarts with it). */
  refresh(): void {
    if (this.state.status === 'playing') this.speak();
  }

  private silence(): void {
    this.generation++;
    this.utterance = null;
    try {
      synth()?.cancel();
    } catch {
      /* nothing was speaking */
    }
  }

  private speak(): void {
    const engine = synth();
    const voice = this.opts.voice();
    const sentence = this.list()[this.state.index];
    if (!engine || !voice || !sentence) return this.stop();
    this.silence();
    const gen = this.generation;
    const u = new SpeechSynthesisUtterance(sentence.text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = this.opts.rate();
    u.addEventListener('end', () => {
      if (gen !== this.generation || this.state.status !== 'playing') return;
      if (this.state.index + 1 >= this.state.total) return this.stop();
      this.set({ ...this.state, index: this.state.index + 1 });
      this.speak();
    });
    u.addEventListener('error', (e) => {
      if (gen !== this.generation || e.error === 'interrupted' || e.error === 'canceled') return;
      this.silence();
      this.set({ ...this.state, status: 'paused', error: e.error || 'synthesis-failed' });
    });
    this.utterance = u;
    this.highlight(this.state.index);
    engine.speak(u);
  }

  private highlight(index: number): void {
    const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const sentence = index >= 0 ? this.list()[index] : undefined;
    if (registry && typeof Highlight === 'function') {
      if (sentence) registry.set(HIGHLIGHT, new Highlight(sentence.range));
      else registry.delete(HIGHLIGHT);
    }
    if (sentence) keepInView(sentence.range);
  }

  private set(next: ReadAloudState): void {
    this.state = next;
    this.opts.onChange(next);
  }
}
