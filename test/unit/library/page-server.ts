/** A real HTTP server on 127.0.0.1 for the fetch-and-clean unit tests: good pages, errors, slow and large answers. */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
export const ARTICLE = fs.readFileSync(path.join(FIXTURES, 'reader/long-article.html'));

/** A short review in windows-1252 bytes whose <meta> claims UTF-8: only the HTTP charset reads it right. */
export const LATIN_PAGE = Buffer.from(
  '<!doctype html><html><head><meta charset="utf-8"><title>Gr\u00fc\u00dfe aus K\u00f6ln</title></head><body><article>' +
    '<h1>Gr\u00fc\u00dfe aus K\u00f6ln</h1>' +
    '<p>Die Stra\u00dfenbahn f\u00e4hrt \u00fcber den Rhein, und der Dom steht still im Nebel. ' +
    'Wir sa\u00dfen lange am Fenster und sahen den Schiffen zu, die langsam flussabw\u00e4rts zogen.</p>' +
    '<p>Ein <a href="/weiter">weiterer Text</a> und ein Bild: <img src="img/dom.jpg" alt="Der Dom"></p>' +
    '<p>Am Abend wurde es k\u00fchl, und die Lichter der Br\u00fccke spiegelten sich im Wasser, lange nachdem die letzte Bahn gefahren war.</p>' +
    '<script>document.title = "ran"</script></article></body></html>',
  'latin1',
);

export interface PageServer {
  url(p: string): string;
  /** Request headers seen, by path. */
  seen: Map<string, http.IncomingHttpHeaders>;
  close(): Promise<void>;
}

/** Starts the server; every route is named for what it answers. */
export async function startPageServer(): Promise<PageServer> {
  const seen = new Map<string, http.IncomingHttpHeaders>();
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    seen.set(p, req.headers);
    const html = (body: Buffer | string, type = 'text/html; charset=utf-8') =>
      res.writeHead(200, { 'content-type': type }).end(body);
    switch (p) {
      case '/blog/article':
        return html(ARTICLE);
      case '/blog/latin':
        return html(LATIN_PAGE, 'text/html; charset=ISO-8859-1');
      case '/redirect':
        return res.writeHead(302, { location: '/blog/article' }).end();
      case '/gone':
        return res.writeHead(410, { 'content-type': 'text/html' }).end('<h1>Gone</h1>');
      case '/notes.txt':
        return html('just some text', 'text/plain; charset=utf-8');
      case '/no-type':
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(ARTICLE);
      case '/binary':
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
      case '/big-declared':
        // Says its size up front: refused before the body is read.
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(ARTICLE.length) });
        return res.end(ARTICLE);
      case '/big-chunked':
        // No length: the reader stops once the cap is passed.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(ARTICLE);
        return res.end(ARTICLE);
      case '/slow':
        return void setTimeout(() => html(ARTICLE), 1500);
      case '/no-article':
        return html(
          '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>',
        );
      default:
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
