/**
 * One VM per thread: a pool of worker_threads, each owning its Lua VMs, fed with jobs as
 * plain-data messages (docs/threading.md). The same file is the pool (main thread) and the
 * worker (each worker thread runs it with `isMainThread === false`).
 *
 * Run it (after `npm run build`):  node dist/examples/worker_pool.js
 */
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { LuaError, LuaHaltError, LuaTableRef, Vm } from '../src/index.js';

/** A job: Lua source and its arguments (plain data: numbers, strings, booleans, arrays, objects). */
export interface Job {
  id: number;
  source: string;
  args: unknown[];
}

/** A job's outcome, as plain data (what structured clone can carry between threads). */
export type Outcome = { id: number; ok: true; results: unknown[] } | { id: number; ok: false; error: string };

// ------------------------------------------------------------------ worker side

/** Lua results as plain data: tables become objects (deeply); functions and userdata are refused. */
function plain(v: unknown): unknown {
  if (v instanceof LuaTableRef) return v.toObject({ deep: true });
  if (typeof v === 'object' && v !== null && !(v instanceof Uint8Array)) throw new TypeError('result cannot leave the worker');
  return v;
}

function runJob(job: Job): Outcome {
  // A fresh sandboxed VM per job: isolation between jobs costs tens of microseconds.
  const vm = Vm.newMinimal('5.4', { hooks: { stdout: () => undefined } });
  vm.openBase().openMath().openString().openTable();
  vm.setInstrBudget(5_000_000);
  vm.setMemoryCap(16 << 20);
  try {
    const args = job.args.map((a) => (typeof a === 'object' && a !== null ? vm.toTable(a as Record<string, unknown>, { deep: true }) : a));
    const results = vm.callValue(vm.load(job.source, `=job${job.id}`, 't'), args).map(plain);
    return { id: job.id, ok: true, results };
  } catch (e) {
    if (e instanceof LuaError || e instanceof LuaHaltError || e instanceof TypeError) return { id: job.id, ok: false, error: vm.errorText(e) };
    throw e;
  } finally {
    vm.close();
  }
}

if (!isMainThread) {
  parentPort!.on('message', (job: Job) => parentPort!.postMessage(runJob(job)));
}

// ------------------------------------------------------------------ main side

/** A fixed pool of workers; `run` sends a job to the least busy one. */
export class LuaPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, (o: Outcome) => void>();
  private nextId = 1;

  constructor(size: number, file = fileURLToPath(import.meta.url)) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file);
      const slot = { worker, busy: 0 };
      worker.on('message', (o: Outcome) => {
        slot.busy--;
        this.pending.get(o.id)?.(o);
        this.pending.delete(o.id);
      });
      this.workers.push(slot);
    }
  }

  run(source: string, args: unknown[] = []): Promise<Outcome> {
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      slot.worker.postMessage({ id, source, args } satisfies Job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

async function demo(): Promise<void> {
  const pool = new LuaPool(Math.max(2, Math.min(4, cpus().length)));
  const fib = 'local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end return fib(...)';
  const jobs = [
    pool.run(fib, [20]),
    pool.run(fib, [25]),
    pool.run('local t = ... local s = 0 for _, v in ipairs(t.list) do s = s + v end return {sum = s, n = #t.list}', [{ list: [1, 2, 3, 4] }]),
    pool.run('while true do end'),
    pool.run('error("bad input")'),
    pool.run('return string.format("%s from a worker", _VERSION)'),
  ];
  for (const o of await Promise.all(jobs)) console.log(JSON.stringify(o));
  await pool.close();
}

if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) await demo();
