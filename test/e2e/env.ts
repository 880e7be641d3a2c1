/** Per-file end-to-end setup: one browser per file (Firefox launch dominates), one local server, screenshots on failure. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, type BrowserName, type Driver, type LaunchOptions } from './browsers';
import { startServer, type TestServer } from './server';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const RESULTS = path.join(ROOT, 'test-results');

export interface E2EEnv {
  driver: Driver;
  server: TestServer;
  /** Re-launches the browser on the same profile (settings must survive a restart). */
  restart(opts?: LaunchOptions): Promise<void>;
}

/** Registers the hooks of one browser's describe block and returns its environment (filled in beforeAll). */
export function useExtension(name: BrowserName, opts: LaunchOptions = {}): E2EEnv {
  const env = {} as E2EEnv;
  beforeAll(async () => {
    env.server = await startServer({
      '/fixtures/': path.join(ROOT, 'test', 'fixtures') + path.sep,
      '/demo/': path.join(ROOT, 'demo') + path.sep,
    });
    env.driver = await launch(name, opts);
    env.restart = async (more = {}) => {
      const profileDir = env.driver.profileDir;
      await env.driver.close();
      env.driver = await launch(name, { ...opts, ...more, profileDir });
    };
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !env.driver) return;
    fs.mkdirSync(RESULTS, { recursive: true });
    const slug = `${name}-${ctx.task.name}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 100);
    let i = 0;
    for (const page of env.driver.pages) {
      if (page.isClosed()) continue;
      // A tab in the background can hold a screenshot forever in headless Chromium: give each a few seconds.
      const shot = page.screenshot({ path: path.join(RESULTS, `${slug}-${i++}.png`) }).catch(() => {});
      await Promise.race([shot, new Promise((r) => setTimeout(r, 5_000))]);
    }
  });
  afterAll(async () => {
    await env.driver?.close();
    await env.server?.close();
  });
  return env;
}
