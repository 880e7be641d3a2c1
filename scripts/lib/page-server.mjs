// A static page server on 127.0.0.1 for the hostile/huge/privacy e2e tests and `npm run bench`.
// Besides files it serves the generated huge pages (/generated/<name>.html), fills `{{ORIGIN}}` in
// fixtures (so hostile payloads can report to an absolute URL), and logs every request with its
// headers: the privacy test reads that log.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { generatedPage } from './big-pages.mjs';

const TYPES = {
  '.html': 'text/html', // no charset: the page's own <meta charset> decides (non-UTF-8 fixtures)
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Serves `mounts` (URL prefix → folder) and /generated/ on a random port of 127.0.0.1. */
export async function startPageServer(mounts) {
  const requests = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, method: req.method, headers: req.headers });
    const reply = () => {
      const gen = /^\/generated\/([\w-]+)\.html$/.exec(url.pathname);
      if (gen) {
        const html = generatedPage(gen[1]);
        return html === null
          ? send(res, 404, 'text/plain', 'not found')
          : send(res, 200, 'text/html; charset=utf-8', html);
      }
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
        const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
        let body = fs.readFileSync(file);
        if (/\.(html|css|svg)$/.test(file) && body.includes('{{ORIGIN}}'))
          body = Buffer.from(body.toString('latin1').replaceAll('{{ORIGIN}}', origin), 'latin1');
        return send(res, 200, type, body);
      }
      // Markers hostile payloads report to (/ran/<id>) and anything else: a plain 404, logged above.
      send(
        res,
        url.pathname.startsWith('/ran/') ? 204 : 404,
        'text/plain',
        url.pathname.startsWith('/ran/') ? '' : 'not found',
      );
    };
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) setTimeout(reply, Math.min(delay, 10_000));
    else reply();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
