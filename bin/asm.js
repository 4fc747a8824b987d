#!/usr/bin/env node
// The `asm` command: runs the built CLI in dist/ (built by `npm run build`, which
// `npm ci` and `npm install` run through the prepare script).
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let cli;
try {
  cli = await import('../dist/asm.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    process.stderr.write('error: asm is not built yet\nhint: run `npm run build` in ' + root + '\n');
    process.exit(1);
  }
  throw err;
}
// Output piped into `head` closes early: stop quietly instead of crashing on EPIPE. A
// full disk or a broken device is the user's to fix: say so, without a stack trace.
const WRITE_ERRORS = { ENOSPC: 'no space left on the device', EIO: 'input/output error', EDQUOT: 'disk quota exceeded', EBADF: 'the output is closed' };
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const why = WRITE_ERRORS[err.code];
  if (!why) throw err;
  process.stderr.write(`error: could not write the output (${why})\nhint: check the disk or the file the output goes to\n`);
  process.exit(1);
});
process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  root,
  cwd: process.cwd(),
  now: () => new Date(),
});
