/** An in-memory stand-in for the parts of `browser` the reader's extension code uses (storage, menus, commands, messaging). */

type Listener = (...args: any[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    fire: (...args: unknown[]) => listeners.map((l) => l(...args)),
  };
}

/** A fresh fake: `sync` is the storage, `menus` the created menu items, `sent` the tab messages, `injected` the scripted tabs. */
export function makeFakeBrowser() {
  const sync: Record<string, unknown> = {};
  const onChanged = event();
  const menus: Record<string, unknown>[] = [];
  const sent: { tabId: number; message: unknown }[] = [];
  const injected: number[] = [];
  return {
    sync,
    menus,
    sent,
    injected,
    storage: {
      sync: {
        get: async (key: string) => (key in sync ? { [key]: structuredClone(sync[key]) } : {}),
        set: async (items: Record<string, unknown>) => {
          const changes: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(items)) {
            changes[k] = { oldValue: sync[k], newValue: structuredClone(v) };
            sync[k] = structuredClone(v);
          }
          onChanged.fire(changes, 'sync');
        },
      },
      onChanged,
    },
    runtime: { id: 'quietread@example.org', onInstalled: event(), onMessage: event() },
    contextMenus: { create: (props: Record<string, unknown>) => void menus.push(props), onClicked: event() },
    commands: { onCommand: event() },
    scripting: { executeScript: async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId) },
    tabs: {
      query: async () => [{ id: 7, active: true }],
      onRemoved: event(),
      sendMessage: async (tabId: number, message: unknown) => {
        // Only a tab the on-demand script was injected into answers `any-to-ondemand:` messages.
        if (!injected.includes(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push({ tabId, message });
        return { open: true };
      },
    },
  };
}

export type FakeBrowser = ReturnType<typeof makeFakeBrowser>;
