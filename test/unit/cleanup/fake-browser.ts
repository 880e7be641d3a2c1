/** An in-memory fake of the few extension APIs the cleanup settings and the page scripts use (storage.sync and onChanged, runtime). */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const data = new Map<string, unknown>();
const listeners = new Set<Listener>();
let quotaBytes = Infinity;

function emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): void {
  for (const l of listeners) l(changes, 'sync');
}

export const fakeBrowser = {
  storage: {
    sync: {
      async get(keys: null | string | string[]) {
        const want = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(want.filter((k) => data.has(k)).map((k) => [k, data.get(k)]));
      },
      async set(items: Record<string, unknown>) {
        if (JSON.stringify([...data.entries(), ...Object.entries(items)]).length > quotaBytes)
          throw new Error('QUOTA_BYTES quota exceeded');
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data.get(k), newValue: v };
          data.set(k, v);
        }
        emit(changes);
      },
      async remove(keys: string | string[]) {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const k of Array.isArray(keys) ? keys : [keys]) {
          if (!data.has(k)) continue;
          changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        emit(changes);
      },
    },
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  },
  // The background's side of what the page scripts ask it (src/background/load-folds.ts): the
  // settings from storage with the fold code's messages, and a port that stays open.
  runtime: {
    id: 'fake-extension',
    async sendMessage(msg: { type?: string }) {
      if (msg?.type === 'content-to-background:get-settings') {
        const { parseCleanupSettings } = await import('../../../src/cleanup-settings');
        const { messagesAhead } = await import('../../../src/i18n');
        const { FOLD_MESSAGE_KEYS } = await import('../../../src/fold-messages');
        return { settings: parseCleanupSettings(Object.fromEntries(data)), messages: messagesAhead(FOLD_MESSAGE_KEYS) };
      }
      return undefined;
    },
    connect: () => ({ onDisconnect: { addListener: () => {} }, disconnect: () => {} }),
    onMessage: { addListener: () => {}, removeListener: () => {} },
  },
};

/** Empties the fake storage and sets its quota (bytes of JSON) for the next test. */
export function resetFakeStorage(quota = Infinity): void {
  data.clear();
  listeners.clear();
  quotaBytes = quota;
}
