/** Read-aloud as Preact state: the session, the local voices, the stored speed and voice. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_READ_ALOUD_SETTINGS,
  loadReadAloudSettings,
  saveReadAloudSettings,
  type ReadAloudSettings,
} from '../../read-aloud-settings';
import { localVoices, pickVoice, ReadAloud, type ReadAloudState } from './read-aloud';
import { sentenceAt } from './sentences';

/** How long to wait for the engine to list its voices (Chromium lists them late, after `voiceschanged`). */
const VOICES_GRACE_MS = 2000;

export interface ReadAloudControls {
  /** The player is shown (reading, paused, or saying why it cannot). */
  open: boolean;
  state: ReadAloudState;
  voices: SpeechSynthesisVoice[];
  /** False until the engine has listed its voices or the grace time is over. */
  voicesKnown: boolean;
  voice: SpeechSynthesisVoice | null;
  settings: ReadAloudSettings;
  start: () => void;
  toggle: () => void;
  stop: () => void;
  step: (by: number) => void;
  /** Reads from the sentence holding this point (a click in the article); false when there is none. */
  playAt: (node: Node, offset: number) => boolean;
  change: (next: ReadAloudSettings) => void;
}

const IDLE: ReadAloudState = { status: 'idle', index: -1, total: 0, error: null };

/** The read-aloud session of the article rendered in `body` (null until it is). */
export function useReadAloud(body: HTMLElement | null, lang: string | null | undefined): ReadAloudControls {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<ReadAloudState>(IDLE);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [voicesKnown, setVoicesKnown] = useState(false);
  const [settings, setSettings] = useState<ReadAloudSettings>({ ...DEFAULT_READ_ALOUD_SETTINGS });
  const live = useRef({ settings, voice: null as SpeechSynthesisVoice | null });

  useEffect(() => {
    let alive = true;
    loadReadAloudSettings().then((s) => alive && setSettings(s));
    return () => {
      alive = false;
    };
  }, []);

  // Voices are listed only once the player opens: asking early makes some engines start up on every reader open.
  useEffect(() => {
    if (!open) return;
    const engine = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    const update = () => {
      const found = localVoices();
      setVoices(found);
      if (found.length) setVoicesKnown(true);
    };
    update();
    engine?.addEventListener?.('voiceschanged', update);
    const timer = setTimeout(() => setVoicesKnown(true), engine ? VOICES_GRACE_MS : 0);
    return () => {
      engine?.removeEventListener?.('voiceschanged', update);
      clearTimeout(timer);
    };
  }, [open]);

  const voice = pickVoice(voices, settings.voice, lang);
  live.current = { settings, voice };

  const session = useMemo(
    () =>
      body
        ? new ReadAloud({
            root: body,
            lang,
            voice: () => live.current.voice,
            rate: () => live.current.settings.rate,
            onChange: setState,
          })
        : null,
    [body, lang],
  );
  useEffect(() => () => session?.stop(), [session]);

  // Reading waits for a voice: a click on Listen before the engine has listed its voices starts once it has.
  const pending = useRef<number | null>(null);
  useEffect(() => {
    if (!session || !voice || pending.current === null) return;
    const at = pending.current;
    pending.current = null;
    session.play(at);
  }, [session, voice]);

  const playFrom = (index: number) => {
    setOpen(true);
    if (!session) return;
    if (live.current.voice) session.play(index);
    else pending.current = index;
  };

  return {
    open,
    state,
    voices,
    voicesKnown,
    voice,
    settings,
    start: () => playFrom(session?.firstInView() ?? 0),
    toggle: () => {
      if (!session) return;
      if (session.current.status === 'playing') session.pause();
      else if (session.current.status === 'paused') session.resume();
      else playFrom(session.firstInView());
    },
    stop: () => {
      pending.current = null;
      session?.stop();
      setOpen(false);
    },
    step: (by) => session?.step(by),
    playAt: (node, offset) => {
      if (!session) return false;
      const i = sentenceAt(session.list(), node, offset);
      if (i < 0) return false;
      playFrom(i);
      return true;
    },
    change: (next) => {
      setSettings(next);
      live.current = { settings: next, voice: pickVoice(voices, next.voice, lang) };
      session?.refresh();
      saveReadAloudSettings(next).catch((err: unknown) =>
        console.warn('Quietread: saving the read-aloud settings failed', err),
      );
    },
  };
}
