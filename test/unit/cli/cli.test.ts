import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { main, type CliIo } from '../../../src/cli/main';
import { looksLikeHtml } from '../../../src/cli/read-page';
import { fixtureHtml } from '../core/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'quietread-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const review = file('review.html', fixtureHtml('wpcom-review'));
const news = file('news.html', fixtureHtml('plain-news'));

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: async () => Buffer.from(stdin),
  };
  const code = await main(argv, io, '1.2.3');
  return { code, stdout, stderr };
}

describe('quietread extract', () => {
  test('prints exactly the Analysis fields as one JSON line', async () => {
    const { code, stdout } = await run(['extract', review, '--url', 'https://smallscreennotes.wordpress.com/p/']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const a = JSON.parse(stdout);
    expect(Object.keys(a).sort()).toEqual(
      [
        'url',
        'isWordPress',
        'platform',
        'confidence',
        'signals',
        'isReview',
        'rating',
        'title',
        'byline',
        'siteName',
        'publishedTime',
        'lang',
        'canonicalUrl',
        'leadImage',
        'excerpt',
        'summary',
        'wordCount',
        'readingMinutes',
        'textContent',
        'contentHtml',
        'removed',
        'extraction',
        'pageType',
        'comments',
        'warnings',
      ].sort(),
    );
    expect(a).toMatchObject({
      title: 'Paddington 2 review',
      isWordPress: true,
      platform: 'wordpress.com',
      siteName: 'Small Screen Notes',
    });
    expect(a.textContent).not.toContain('Leave a Reply');
  });

  test('several files give one JSON object per line', async () => {
    const { code, stdout } = await run(['extract', review, news]);
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).title),
    ).toEqual(['Paddington 2 review', 'Harbour ferry returns after repairs']);
  });

  test('reads stdin for -', async () => {
    const { code, stdout } = await run(['extract', '-', '--format', 'text'], fixtureHtml('plain-news'));
    expect(code).toBe(0);
    expect(stdout).toContain('six weeks in dry dock');
  });

  test('text format separates paragraphs with blank lines', async () => {
    const { stdout } = await run(['extract', news, '--format=text']);
    expect(stdout).toMatch(/repainted\.\n\nTimetables/);
  });

  test('md format writes Markdown', async () => {
    const { stdout } = await run(['extract', news, '--format', 'md']);
    expect(stdout.startsWith('# Harbour ferry returns after repairs\n')).toBe(true);
  });

  test('html format writes a sanitised page', async () => {
    const { stdout } = await run(['extract', news, '--format', 'html']);
    expect(stdout).toContain('<h1>Harbour ferry returns after repairs</h1>');
    expect(stdout).not.toContain('<script');
  });

  test('a missing file: exit 1, one line on stderr, the other files still processed', async () => {
    const { code, stdout, stderr } = await run(['extract', join(dir, 'nope.html'), news]);
    expect(code).toBe(1);
    expect(stderr).toBe(`quietread: ${join(dir, 'nope.html')}: no such file\n`);
    expect(JSON.parse(stdout).title).toBe('Harbour ferry returns after repairs');
  });

  test('a file that is not HTML: exit 1, one clear line', async () => {
    const { code, stderr } = await run(['extract', file('data.json', '{"a": 1}')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^quietread: .*data\.json: not an HTML page\n$/);
  });

  test('a binary file is not HTML', async () => {
    const { code, stderr } = await run([
      'extract',
      file('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x3c, 0x70, 0x3e])),
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('not an HTML page');
  });

  test('an empty file and a page without text: exit 1, no stack trace', async () => {
    const empty = await run(['extract', file('empty.html', '')]);
    const blank = await run([
      'extract',
      file('blank.html', '<!DOCTYPE html><html><head><title>x</title></head><body> </body></html>'),
    ]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('empty file');
    expect(blank.code).toBe(1);
    expect(blank.stderr).toMatch(/^quietread: .*blank\.html: empty page \(the page has no text\)\n$/);
    expect(blank.stderr).not.toMatch(/\bat \w/);
  });

  test('a page over the size limit: exit 1, its size and the limit in words, the next file still read', async () => {
    const huge = file('huge.html', `<!DOCTYPE html><html><body><p>${'x'.repeat(9 * 1024 * 1024)}</p></body></html>`);
    const { code, stdout, stderr } = await run(['extract', huge, news]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^quietread: .*huge\.html: .*the page is 9\.0 MB, over the size limit of 8\.0 MB\)?\n$/);
    expect(JSON.parse(stdout.trim()).title).toBe('Harbour ferry returns after repairs');
  });

  test('a directory is reported, not thrown', async () => {
    const { code, stderr } = await run(['extract', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('is a directory');
  });

  test('bad usage exits 2 with the usage line', async () => {
    for (const argv of [
      ['extract'],
      ['extract', news, '--format', 'pdf'],
      ['frobnicate'],
      ['extract', news, '--url'],
    ]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: quietread extract');
    }
  });

  test('--help and --version', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage:');
    expect((await run(['--version'])).stdout).toBe('1.2.3\n');
  });

  test('the same page gives the same article under linkedom and jsdom', async () => {
    const a = JSON.parse((await run(['extract', review])).stdout);
    const b = JSON.parse((await run(['extract', review, '--dom', 'jsdom'])).stdout);
    expect(a.textContent).toBe(b.textContent);
    expect(a.removed).toEqual(b.removed);
  });
});

describe('the built CLI', () => {
  const bin = join(__dirname, '../../../bin/quietread.mjs');
  const built = existsSync(join(__dirname, '../../../dist/cli/quietread.mjs'));

  test.skipIf(!built)('stops quietly when its reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [bin, 'extract', review, review, review, news], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // what `head -c 100` does after its bytes
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});

describe('argument and input checks', () => {
  test('parseArgs reads files and options in any order', () => {
    expect(parseArgs(['extract', '--format', 'md', 'a.html', '--url=https://x/', 'b.html'])).toEqual({
      command: 'extract',
      files: ['a.html', 'b.html'],
      format: 'md',
      url: 'https://x/',
      dom: 'linkedom',
    });
  });

  test('looksLikeHtml tells pages from other text', () => {
    expect(looksLikeHtml('<!doctype html><p>x')).toBe(true);
    expect(looksLikeHtml('  <div>fragment</div>')).toBe(true);
    expect(looksLikeHtml('just some notes')).toBe(false);
    expect(looksLikeHtml('{"json": true}')).toBe(false);
    expect(looksLikeHtml('# Notes\n\nSet the `<meta charset>` of the <p> tags.')).toBe(false);
  });
});
