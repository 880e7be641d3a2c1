import { analyzeHtml } from './analyze-html';
import { parseArgs, USAGE } from './args';
import { batchSeparator, formatAnalysis } from './format';
import { readPage } from './read-page';

/** Where the CLI writes; tests pass fakes. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<Uint8Array>;
}

const ERROR_TEXT: Record<string, string> = {
  'too-large': 'page too large',
  empty: 'empty page',
  'not-readerable': 'no article found',
  'not-html': 'not an HTML page',
};

// ESC, BEL and the other C0 controls but tab and newline, DEL, and the C1 controls (U+0080–U+009F, where
// 0x9B is a one-byte CSI): a page's text printed raw could retitle the terminal, move the cursor or
// write over earlier lines. JSON escapes C0 itself; C1 passes JSON.stringify untouched.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `s` without the characters a terminal acts on. */
export function stripTerminalControls(s: string): string {
  return s.replace(TERMINAL_CONTROLS, '');
}

/** Runs `quietread` with `argv`; resolves to the exit code. Errors are one line each on stderr. */
export async function main(argv: string[], rawIo: CliIo, version = '0.0.0'): Promise<number> {
  // Everything printed goes through the filter: page text, titles, and file names in messages.
  const io: CliIo = {
    ...rawIo,
    stdout: (s) => rawIo.stdout(stripTerminalControls(s)),
    stderr: (s) => rawIo.stderr(stripTerminalControls(s)),
  };
  const args = parseArgs(argv);
  if (args.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (args.command === 'usage-error') {
    io.stderr(`quietread: ${args.message}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  let failed = 0;
  let printed = 0;
  for (const file of args.files) {
    const name = file === '-' ? 'stdin' : file;
    try {
      const page = await readPage(file, io.stdin);
      if (!page.ok) {
        io.stderr(`quietread: ${name}: ${page.message ?? page.error}\n`);
        failed++;
        continue;
      }
      // Text output never shows contentHtml: no sanitiser, so no jsdom for a well-formed page.
      const result = analyzeHtml(page.value.html, args.url, {
        dom: args.dom,
        byteLength: page.value.bytes,
        sanitize: args.format !== 'text',
      });
      if (!result.ok) {
        io.stderr(
          `quietread: ${name}: ${ERROR_TEXT[result.error] ?? result.error}${result.message ? ` (${result.message})` : ''}\n`,
        );
        failed++;
        continue;
      }
      io.stdout((printed++ ? batchSeparator(args.format) : '') + formatAnalysis(result.value, args.format));
    } catch (e) {
      // A bug, not a page problem: still one line, and the batch goes on.
      io.stderr(`quietread: ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      failed++;
    }
  }
  if (printed) io.stdout('\n');
  return failed ? 1 : 0;
}
