/**
 * A recording HTTP proxy for the privacy test: the browser sends every http(s) request it makes —
 * from pages, frames, extension pages, the background and the browser itself — through it. Requests
 * to 127.0.0.1 are passed on to the local test server; anything else is logged and refused (the
 * test machine has no internet, and nothing should go there anyway).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { LaunchOptions } from './browsers';

/**
 * Chromium's own services, which it calls with or without any extension loaded (seen through the same
 * proxy with no extension at all): sign-in, component updates, network time, the default search
 * engine's preconnect (`www.google.com`) and GCM check-in (`android.clients.google.com`), both seen
 * from Chromium 150 with no extension loaded and five plain local pages. The extension's own
 * traffic is caught apart from these through DevTools (its pages, frames and service worker).
 * Safe Browsing (`sb-ssl.google.com`) checks a file when it is downloaded: the library's exports.
 */
export const CHROMIUM_SERVICES =
  /^(CONNECT |\w+ https?:\/\/)(accounts\.google\.com|www\.google\.com|android\.clients\.google\.com|update\.googleapis\.com|clients2\.google\.com|content-autofill\.googleapis\.com|sb-ssl\.google\.com)[:/]/;
/** Firefox's own Remote Settings (blocklists, certificates), fetched whatever the `services.settings.server` pref says. */
export const FIREFOX_SERVICES = /^CONNECT firefox\.settings\.services\.mozilla\.com:443$/;

/** Launch options that send all of a browser's traffic through `proxy`, with fewer of its own background calls. */
export function throughProxy(proxy: RecordingProxy): Pick<LaunchOptions, 'chromiumArgs' | 'firefoxPrefs'> {
  return {
    // Fewer of Chromium's own background calls (autofill, time, hints), so the list stays short.
    chromiumArgs: [
      ...proxy.chromiumArgs(),
      '--disable-features=AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate',
      '--disable-domain-reliability',
      '--no-pings',
      '--disable-default-apps',
    ],
    // Firefox's remote settings sync and captive-portal check (detectportal.firefox.com, seen from
    // Firefox 140) are the browser's own calls; switched off as Firefox's own test harness does.
    firefoxPrefs: {
      ...proxy.firefoxPrefs(),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  };
}

export interface ProxiedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface RecordingProxy {
  port: number;
  requests: ProxiedRequest[];
  /** Chromium flags that route all traffic, loopback included, through the proxy. */
  chromiumArgs(): string[];
  /** Firefox prefs that do the same. */
  firefoxPrefs(): Record<string, unknown>;
  close(): Promise<void>;
}

/**
 * Starts the proxy on a random port of 127.0.0.1. `hosts`: the host names passed on to the local
 * server (a second origin: `localhost` beside `127.0.0.1`); any other is refused.
 */
export async function startRecordingProxy(hosts: readonly string[] = ['127.0.0.1']): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '', headers: req.headers });
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!hosts.includes(target.hostname) || target.protocol !== 'http:') {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the privacy test proxy');
      return;
    }
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // HTTPS goes through CONNECT: record the host and refuse.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '', headers: req.headers });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    chromiumArgs: () => [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    firefoxPrefs: () => ({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
