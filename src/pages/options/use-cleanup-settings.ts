import { useEffect, useState } from 'preact/hooks';
import { translate } from '../../i18n';
import {
  getCleanupSettings,
  onCleanupSettingsChanged,
  type CleanupSettings,
  type SaveResult,
} from '../../cleanup-settings';

/** The cleanup settings, kept current (changes from the popup or another options tab show up here), and the last save's outcome. */
export function useCleanupSettings(): {
  settings: CleanupSettings | null;
  status: string;
  save: (write: () => Promise<SaveResult>) => Promise<void>;
} {
  const [settings, setSettings] = useState<CleanupSettings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    getCleanupSettings().then(setSettings, () => setStatus(translate('optionsReadFailed')));
    return onCleanupSettingsChanged(setSettings);
  }, []);
  const save = async (write: () => Promise<SaveResult>) => {
    const r = await write();
    setStatus(
      r.ok
        ? translate('optionsSaved')
        : r.error === 'quota-exceeded'
          ? translate('optionsSyncFull')
          : translate('optionsNotSaved', [r.message]),
    );
  };
  return { settings, status, save };
}
