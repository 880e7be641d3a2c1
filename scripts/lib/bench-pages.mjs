// The pages the cold-load bench opens, served on 127.0.0.1: the seed page, a news page without
// comments (a fixture) and 30 real pages of ../shared/wcxb-dev (gunzipped on the fly), picked
// evenly over the sorted ids so that every run measures the same ones.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

/** Starts the server; returns { url(name), pages: [{ name, url, kind }], close() }. */
export async function startBenchPages(root, { wcxbCount = 30 } = {}) {
  const shared = path.resolve(root, '..', 'shared');
  const seed = fs.existsSync(path.join(shared, 'seed', 'her-review.html'))
    ? path.join(shared, 'seed', 'her-review.html')
    : path.join(root, 'demo', 'her-review.html');
  const files = new Map([
    ['seed.html', seed],
    ['news.html', path.join(root, 'test', 'fixtures', 'plain-news', 'source.html')],
  ]);
  const wcxbDir = path.join(shared, 'wcxb-dev', 'html');
  const ids = fs.existsSync(wcxbDir)
    ? fs
        .readdirSync(wcxbDir)
        .filter((f) => f.endsWith('.html.gz'))
        .sort()
    : [];
  const step = Math.max(1, Math.floor(ids.length / wcxbCount));
  const wcxb = ids.filter((_, i) => i % step === 0).slice(0, wcxbCount);
  for (const f of wcxb) files.set(`wcxb-${f.replace('.html.gz', '')}.html`, path.join(wcxbDir, f));
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    const file = files.get(name);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    let body = fs.readFileSync(file);
    if (file.endsWith('.gz')) body = zlib.gunzipSync(body);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const pages = [...files.keys()].map((name) => ({
    name: name.replace(/\.html$/, ''),
    url: `${origin}/${name}`,
    kind: name.startsWith('wcxb-') ? 'wcxb' : name.replace('.html', ''),
  }));
  return {
    origin,
    pages,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
