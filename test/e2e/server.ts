/** A static file server on 127.0.0.1 for end-to-end tests: serves test/fixtures, demo/ and (when present) the shared corpus. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TestServer {
  origin: string;
  url(p: string): string;
  /** Every path requested so far (for the privacy test). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix → folder) on a random port of 127.0.0.1. */
export async function startServer(mounts: Record<string, string>): Promise<TestServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    const send = () => {
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
        const type = url.searchParams.get('type') ?? TYPES[path.extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        fs.createReadStream(file).pipe(res);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    if (delay > 0) setTimeout(send, Math.min(delay, 10_000));
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
