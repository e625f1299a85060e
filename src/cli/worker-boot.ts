/**
 * The entry of `luna`'s worker thread, built as a small CommonJS file (scripts/bundle.mjs):
 * a CommonJS worker starts faster than an ES module one (about 18 ms on Node 20). It loads
 * the interpreter bundle named in the job, with V8's code cache, and runs the job.
 */
import { workerData } from 'node:worker_threads';
import { loadBundle } from './bundle-loader.js';
import type { Job } from './luna-shared.js';

const job = workerData as Job;
const interpreter = loadBundle<typeof import('./luna-thread.js')>(job.bundle!);
if (interpreter === null) throw new Error(`luna: cannot load ${job.bundle}`);
void interpreter.workerMain(job);
