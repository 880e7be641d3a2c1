// The baseline of the cold-load bench: an extension whose content script only marks <html> and
// listens for messages, at the same run_at as Quietread's. Written to a temporary folder for
// each run, for Chromium and Firefox, so the bench measures both in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CONTENT = `if (!document.documentElement.hasAttribute('data-quietread')) document.documentElement.setAttribute('data-quietread', 'analysed');
(globalThis.browser ?? globalThis.chrome).runtime.onMessage.addListener(() => undefined);
`;

/** Writes the minimal extension; returns its folder (remove it with `fs.rmSync(dir, { recursive: true })`). */
export function writeMinimalExtension(browser = 'chrome') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qr-minimal-${browser}-`));
  const manifest = {
    manifest_version: 3,
    name: 'Quietread bench baseline',
    version: '0.0.1',
    permissions: ['storage'],
    host_permissions: ['http://*/*', 'https://*/*'],
    background: browser === 'chrome' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: false },
    ],
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'bench-minimal@quietread.app' } } } : {}),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'content.js'), CONTENT);
  fs.writeFileSync(path.join(dir, 'background.js'), '// nothing: the baseline only has a content script\n');
  return dir;
}
