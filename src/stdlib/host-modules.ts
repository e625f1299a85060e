/**
 * Node modules that only some programs need, loaded on first use: a process that never
 * calls io.popen or os.execute and runs no terminal REPL does not load child_process and
 * readline (with the streams they bring: about 10 ms of every `luna` start).
 */
import { createRequire } from 'node:module';
import type * as ChildProcess from 'node:child_process';
import type * as Readline from 'node:readline';

// (any absolute path will do: only built-in modules are required through it)
const load = createRequire(process.execPath);

export function childProcess(): typeof ChildProcess {
  return load('node:child_process') as typeof ChildProcess;
}

export function readline(): typeof Readline {
  return load('node:readline') as typeof Readline;
}
