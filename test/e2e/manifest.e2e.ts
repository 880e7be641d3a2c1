import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './browsers';
import { useExtension } from './env';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe.runIf(browsersUnderTest().includes('chromium'))('the Chrome build', () => {
  const env = useExtension('chromium');

  it('loads without install warnings or manifest errors on chrome://extensions', async () => {
    const page = await env.driver.newPage();
    await page.goto('chrome://extensions');
    // chrome.developerPrivate is what the extensions page itself uses to list warnings and errors.
    const info = await page.evaluate(
      () =>
        new Promise<any[]>((resolve) =>
          (globalThis as any).chrome.developerPrivate.getExtensionsInfo(
            { includeDisabled: true, includeTerminated: true },
            resolve,
          ),
        ),
    );
    const ours = info.find((e) => e.location === 'UNPACKED');
    expect(ours, 'the unpacked extension is listed').toBeTruthy();
    expect(ours.name).toBe('Quietread');
    expect(ours.version).toBe(pkg.version);
    expect(ours.installWarnings).toEqual([]);
    expect(ours.manifestErrors).toEqual([]);
    expect(ours.state).toBe('ENABLED');
  });
});

describe.each(browsersUnderTest())('the manifest in %s', (name) => {
  const env = useExtension(name);

  it('carries the package.json version and the strict extension-page CSP', async () => {
    const page = await env.driver.openExtensionPage('popup.html');
    const manifest = await page.evaluate(() =>
      ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.getManifest(),
    );
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'");
  });
});
