#!/usr/bin/env node
/**
 * luna: the standalone Lua interpreter, a drop-in for the official `lua`.
 *   luna [--dialect 5.1|5.2|5.3|5.4|5.5] [--memory-limit SIZE] [lua options] [script [args]]
 *
 * The interpreter runs on a worker thread with a large stack (luna-thread.ts), so that
 * deep (non-tail) recursion reaches the official interpreter's depths. This main thread
 * owns the process: it turns SIGINT into an interrupt flag the worker polls (lua.c's
 * "interrupted!"; a second SIGINT before the interpreter sees the first ends the process),
 * and on a terminal it reads the REPL's lines with node:readline for the worker, which
 * waits for them. While the worker starts (about 0.09 s), it compiles the script and posts
 * the generated code to the worker, which uses it when it gets to the script (and compiles
 * the script itself if the file changed meanwhile). The shared memory's layout is in
 * luna-shared.ts.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Only light modules are imported statically: the worker loads the interpreter itself, and
// this thread loads it only to compile the script while the worker starts.
import { DEFAULT_DIALECT, parseDialectName, type DialectName } from '../dialect/index.js';
import { loadBundle } from './bundle-loader.js';
import { builtin, terminals } from './node-builtins.js';
import { INTERRUPT, LINE_LENGTH, LINE_STATE, PRECOMPILED, PROGNAME, SHARED_SLOTS, writeAll, type Job } from './luna-shared.js';

/** Stack of the interpreter's thread: about 10,000 Lua levels per 8 MB. */
const STACK_MB = 512;
/**
 * Young generation of the interpreter's thread. Lua programs allocate many tables that
 * live for a while (trees, buffers); with V8's default (16 MB semi-spaces) they survive
 * scavenges and are copied again and again (bintrees spent 80% of its time in GC). Larger
 * costs more than it saves: every page V8 touches for the first time is a page fault, and
 * on the measuring machine (a VM) a fault costs about 12 us (48 MB: 12,000 faults).
 */
const YOUNG_MB = Number(process.env.LUNA_YOUNG_MB ?? 48);

/**
 * V8 flags for the interpreter's thread (set before it starts; V8 reads them when it makes
 * the thread's heap). Allocation-site pretenuring: after a phase where tables live long
 * (a tree kept for the whole run), V8 may decide to allocate every table straight in the
 * old generation; the short-lived ones then fill it, each major collection releases its
 * pages and the next allocations fault them in again (bintrees: 1.0 s or, one run in two,
 * 4 s and 190,000 page faults). Without it, tables are always born young.
 * LUNA_V8_FLAGS adds flags (for experiments).
 */
const V8_FLAGS = `--no-allocation-site-pretenuring ${process.env.LUNA_V8_FLAGS ?? ''}`;
/** Whether Node was started with the flags already (the launcher gives them: node:v8 not loaded). */
const flagsGiven = (): boolean => !process.env.LUNA_V8_FLAGS && process.execArgv.includes('--no-allocation-site-pretenuring');

/** The longest line the terminal REPL passes to the worker (longer ones are cut). */
const LINE_MAX = 1 << 22;

type Interpreter = typeof import('./luna-thread.js');
/** The interpreter bundle made by the build (one file, faster to load than the modules). */
const BUNDLE = fileURLToPath(new URL('../../bundle/interpreter.cjs', import.meta.url));
/** The worker's CommonJS entry made by the build beside it. */
const WORKER_BOOT = fileURLToPath(new URL('../../bundle/worker-boot.cjs', import.meta.url));

let interpreter: Promise<Interpreter> | undefined;
/** The interpreter for this thread: the bundle when present, else the modules; loaded once. */
function loadInterpreter(): Promise<Interpreter> {
  interpreter ??= loadBundle<Interpreter>(BUNDLE).then((bundled) => bundled ?? import('./luna-thread.js'));
  return interpreter;
}

/** Splits Luna's own options (--dialect) from lua's. */
function parseJob(argv: string[], terminal: boolean[]): Job | string {
  let dialect: DialectName = parseDialectName(process.env.LUNA_DIALECT ?? '') ?? DEFAULT_DIALECT;
  let memoryLimit: number | undefined;
  let i = 0;
  while (i < argv.length) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(0, a.includes('=') ? a.indexOf('=') : a.length) : '';
    if (name !== '--dialect' && name !== '--memory-limit') break;
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
    if (name === '--dialect') {
      const d = v === undefined ? undefined : parseDialectName(v);
      if (!d) return `${PROGNAME}: '--dialect' needs one of 5.1, 5.2, 5.3, 5.4, 5.5\n`;
      dialect = d;
    } else {
      memoryLimit = v === undefined ? undefined : parseSize(v);
      if (memoryLimit === undefined) return `${PROGNAME}: '--memory-limit' needs a size (bytes, or with a K, M or G suffix)\n`;
    }
    i++;
  }
  // Luna's own options are not part of 'arg' (arg[-1] is the first lua option, or the program).
  return { dialect, luaArgs: argv.slice(i), preArgs: [], env: { ...process.env }, stdinIsTTY: terminal[0]!, stdoutIsTTY: terminal[1]!, memoryLimit };
}

