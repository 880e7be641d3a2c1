/** Command-line arguments of `quietread`. */

export type Format = 'json' | 'md' | 'html' | 'text';

export interface ExtractArgs {
  command: 'extract';
  files: string[];
  url?: string;
  format: Format;
  dom: 'linkedom' | 'jsdom';
}

export type Args =
  ExtractArgs | { command: 'help' } | { command: 'version' } | { command: 'usage-error'; message: string };

export const USAGE = `Usage: quietread extract <file…|-> [--url URL] [--format json|md|html|text] [--dom linkedom|jsdom]

Extracts the article of saved HTML pages (- reads stdin). JSON prints one object per page and line.
Exit code 0 when every page worked, 1 when one failed (the others are still printed), 2 on bad usage.`;

const FORMATS = ['json', 'md', 'html', 'text'];

/** Parses `argv` (without node and the script). */
export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '-v' || command === '--version') return { command: 'version' };
  if (command !== 'extract') return { command: 'usage-error', message: `unknown command "${command}"` };
  const args: ExtractArgs = { command: 'extract', files: [], format: 'json', dom: 'linkedom' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value`);
      return v;
    };
    try {
      if (a === '--url' || a.startsWith('--url=')) args.url = value('--url');
      else if (a === '--format' || a.startsWith('--format=') || a === '-f') {
        const f = value('--format');
        if (!FORMATS.includes(f))
          return { command: 'usage-error', message: `unknown format "${f}" (json, md, html or text)` };
        args.format = f as Format;
      } else if (a === '--dom' || a.startsWith('--dom=')) {
        const d = value('--dom');
        if (d !== 'linkedom' && d !== 'jsdom')
          return { command: 'usage-error', message: `unknown DOM "${d}" (linkedom or jsdom)` };
        args.dom = d;
      } else if (a.startsWith('--')) return { command: 'usage-error', message: `unknown option ${a}` };
      else args.files.push(a);
    } catch (e) {
      return { command: 'usage-error', message: (e as Error).message };
    }
  }
  if (args.files.length === 0)
    return { command: 'usage-error', message: 'no input file (give a path, or - for stdin)' };
  return args;
}
