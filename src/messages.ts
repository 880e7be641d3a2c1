/**
 * Typed messages shared by all contexts. Each type names its sender and receiver
 * (`popup-to-content:…`); handlers switch on `type` with an exhaustive `never` check.
 */
import type { Analysis, BoilerplateKind } from './core/types';

/** What the always-on content script knows about its page without running Readability. */
export interface PageState {
  url: string;
  title: string;
  tokens: string[];
  /** Folded blocks by kind, with their stub labels. */
  collapsed: { kind: BoilerplateKind; label: string; open: boolean }[];
  cleanupEnabled: boolean;
}

export type ToContent =
  | { type: 'popup-to-content:get-state' }
  | { type: 'popup-to-content:set-cleanup'; enabled: boolean };

export type ToContentReply<M extends ToContent> = M extends { type: 'popup-to-content:get-state' }
  ? PageState
  : M extends { type: 'popup-to-content:set-cleanup' }
    ? PageState
    : never;

export type { Analysis };

/** Narrows an unknown runtime message to one of ours. */
export function isOurMessage<T extends { type: string }>(msg: unknown, prefix: string): msg is T {
  return typeof msg === 'object' && msg !== null && typeof (msg as { type?: unknown }).type === 'string' && (msg as { type: string }).type.startsWith(prefix);
}
