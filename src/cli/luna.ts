#!/usr/bin/env node
/**
 * luna: the standalone Lua interpreter, a drop-in for the official `lua`.
 *   luna [--dialect 5.1|5.2|5.3|5.4|5.5] [lua options] [script [args]]
 *
 * The interpreter runs on a worker thread with a large stack, so that deep (non-tail)
 * recursion reaches the official interpreter's depths; an interactive session on a
 * terminal runs on the main thread, which owns the terminal.
 */
import { readSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
// Only light modules are imported statically: the main thread of a normal run just starts
// the worker, which loads the interpreter itself (lua-command and everything below it).
import { DEFAULT_DIALECT, parseDialectName, type DialectName } from '../dialect/index.js';
import { loadBundle } from './bundle-loader.js';
import type { Console } from './lua-command.js';

const PROGNAME = 'luna';
/** Stack of the interpreter's thread: about 10,000 Lua levels per 8 MB. */
const STACK_MB = 512;
/**
 * Young generation of the interpreter's thread. Lua programs allocate many tables that
 * live for a while (trees, buffers); with V8's default (16 MB semi-spaces) they survive
 * scavenges and are copied again and again (bintrees spent 80% of its time in GC).
 */
const YOUNG_MB = Number(process.env.LUNA_YOUNG_MB ?? 96);

interface Job {
  dialect: DialectName;
  luaArgs: string[];
  preArgs: string[];
  env: Record<string, string | undefined>;
  stdinIsTTY: boolean;
}

/** Writes all of `data` to a file descriptor (retrying when a pipe is full). */
function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/** The interpreter: the one-file bundle made by the build when present (faster to load). */
async function loadInterpreter(): Promise<typeof import('./lua-command.js')> {
  const bundle = fileURLToPath(new URL('../../bundle/lua-command.cjs', import.meta.url));
  return loadBundle<typeof import('./lua-command.js')>(bundle) ?? import('./lua-command.js');
}

async function processConsole(job: Job): Promise<Console> {
  const { nodeHost } = await loadInterpreter();
  return {
    progname: PROGNAME,
    writeOut: (s) => writeAll(1, Buffer.from(s, 'latin1')),
    writeErr: (s) => writeAll(2, Buffer.from(s, 'latin1')),
    readStdin(max: number): string {
      const buf = Buffer.alloc(Math.max(1, Math.min(max, 1 << 16)));
      for (;;) {
        try {
          const n = readSync(0, buf, 0, buf.length, null);
          return buf.toString('latin1', 0, n);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') continue;
          if (code === 'EOF') return '';
          throw e;
        }
      }
    },
    stdinIsTTY: job.stdinIsTTY,
    env: job.env,
    makeHost: nodeHost,
  };
}

/** Splits Luna's own options (--dialect) from lua's. */
function parseJob(argv: string[]): Job | string {
  let dialect: DialectName = parseDialectName(process.env.LUNA_DIALECT ?? '') ?? DEFAULT_DIALECT;
  let i = 0;
  while (i < argv.length) {
    const a = argv[i]!;
    if (a !== '--dialect' && !a.startsWith('--dialect=')) break;
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
    const d = v === undefined ? undefined : parseDialectName(v);
    if (!d) return `${PROGNAME}: '--dialect' needs one of 5.1, 5.2, 5.3, 5.4, 5.5\n`;
    dialect = d;
    i++;
  }
  // Luna's own options are not part of 'arg' (arg[-1] is the first lua option, or the program).
  return { dialect, luaArgs: argv.slice(i), preArgs: [], env: { ...process.env }, stdinIsTTY: Boolean(process.stdin.isTTY) };
}

/** Whether the run will end in an interactive session on the terminal (run it here). */
function wantsTerminal(job: Job): boolean {
  if (!job.stdinIsTTY) return false;
  const a = job.luaArgs;
  if (a.includes('-i')) return true;
  return !a.some((x) => !x.startsWith('-') || x === '-' || x === '--' || x.startsWith('-e') || x === '-v');
}

async function main(): Promise<void> {
  if (!isMainThread) {
    const job = workerData as Job;
    const { runLuaCommand } = await loadInterpreter();
    const status = await runLuaCommand(job.dialect, job.luaArgs, await processConsole(job), job.preArgs);
    parentPort!.postMessage(status);
    return;
  }
  const job = parseJob(process.argv.slice(2));
  if (typeof job === 'string') {
    writeAll(2, Buffer.from(job));
    process.exitCode = 1;
    return;
  }
  // LUNA_MAIN_THREAD=1 runs on the main thread (for profilers; deep recursion is then limited).
  if (wantsTerminal(job) || process.env.LUNA_MAIN_THREAD === '1') {
    const { runLuaCommand } = await loadInterpreter();
    process.exitCode = await runLuaCommand(job.dialect, job.luaArgs, await processConsole(job), job.preArgs);
    return;
  }
  const worker = new Worker(new URL(import.meta.url), {
    workerData: job,
    resourceLimits: { stackSizeMb: STACK_MB, maxYoungGenerationSizeMb: YOUNG_MB },
    stdin: false,
    stdout: false,
    stderr: false,
  });
  let status = 1;
  worker.on('message', (s: number) => (status = s));
  worker.on('error', (e) => {
    writeAll(2, Buffer.from(`${PROGNAME}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
    status = 1;
  });
  worker.on('exit', () => {
    process.exitCode = status;
  });
}

void main();
