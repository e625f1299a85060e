/**
 * The entry of `luna`'s worker thread, built as a small CommonJS file (scripts/bundle.mjs):
 * a CommonJS worker starts faster than an ES module one (about 18 ms on Node 20). It loads
 * the interpreter bundle named in the job, with V8's code cache, and runs the job; in an
 * unbundled build (no bundle named) it imports the interpreter's modules.
 */
import { workerData } from 'node:worker_threads';
import { loadBundle } from './bundle-loader.js';
import type { Job } from './luna-shared.js';

type Interpreter = typeof import('./luna-thread.js');
const job = workerData as Job;
const interpreter: Promise<Interpreter | null> =
  job.bundle === undefined ? import('./luna-thread.js') : loadBundle<Interpreter>(job.bundle);
void interpreter.then((i) => {
  if (i === null) throw new Error(`luna: cannot load ${job.bundle}`);
  return i.workerMain(job);
});
