#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';

// undici parses HTTP with a WebAssembly module. V8 compiles it with its baseline compiler (Liftoff) at once and then
// again, optimised, on background threads, and a process does not exit before those finish: a command that made one
// request lingered about as long again (bench/results/late-exit.md). A command sends a few requests, for which the
// baseline code is fast enough, so the optimising pass is turned off before undici is loaded (it is loaded lazily).
// Commands that keep running and send many requests (a worker, the studio) keep the optimised parser.
const LONG_RUNNING_COMMANDS = new Set(['worker', 'studio']);
if (!LONG_RUNNING_COMMANDS.has(process.argv[2] ?? '')) setFlagsFromString('--liftoff-only');

// A reader that stops early (`convoflow connectors | head -1`) is not an error: end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
