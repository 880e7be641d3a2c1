/**
 * How much space the library uses, and whether the browser keeps it under storage pressure.
 * Asks for persistent storage once on load (browsers may grant it silently or ask the user);
 * if not granted, a button lets the user ask again.
 */
import { useEffect, useState } from 'preact/hooks';
import { translate } from '../../../i18n';
import { bytes } from '../format';

type Storage = { usage: number | null; persisted: boolean | null };

async function readStorage(): Promise<Storage> {
  const est = await navigator.storage?.estimate?.().catch(() => null);
  const persisted = await navigator.storage?.persisted?.().catch(() => null);
  return { usage: est?.usage ?? null, persisted: persisted ?? null };
}

async function askPersist(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}

/** The storage line in the page footer; `version` changes re-read the usage. */
export function StorageNote({ version }: { version: number }) {
  const [s, setS] = useState<Storage>({ usage: null, persisted: null });
  useEffect(() => {
    void readStorage().then(async (now) => {
      setS(now);
      if (now.persisted === false && (await askPersist())) setS({ ...now, persisted: true });
    });
  }, []);
  useEffect(() => void readStorage().then(setS), [version]);
  return (
    <p class="storage-note" data-testid="storage-usage">
      {s.usage !== null && <span>{translate('libraryStored', [bytes(s.usage)])} </span>}
      {s.persisted === true && <span>{translate('libraryPersisted')}</span>}
      {s.persisted === false && (
        <span>
          {translate('libraryNotPersisted')}{' '}
          <button
            type="button"
            class="link-button"
            data-testid="persist"
            onClick={() => void askPersist().then((p) => setS({ ...s, persisted: p }))}
          >
            {translate('libraryAskPersist')}
          </button>
        </span>
      )}
    </p>
  );
}
