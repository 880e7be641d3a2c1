/**
 * Reading input with the size limit applied while reading, not after: `quietread extract /dev/zero`
 * or `yes | quietread extract -` would otherwise fill memory before the 8 MB check ran. Both readers
 * stop one byte past the limit, which is enough for the caller to say "over the size limit".
 */
import { open } from 'node:fs/promises';

/** At most `limit + 1` bytes of an async stream of chunks (stdin); stops reading there. */
export async function readStreamLimited(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(buf);
    total += buf.length;
    if (total > limit) break; // leaving the loop ends the stream's iteration: nothing more is read
  }
  return Buffer.concat(chunks).subarray(0, limit + 1);
}

/** At most `limit + 1` bytes of a file, read in chunks (a device such as /dev/zero has no size to check first). */
export async function readFileLimited(file: string, limit: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const out = Buffer.alloc(limit + 1);
    let total = 0;
    while (total < out.length) {
      const { bytesRead } = await handle.read(out, total, Math.min(1 << 20, out.length - total), null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return out.subarray(0, total);
  } finally {
    await handle.close();
  }
}
