/** "Test connection": the folder can be created and read, and the passphrase (if any) opens it. */
import { isRightKey, deriveKey, fromBase64 } from './crypto';
import { davClient } from './dav';
import { folderUrl } from './engine';
import { readManifest } from './remote-files';
import { SyncAbort, type SyncConfig, type SyncFailure } from './types';

/** `{ ok: true }`, or the failure with its code; never throws. */
export async function checkConnection(config: SyncConfig): Promise<{ ok: true; items: number } | SyncFailure> {
  try {
    const dav = davClient(folderUrl(config), config.user, config.password);
    await dav.mkcol('');
    const { manifest } = await readManifest(dav);
    if (manifest.encryption) {
      if (!config.passphrase) throw new SyncAbort('passphrase', 'This sync folder is encrypted: enter its passphrase.');
      const key = await deriveKey(
        config.passphrase,
        fromBase64(manifest.encryption.salt),
        manifest.encryption.iterations,
      );
      if (!(await isRightKey(key, manifest.encryption.check)))
        throw new SyncAbort('passphrase', 'The passphrase does not open this sync folder.');
    }
    return { ok: true, items: Object.values(manifest.items).filter((e) => !e.deleted).length };
  } catch (err) {
    if (err instanceof SyncAbort) return { ok: false, error: err.code, message: err.message };
    return { ok: false, error: 'failed', message: String((err as Error)?.message ?? err) };
  }
}
