/**
 * The interpreter's side of `luna`: runs lua.c's behaviour (lua-command.ts) for the job
 * the main thread (luna.ts) prepared, on the worker thread with a large stack, or on the
 * main thread itself (LUNA_MAIN_THREAD=1). This module is the entry of the interpreter
 * bundle (scripts/bundle.mjs), so it also passes on what the main thread uses of it.
 *
 * Invariant: on a worker, the last message posted to the main thread is the exit status,
 * once everything is written (synchronously) and the VM closed.
 */
import type { MessagePort } from 'node:worker_threads';
import { readStdinBytes } from '../api/stdin.js';
import { nodeHost, runLuaCommand, type Console, type PrecompiledScript } from './lua-command.js';
import { INTERRUPT, LINE_LENGTH, LINE_STATE, PRECOMPILED, PROGNAME, writeAll, type Job } from './luna-shared.js';
import { builtin } from './node-builtins.js';

type WorkerThreads = typeof import('node:worker_threads');
/** node:worker_threads, loaded by workerMain: on the main thread it is never needed. */
let threads: WorkerThreads | undefined;
const port = (): MessagePort => threads!.parentPort!;

export { precompileScript, runLuaCommand } from './lua-command.js';

/** The process around the interpreter, for a job. */
export function processConsole(job: Job): Console {
  const shared = job.shared ? new Int32Array(job.shared) : null;
  const lineBytes = job.lines ? new Uint8Array(job.lines) : null;
  const extra: Partial<Console> = {};
  if (job.memoryLimit !== undefined) extra.memoryLimit = job.memoryLimit;
  if (job.stdoutIsTTY) extra.stdoutIsTTY = true;
  if (shared) {
    extra.interrupted = () => Atomics.exchange(shared, INTERRUPT, 0) === 1;
    let pre: PrecompiledScript | null | undefined;
    extra.precompiled = () => {
      if (pre !== undefined) return pre;
      Atomics.wait(shared, PRECOMPILED, 0);
      const m = Atomics.load(shared, PRECOMPILED) === 1 ? threads!.receiveMessageOnPort(port()) : undefined;
      return (pre = (m?.message as { precompiled?: PrecompiledScript } | undefined)?.precompiled ?? null);
    };
  }
  if (shared && lineBytes && job.stdinIsTTY) {
    extra.readLine = (prompt: string): string | null => {
      Atomics.store(shared, LINE_STATE, 0);
      port().postMessage({ prompt });
      Atomics.wait(shared, LINE_STATE, 0);
      const n = Atomics.load(shared, LINE_LENGTH);
      return n < 0 ? null : Buffer.from(lineBytes.subarray(0, n)).toString('latin1');
    };
  }
  return {
    ...extra,
    progname: PROGNAME,
    writeOut: (s) => writeAll(1, Buffer.from(s, 'latin1')),
    writeErr: (s) => writeAll(2, Buffer.from(s, 'latin1')),
    readStdin: readStdinBytes,
    stdinIsTTY: job.stdinIsTTY,
    env: job.env,
    makeHost: nodeHost,
  };
}

/** Runs a job on the worker thread and posts its exit status to the main thread. */
export async function workerMain(job: Job): Promise<void> {
  threads = await builtin<WorkerThreads>('node:worker_threads');
  const status = await runLuaCommand(job.dialect, job.luaArgs, processConsole(job), job.preArgs);
  port().postMessage(status);
}
