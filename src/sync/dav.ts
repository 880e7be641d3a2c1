/**
 * The few WebDAV calls sync needs, over plain fetch: GET, PUT (with If-Match / If-None-Match),
 * DELETE, MKCOL. The `webdav` npm client is not used: it brings a 100 kB XML stack for PROPFIND,
 * which sync never needs (the manifest lists the files), and every call here must carry a timeout
 * and map its status to a sentence, which is as much code wrapped around it as without it.
 */
import { SyncAbort } from './types';

const TIMEOUT_MS = 20_000;

export interface DavFile {
  body: Uint8Array;
  etag: string | null;
}

export interface Dav {
  get(path: string): Promise<DavFile | null>;
  /** Resolves to the new ETag; `ifMatch: null` means "only if absent" (If-None-Match: *). */
  put(path: string, body: Uint8Array | string, ifMatch?: string | null): Promise<string | null>;
  remove(path: string, ifMatch?: string): Promise<void>;
  mkcol(path: string): Promise<void>;
}

function statusError(status: number, what: string): SyncAbort {
  if (status === 401 || status === 403)
    return new SyncAbort(
      'unauthorized',
      `The server refused the user name or password (${status}) while trying to ${what}.`,
    );
  if (status === 507) return new SyncAbort('quota', `The server has no space left (507) while trying to ${what}.`);
  if (status === 412)
    return new SyncAbort('changed', `A file changed on the server while this sync ran (412) while trying to ${what}.`);
  if (status === 405 || status === 501)
    return new SyncAbort('not-dav', `This address does not speak WebDAV (${status}) while trying to ${what}.`);
  return new SyncAbort('failed', `The server answered ${status} while trying to ${what}.`);
}

/** A client for the folder `base` (ends with `/`). */
export function davClient(
  base: string,
  user: string,
  password: string,
  fetchImpl: typeof fetch = (...a) => fetch(...a),
): Dav {
  const auth = 'Basic ' + btoa(unescape(encodeURIComponent(`${user}:${password}`)));
  async function call(
    method: string,
    path: string,
    what: string,
    init: { body?: Uint8Array | string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    try {
      return await fetchImpl(base + path, {
        method,
        headers: { authorization: auth, ...init.headers },
        body: init.body as BodyInit | undefined,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (err) {
      throw new SyncAbort(
        'unreachable',
        `The server could not be reached while trying to ${what}: ${(err as Error)?.message ?? err}`,
      );
    }
  }
  async function bytes(res: Response, what: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await res.arrayBuffer());
    } catch (err) {
      throw new SyncAbort(
        'unreachable',
        `The connection dropped while trying to ${what}: ${(err as Error)?.message ?? err}`,
      );
    }
  }
  return {
    async get(path) {
      const what = `read ${path}`;
      const res = await call('GET', path, what);
      if (res.status === 404) return null;
      if (!res.ok) throw statusError(res.status, what);
      return { body: await bytes(res, what), etag: res.headers.get('etag') };
    },
    async put(path, body, ifMatch) {
      const what = `write ${path}`;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (ifMatch === null) headers['if-none-match'] = '*';
      else if (ifMatch) headers['if-match'] = ifMatch;
      const res = await call('PUT', path, what, { body, headers });
      if (!res.ok) throw statusError(res.status, what);
      return res.headers.get('etag');
    },
    async remove(path, ifMatch) {
      const what = `delete ${path}`;
      const res = await call('DELETE', path, what, { headers: ifMatch ? { 'if-match': ifMatch } : {} });
      if (!res.ok && res.status !== 404) throw statusError(res.status, what);
    },
    async mkcol(path) {
      const what = `create the folder ${path}`;
      const res = await call('MKCOL', path, what);
      // 405: it exists already.
      if (!res.ok && res.status !== 405) throw statusError(res.status, what);
    },
  };
}
