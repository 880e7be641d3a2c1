/**
 * Optional end-to-end encryption: AES-GCM with a key from PBKDF2-SHA-256 (310,000 iterations, the
 * OWASP 2023 figure) over the passphrase and a random salt kept in the manifest. Each file gets its
 * own random 96-bit IV, stored before the ciphertext. The server only ever sees ciphertext; file
 * names are already hashes of the URL.
 */
export const PBKDF2_ITERATIONS = 310_000;
const CHECK_TEXT = 'quietread-sync-check';

const enc = new TextEncoder();
const dec = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A fresh 16-byte salt. */
export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(16));
}

/** The AES-GCM key for a passphrase and salt (slow on purpose: PBKDF2). */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const raw = await crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    raw,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** IV (12 bytes) followed by the ciphertext and tag. */
export async function encryptText(key: CryptoKey, text: string): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(text)));
  const out = new Uint8Array(12 + data.length);
  out.set(iv);
  out.set(data, 12);
  return out;
}

/** The plain text, or null when the key is wrong or the bytes were changed. */
export async function decryptText(key: CryptoKey, bytes: Uint8Array): Promise<string | null> {
  if (bytes.length < 29) return null;
  try {
    return dec.decode(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes.subarray(0, 12) as BufferSource },
        key,
        bytes.subarray(12) as BufferSource,
      ),
    );
  } catch {
    return null;
  }
}

/** The manifest's proof of the passphrase: a known text, encrypted. */
export async function makeCheck(key: CryptoKey): Promise<string> {
  return toBase64(await encryptText(key, CHECK_TEXT));
}

export async function isRightKey(key: CryptoKey, check: string): Promise<boolean> {
  try {
    return (await decryptText(key, fromBase64(check))) === CHECK_TEXT;
  } catch {
    return false;
  }
}

/** SHA-256 hex of a text: the file name of an item (its canonical URL). */
export async function sha256Hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(text)));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}
