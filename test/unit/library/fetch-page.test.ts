/** Fetching a link's page over real HTTP (a local server): statuses, types, limits, redirects, time-outs, cancel. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, isHtmlResponse } from '../../../src/library/fetch-page';
import { ARTICLE, startPageServer, type PageServer } from './page-server';

let srv: PageServer;
beforeAll(async () => {
  srv = await startPageServer();
});
afterAll(() => srv.close());

describe('fetchPage', () => {
  it('fetches an HTML page, its bytes whole, without cookies or referrer', async () => {
    const r = await fetchPage(srv.url('/blog/article'));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.url).toBe(srv.url('/blog/article'));
    expect(r.value.contentType).toBe('text/html; charset=utf-8');
    expect(Buffer.from(r.value.bytes).equals(ARTICLE)).toBe(true);
    const headers = srv.seen.get('/blog/article')!;
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    expect(headers.accept).toMatch(/^text\/html/);
  });

  it('follows a redirect and reports where it ended', async () => {
    const r = await fetchPage(srv.url('/redirect'));
    expect(r.ok && r.value.url).toBe(srv.url('/blog/article'));
  });

  it('gives the HTTP status of an error answer', async () => {
    expect(await fetchPage(srv.url('/missing'))).toEqual({ ok: false, error: 'http', status: 404 });
    expect(await fetchPage(srv.url('/gone'))).toEqual({ ok: false, error: 'http', status: 410 });
  });

  it('refuses what is not an HTML page, by its type or, untyped, by its bytes', async () => {
    expect(await fetchPage(srv.url('/notes.txt'))).toEqual({ ok: false, error: 'not-html' });
    expect(await fetchPage(srv.url('/binary'))).toEqual({ ok: false, error: 'not-html' });
    expect((await fetchPage(srv.url('/no-type'))).ok).toBe(true);
  });

  it('refuses a page over the size cap, declared or streamed', async () => {
    const maxBytes = ARTICLE.length + 10;
    expect(await fetchPage(srv.url('/big-declared'), { maxBytes: ARTICLE.length - 1 })).toEqual({
      ok: false,
      error: 'too-large',
    });
    expect(await fetchPage(srv.url('/big-chunked'), { maxBytes })).toEqual({ ok: false, error: 'too-large' });
    expect((await fetchPage(srv.url('/blog/article'), { maxBytes })).ok).toBe(true);
  });

  it('gives up on a page slower than the time limit', async () => {
    expect(await fetchPage(srv.url('/slow'), { timeoutMs: 200 })).toEqual({ ok: false, error: 'timeout' });
  });

  it('says cancelled, not failed, when the caller aborts', async () => {
    const ctrl = new AbortController();
    const pending = fetchPage(srv.url('/slow'), { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 50);
    expect(await pending).toEqual({ ok: false, error: 'cancelled' });
  });

  it('fetches only http(s) and says when a server cannot be reached', async () => {
    expect(await fetchPage('ftp://files.example/a.html')).toEqual({ ok: false, error: 'not-http' });
    expect(await fetchPage('javascript:alert(1)')).toEqual({ ok: false, error: 'not-http' });
    expect(await fetchPage('http://127.0.0.1:9/nothing-listens-here')).toEqual({ ok: false, error: 'network' });
  });
});

describe('isHtmlResponse', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('goes by the declared type, and sniffs only when there is none', () => {
    expect(isHtmlResponse('application/xhtml+xml', bytes('x'))).toBe(true);
    expect(isHtmlResponse('', bytes('\ufeff  <!DOCTYPE html><p>x'))).toBe(true);
    expect(isHtmlResponse('', bytes('{"a": "<html>"}'))).toBe(false);
    expect(isHtmlResponse('application/json', bytes('<html>'))).toBe(false);
  });
});
