/**
 * The CLI on hostile input: a tree 100,000 deep gets one line (not "internal error" or a hang), input
 * stops at the 8 MB limit while it is read (/dev/zero, `yes |`), and no terminal escape a page carries
 * reaches the terminal.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LIMITS } from '../../src/core/limits';
import { main, type CliIo } from '../../src/cli/main';
import { markupDepth } from '../../src/cli/markup-depth';
import { readFileLimited, readStreamLimited } from '../../src/cli/read-limited';

const dir = mkdtempSync(join(tmpdir(), 'quietread-hostile-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const ARTICLE =
  '<article><h1>Title</h1><p>' +
  'Plain words of the review, enough of them to be read as an article. '.repeat(6) +
  '</p></article>';
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

async function run(argv: string[], stdin: () => Promise<Uint8Array> = async () => new Uint8Array()) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stdin };
  const code = await main(argv, io, '1.2.3');
  return { code, stdout, stderr };
}

describe('the CLI on hostile input', () => {
  test('a page nested 100,000 deep: one line on stderr, exit 1, the next file still read', async () => {
    const deep = file('deep.html', page('Deep', ARTICLE + '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000)));
    const ok = file('ok.html', page('Fine', ARTICLE));
    const { code, stdout, stderr } = await run(['extract', '--format', 'text', deep, ok]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `quietread: ${deep}: page too large (the page nests its elements more than 512 deep, too deep to read safely)\n`,
    );
    expect(stdout).toContain('Plain words of the review');
  });

  test('sloppy but shallow markup is not taken for deep markup', () => {
    expect(
      markupDepth(
        '<ul>' + '<li>item<p>para<br><img src=x>'.repeat(5_000) + '</ul><script>' + '<div>'.repeat(9_000) + '</script>',
      ),
    ).toBeLessThan(5);
    expect(markupDepth('<div>'.repeat(600))).toBeGreaterThan(512);
  });

  test('reads no further than the limit from an endless stdin or device', async () => {
    let pulled = 0;
    async function* yes() {
      for (;;) {
        pulled++;
        yield Buffer.from('y\n'.repeat(32_768));
      }
    }
    const bytes = await readStreamLimited(yes(), LIMITS.maxBytes);
    expect(bytes.length).toBe(LIMITS.maxBytes + 1);
    expect(pulled).toBeLessThan(200);
    const { code, stderr } = await run(['extract', '-'], () => readStreamLimited(yes(), LIMITS.maxBytes));
    expect([code, stderr]).toEqual([1, 'quietread: stdin: the page is over the size limit of 8.0 MB\n']);
  });

  test.skipIf(!existsSync('/dev/zero'))(
    'refuses /dev/zero with one line, having read only up to the limit',
    async () => {
      expect((await readFileLimited('/dev/zero', 1024)).length).toBe(1025);
      const { code, stderr } = await run(['extract', '/dev/zero']);
      expect([code, stderr]).toEqual([1, 'quietread: /dev/zero: the page is over the size limit of 8.0 MB\n']);
    },
  );

  test('prints no ESC, BEL or C1 control from the page, in any format', async () => {
    const evil = file(
      'evil.html',
      page(
        'T\u001b]0;pwned\u0007 \u009b31m',
        ARTICLE.replace('Plain words', 'Plain \u001b[2J\u001b[1;1H words \u0085\u009d'),
      ),
    );
    for (const format of ['json', 'text', 'md', 'html']) {
      const { stdout } = await run(['extract', '--format', format, evil]);
      expect(stdout, format).toContain('words');
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      expect(stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});
