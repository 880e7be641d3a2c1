/**
 * The popup's state, in one place: a pure reducer over the events the loader and the actions emit.
 * Components only read this state and call the actions; nothing else holds popup state.
 */
import type { Analysis, PageState } from '../src/messages';
import type { RestrictedReason } from './restricted';

export type Phase =
  | { kind: 'loading'; waitingForPage: boolean }
  | { kind: 'ready'; analysis: Analysis }
  | { kind: 'not-article' }
  | { kind: 'too-large'; message: string }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'error'; message: string };

export type SaveStatus =
  | { kind: 'unknown' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; id: string }
  | { kind: 'changed'; id: string }
  | { kind: 'failed'; error: 'quota-exceeded' | 'invalid' | 'failed'; message: string };

export type CopyStatus = 'idle' | 'copied' | 'failed';

export interface PopupState {
  tabId: number | null;
  /** The tab's own title, shown before the analysis arrives (first meaningful paint). */
  tabTitle: string;
  /** What the always-on content script reports (folded blocks, cleanup switch); null where it does not run. */
  page: PageState | null;
  phase: Phase;
  save: SaveStatus;
  copy: CopyStatus;
  /** Counts loads, so a late answer of an earlier load is dropped after Retry. */
  attempt: number;
}

export type PopupEvent =
  | { type: 'load-started' }
  | { type: 'tab'; tabId: number; title: string }
  | { type: 'waiting-for-page'; waiting: boolean }
  | { type: 'page-state'; page: PageState | null }
  | { type: 'analysis'; analysis: Analysis }
  | { type: 'not-article' }
  | { type: 'too-large'; message: string }
  | { type: 'restricted'; reason: RestrictedReason }
  | { type: 'error'; message: string }
  | { type: 'save'; save: SaveStatus }
  | { type: 'copy'; copy: CopyStatus }
  | { type: 'cleanup'; enabled: boolean };

/** The state a popup opens with: loading, so the skeleton paints at once. */
export function initialState(): PopupState {
  return {
    tabId: null,
    tabTitle: '',
    page: null,
    phase: { kind: 'loading', waitingForPage: false },
    save: { kind: 'unknown' },
    copy: 'idle',
    attempt: 0,
  };
}

/** Applies one event to the popup state (pure). */
export function reduce(state: PopupState, event: PopupEvent): PopupState {
  switch (event.type) {
    case 'load-started':
      return {
        ...state,
        phase: { kind: 'loading', waitingForPage: false },
        save: { kind: 'unknown' },
        copy: 'idle',
        attempt: state.attempt + 1,
      };
    case 'tab':
      return { ...state, tabId: event.tabId, tabTitle: event.title };
    case 'waiting-for-page':
      return state.phase.kind === 'loading'
        ? { ...state, phase: { kind: 'loading', waitingForPage: event.waiting } }
        : state;
    case 'page-state':
      return { ...state, page: event.page };
    case 'analysis':
      return { ...state, phase: { kind: 'ready', analysis: event.analysis } };
    case 'not-article':
      return { ...state, phase: { kind: 'not-article' } };
    case 'too-large':
      return { ...state, phase: { kind: 'too-large', message: event.message } };
    case 'restricted':
      return { ...state, phase: { kind: 'restricted', reason: event.reason }, page: null };
    case 'error':
      return { ...state, phase: { kind: 'error', message: event.message } };
    case 'save':
      return { ...state, save: event.save };
    case 'copy':
      return { ...state, copy: event.copy };
    case 'cleanup':
      return state.page ? { ...state, page: { ...state.page, cleanupEnabled: event.enabled } } : state;
    default: {
      const never: never = event;
      return never;
    }
  }
}

/** Whether the actions that need an analysis (save, copy) can run. */
export function hasAnalysis(state: PopupState): state is PopupState & { phase: { kind: 'ready'; analysis: Analysis } } {
  return state.phase.kind === 'ready';
}
