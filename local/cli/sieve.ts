#!/usr/bin/env node
// The `sieve` operator CLI. Sets the exit code instead of calling process.exit so piped
// stdout is fully flushed before the process ends.

import { enableCompileCache } from 'node:module';

// Node keeps compiled (and type-stripped) modules in a disk cache: every later run of a
// command starts in about half the time. Enabled before the commands load, hence the
// dynamic imports below.
enableCompileCache?.();
const { COMMANDS } = await import('./commands/index.ts');
const { dispatch } = await import('./dispatch.ts');

// `sieve check big.jsonl | head` closes our stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await dispatch(process.argv.slice(2), COMMANDS, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