/** "1048576", "512K", "64M", "2G" -> bytes; undefined when not a size. */
function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)B?$/i.exec(text.trim());
  if (!m) return undefined;
  const scale = { '': 1, K: 1 << 10, M: 1 << 20, G: 1 << 30 }[m[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'];
  const n = Math.floor(Number(m[1]) * scale);
  return n > 0 ? n : undefined;
}

/**
 * Reads one line at the terminal for the worker's REPL: a fresh node:readline interface
 * per line (with the history so far), closed after it so that the terminal is back in its
 * normal mode (Ctrl-C is SIGINT) while Lua code runs. Ctrl-C at the prompt ends the
 * process with SIGINT, as with lua.c and GNU readline.
 */
function terminalLineReader(shared: Int32Array, lineBytes: Uint8Array, onSigint: () => void): (prompt: string) => Promise<void> {
  let history: string[] = [];
  return async (prompt) => {
    // loaded on the first prompt: a script run never needs it
    const { createInterface } = await import('node:readline');
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000, history });
    rl.on('history', (h: string[]) => (history = h));
    let answered = false;
    const give = (line: string | null): void => {
      if (answered) return;
      answered = true;
      if (line === null) Atomics.store(shared, LINE_LENGTH, -1);
      else {
        const bytes = Buffer.from(line, 'utf8');
        const n = Math.min(bytes.length, lineBytes.length);
        lineBytes.set(bytes.subarray(0, n));
        Atomics.store(shared, LINE_LENGTH, n);
      }
      Atomics.store(shared, LINE_STATE, 1);
      Atomics.notify(shared, LINE_STATE);
    };
    rl.on('SIGINT', () => {
      // Not rl.close(): the worker would take that for the end of input and finish first.
      process.off('SIGINT', onSigint);
      process.stdout.write('^C');
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.kill(process.pid, 'SIGINT');
    });
    rl.on('close', () => give(null));
    rl.question(prompt, (answer) => {
      give(answer);
      rl.close();
    });
  };
}

/**
 * Whether the interpreter can run on this main thread, sparing the worker's start: the
 * launcher (dist/bundle/luna.cjs's first lines) raised the stack limit and gave V8 a stack
 * as large as the worker's, and no terminal is attached. On a terminal, Ctrl-C must stop
 * the Lua code with "interrupted!", which only a thread left free for signals can see.
 */
function mainThreadCanRun(terminal: boolean[]): boolean {
  const stackKb = Number(process.execArgv.find((a) => a.startsWith('--stack-size='))?.slice('--stack-size='.length) ?? 0);
  return stackKb >= (STACK_MB - 1) * 1024 && !terminal.includes(true);
}

async function main(): Promise<void> {
  const terminal = await terminals([0, 1, 2]);
  const job = parseJob(process.argv.slice(2), terminal);
  if (typeof job === 'string') {
    writeAll(2, Buffer.from(job));
    process.exitCode = 1;
    return;
  }
  if (!flagsGiven()) (await builtin<typeof import('node:v8')>('node:v8')).setFlagsFromString(V8_FLAGS);
  // LUNA_MAIN_THREAD=1 runs on the main thread (for profilers; deep recursion is then
  // limited unless the stack is large), =0 on the worker.
  const onMain = process.env.LUNA_MAIN_THREAD;
  if (onMain === '1' || (onMain !== '0' && mainThreadCanRun(terminal))) {
    const { runLuaCommand, processConsole } = await loadInterpreter();
    process.exitCode = await runLuaCommand(job.dialect, job.luaArgs, processConsole(job), job.preArgs);
    return;
  }
  job.shared = new SharedArrayBuffer(SHARED_SLOTS * Int32Array.BYTES_PER_ELEMENT);
  job.lines = new SharedArrayBuffer(LINE_MAX);
  const shared = new Int32Array(job.shared);
  // SIGINT: the worker raises "interrupted!" at its next poll; a second one before that
  // ends the process (lua.c restores the default action once the signal came).
  const onSigint = (): void => {
    if (Atomics.exchange(shared, INTERRUPT, 1) === 1) {
      process.off('SIGINT', onSigint);
      process.kill(process.pid, 'SIGINT');
    }
  };
  process.on('SIGINT', onSigint);
  const readLine = terminalLineReader(shared, new Uint8Array(job.lines), onSigint);
  const bundled = existsSync(WORKER_BOOT) && existsSync(BUNDLE);
  if (bundled) job.bundle = BUNDLE;
  const { Worker } = await builtin<typeof import('node:worker_threads')>('node:worker_threads');
  const worker = new Worker(bundled ? WORKER_BOOT : new URL('./worker-boot.js', import.meta.url), {
    workerData: job,
    resourceLimits: { stackSizeMb: STACK_MB, maxYoungGenerationSizeMb: YOUNG_MB },
    stdin: false,
    stdout: false,
    stderr: false,
  });
  let status = 1;
  worker.on('message', (m: number | { prompt: string }) => {
    // The status comes last, once everything is written (synchronously) and the VM
    // closed: nothing is left to wait for but the thread's own teardown.
    if (typeof m === 'number') process.exit(m);
    else void readLine(m.prompt);
  });
  worker.on('error', (e) => {
    writeAll(2, Buffer.from(`${PROGNAME}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
    status = 1;
  });
  worker.on('exit', () => {
    process.exitCode = status;
  });
  // compile the script while the worker starts (the worker waits for the outcome)
  let posted = false;
  try {
    const { precompileScript } = await loadInterpreter();
    const precompiled = precompileScript(job.dialect, job.luaArgs);
    if (precompiled !== null) {
      worker.postMessage({ precompiled });
      posted = true;
    }
  } catch {
    // nothing posted: the worker compiles the script itself (and reports what went wrong)
  } finally {
    Atomics.store(shared, PRECOMPILED, posted ? 1 : 2);
    Atomics.notify(shared, PRECOMPILED);
  }
}

void main();
