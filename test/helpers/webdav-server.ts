/**
 * A private Apache with mod_dav for the sync tests: its own ServerRoot, config, DocumentRoot and
 * lock database under a temp dir, on 127.0.0.1 and a free port, run as the current user in the
 * foreground (no systemd, nothing under /etc/apache2). `stop()` ends it; `start()` again brings the
 * same server back (the tests kill it mid-sync and restart it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

export interface WebdavServer {
  /** `http://127.0.0.1:PORT/dav/` */
  url: string;
  origin: string;
  user: string;
  password: string;
  /** Files as the server keeps them on disk (the tests grep it). */
  documentRoot: string;
  start(): Promise<void>;
  /** SIGKILL when `hard`: a crash mid-request, not a graceful stop. */
  stop(hard?: boolean): Promise<void>;
  /** Stops and removes the temp dir. */
  dispose(): Promise<void>;
}

/** True when this machine can run the test server (apt: apache2 apache2-utils). */
export function hasApache(): boolean {
  return (
    existsSync(APACHE) &&
    existsSync(join(MODULES, 'mod_dav_fs.so')) &&
    spawnSync('htpasswd', ['-h']).error === undefined
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function config(root: string, port: number, docs: string, extra: string): string {
  const mods = [
    'mpm_event',
    'authz_core',
    'authn_core',
    'authn_file',
    'auth_basic',
    'authz_user',
    'dav',
    'dav_fs',
    'headers',
  ];
  return [
    `ServerRoot "${root}"`,
    `PidFile "${root}/httpd.pid"`,
    `Listen 127.0.0.1:${port}`,
    `ServerName 127.0.0.1`,
    ...mods
      .filter((m) => existsSync(join(MODULES, `mod_${m}.so`)))
      .map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
    `ErrorLog "${root}/error.log"`,
    `LogLevel warn`,
    `DocumentRoot "${docs}"`,
    `DAVLockDB "${root}/lock/DAVLock"`,
    `StartServers 1`,
    `ServerLimit 1`,
    `ThreadsPerChild 16`,
    `MaxRequestWorkers 16`,
    `Timeout 20`,
    `<Directory "${docs}">`,
    `  Dav On`,
    `  AuthType Basic`,
    `  AuthName "quietread-test"`,
    `  AuthUserFile "${root}/htpasswd"`,
    `  Require valid-user`,
    // A browser extension page calls from its own origin: the preflight must pass without credentials.
    `  Header always set Access-Control-Allow-Origin "*"`,
    `  Header always set Access-Control-Allow-Headers "Authorization, Content-Type, Depth, If-Match, If-None-Match, Destination, Overwrite"`,
    `  Header always set Access-Control-Allow-Methods "GET, PUT, DELETE, PROPFIND, MKCOL, OPTIONS, MOVE, COPY"`,
    `  Header always set Access-Control-Expose-Headers "ETag"`,
    `</Directory>`,
    extra,
    '',
  ].join('\n');
}

/** Starts a fresh server; `extraConfig` is appended to httpd.conf (e.g. a LimitRequestBody). */
export async function startWebdavServer(
  opts: { user?: string; password?: string; extraConfig?: string } = {},
): Promise<WebdavServer> {
  const root = mkdtempSync(join(tmpdir(), 'qr-dav-'));
  const docs = join(root, 'htdocs');
  const dav = join(docs, 'dav');
  mkdirSync(dav, { recursive: true });
  mkdirSync(join(root, 'lock'));
  const user = opts.user ?? 'reader';
  const password = opts.password ?? 'correct horse';
  const hp = spawnSync('htpasswd', ['-b', '-c', '-B', join(root, 'htpasswd'), user, password]);
  if (hp.status !== 0) throw new Error(`htpasswd failed: ${hp.stderr}`);
  const port = await freePort();
  const conf = join(root, 'httpd.conf');
  writeFileSync(conf, config(root, port, docs, opts.extraConfig ?? ''));
  const origin = `http://127.0.0.1:${port}`;
  let proc: ChildProcess | null = null;

  async function waitUp(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (proc?.exitCode !== null && proc?.exitCode !== undefined) break;
      try {
        await fetch(origin + '/', { signal: AbortSignal.timeout(500) });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const log = existsSync(join(root, 'error.log')) ? readFileSync(join(root, 'error.log'), 'utf8') : '';
    throw new Error(`Apache did not start on ${origin}: ${log.slice(-2000)}`);
  }

  const server: WebdavServer = {
    url: `${origin}/dav/`,
    origin,
    user,
    password,
    documentRoot: docs,
    async start() {
      if (proc) return;
      rmSync(join(root, 'httpd.pid'), { force: true });
      // -X: one process in the foreground, so killing it kills the server; APACHE_* for Debian's build.
      proc = spawn(APACHE, ['-X', '-f', conf, '-d', root], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: {
          ...process.env,
          APACHE_RUN_DIR: root,
          APACHE_LOCK_DIR: root,
          APACHE_LOG_DIR: root,
          APACHE_PID_FILE: join(root, 'httpd.pid'),
        },
      });
      await waitUp();
    },
    async stop(hard = false) {
      const p = proc;
      if (!p) return;
      proc = null;
      if (p.exitCode !== null) return;
      const gone = new Promise((r) => p.once('exit', r));
      p.kill(hard ? 'SIGKILL' : 'SIGTERM');
      await gone;
    },
    async dispose() {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
