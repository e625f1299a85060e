/**
 * What the two threads of `luna` share: the job the main thread (luna.ts) hands to the
 * interpreter's thread (luna-thread.ts), and the layout of their shared memory. Light on
 * purpose: the main thread imports it before anything else is loaded.
 *
 * Shared state (Int32Array over a SharedArrayBuffer): [INTERRUPT] 1 when SIGINT came;
 * [LINE_STATE] 0 while the interpreter waits for a terminal line, 1 when it is in the line
 * buffer with its length in [LINE_LENGTH] (-1: end of input); [PRECOMPILED] 0 while the
 * main thread compiles the script, then 1 when the code is posted to the interpreter's
 * thread, 2 when there is none.
 */
import { writeSync } from 'node:fs';
import type { DialectName } from '../dialect/index.js';

export const PROGNAME = 'luna';

export interface Job {
  dialect: DialectName;
  luaArgs: string[];
  preArgs: string[];
  env: Record<string, string | undefined>;
  stdinIsTTY: boolean;
  stdoutIsTTY?: boolean;
  /** --memory-limit: the cap on the Lua heap in bytes. */
  memoryLimit?: number;
  /** The shared state (see the header) and the line buffer, when running on a worker. */
  shared?: SharedArrayBuffer;
  lines?: SharedArrayBuffer;
  /** The interpreter bundle the worker loads (worker-boot.ts). */
  bundle?: string;
}

export const INTERRUPT = 0;
export const LINE_STATE = 1;
export const LINE_LENGTH = 2;
export const PRECOMPILED = 3;
export const SHARED_SLOTS = 4;

/** Writes all of `data` to a file descriptor (retrying when a pipe is full). */
export function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}
