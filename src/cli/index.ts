/** Entry of the CLI bundle (dist/cli/quietread.mjs): bin/quietread.mjs runs `run`, the eval imports the rest. */
import { LIMITS } from '../core/limits';
import { main } from './main';
import { readStreamLimited } from './read-limited';

export { main } from './main';
export { analyzeHtml } from './analyze-html';
export { parseHtml } from './parse-html';

/** Runs the CLI on the real process streams and sets the exit code. */
export async function run(argv: string[], version: string): Promise<void> {
  // Stops at the size limit: `yes | quietread extract -` must not fill memory.
  const stdin = () => readStreamLimited(process.stdin, LIMITS.maxBytes);
  // A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(
    argv,
    { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), stdin },
    version,
  );
}
