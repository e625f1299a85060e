/**
 * Embedding benchmark (issue 8):
 *
 *  1. Fresh sandbox VM: `Vm.newMinimal('5.4')` + base, math, string, table, coroutine, then
 *     load and call a one-line chunk. Per VM, in batches; the median batch is reported as
 *     wall-clock time and as CPU time of the process (which the other processes of a loaded
 *     machine disturb less). Target: median <= 50 us, i.e. >= 20,000 VMs/s on one core.
 *  2. Memory per idle VM (the same set-up, chunk run, VMs kept alive): heap growth / count.
 *     Needs --expose-gc (the npm script passes it).
 *  3. A host function call from Lua against a Lua-to-Lua call: a loop of 1e6 calls of
 *     `h(i)` (a registered JS function) and of `f(i)` (a Lua function), best of several
 *     rounds in CPU time; also net of the loop itself. Target: within 2x.
 *
 * Usage: npm run bench:embed [-- --rounds N]
 * For one core without the engine's parallel GC helpers: node --expose-gc --single-threaded-gc dist/scripts/bench-embed.js
 */
import { Vm } from '../src/index.js';

const argv = process.argv.slice(2);
const ROUNDS = Number(argv[argv.indexOf('--rounds') + 1]) || 41;
const BATCH = 200;
const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function cpuMicros(): number {
  const c = process.cpuUsage();
  return c.user + c.system;
}

function sandbox(): Vm {
  const vm = Vm.newMinimal('5.4');
  vm.openBase().openMath().openString().openTable().openCoroutine();
  return vm;
}

function freshVmAndRun(): unknown {
  const vm = sandbox();
  return vm.callValue(vm.load('return 1 + 1', '=one'), []);
}

// ------------------------------------------------------------------ 1. creation
for (let i = 0; i < 2000; i++) freshVmAndRun(); // warm-up (and the compile cache)
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  const c0 = cpuMicros();
  for (let i = 0; i < BATCH; i++) freshVmAndRun();
  cpu.push((cpuMicros() - c0) / BATCH);
  wall.push(((performance.now() - t0) * 1000) / BATCH);
}
const wallMed = median(wall);
const cpuMed = median(cpu);

// ------------------------------------------------------------------ 2. memory per idle VM
let perVm: number | null = null;
if (gc) {
  const N = 2000;
  const keep: Vm[] = [];
  gc();
  gc();
  const h0 = process.memoryUsage().heapUsed;
  for (let i = 0; i < N; i++) {
    const vm = sandbox();
    vm.callValue(vm.load('return 1 + 1', '=one'), []);
    keep.push(vm);
  }
  gc();
  gc();
  perVm = (process.memoryUsage().heapUsed - h0) / keep.length;
}

// ------------------------------------------------------------------ 3. host call vs Lua call
const vm = sandbox();
vm.register('h', (x: number) => x);
const loop = (call: string) => vm.load(`local function f(x) return x end local h = h local s = 0 for i = 1, 1e6 do s = s + ${call} end return s`, '=loop');
const progs = { lua: loop('f(i)'), host: loop('h(i)'), none: loop('i') };
const best: Record<string, number> = {};
for (let r = 0; r < 15; r++) {
  for (const [name, f] of Object.entries(progs)) {
    const c0 = cpuMicros();
    vm.callValue(f, []);
    best[name] = Math.min(best[name] ?? Infinity, (cpuMicros() - c0) / 1000);
  }
}
const ratio = best.host! / best.lua!;
const netRatio = (best.host! - best.none!) / (best.lua! - best.none!);

const fmt = (x: number, d = 1): string => x.toFixed(d);
console.log(`VM creation (newMinimal + base, math, string, table, coroutine + one-line chunk), ${ROUNDS} batches of ${BATCH}:`);
console.log(`  wall median ${fmt(wallMed)} us  (${Math.round(1e6 / wallMed)} VMs/s)   min batch ${fmt(Math.min(...wall))} us`);
console.log(`  CPU  median ${fmt(cpuMed)} us  (${Math.round(1e6 / cpuMed)} VMs/s)   min batch ${fmt(Math.min(...cpu))} us`);
console.log(`  target <= 50 us: ${cpuMed <= 50 ? 'met' : 'NOT met'} (CPU median)`);
console.log(perVm === null ? 'memory per idle VM: run with --expose-gc' : `memory per idle VM: ${fmt(perVm / 1024)} KiB (heap)`);
console.log(`1e6 calls from Lua, best of 15 (CPU): Lua function ${fmt(best.lua!)} ms, host function ${fmt(best.host!)} ms, loop alone ${fmt(best.none!)} ms`);
console.log(`  host/Lua ${fmt(ratio, 2)}x (net of the loop: ${fmt(netRatio, 2)}x); target within 2x: ${ratio <= 2 ? 'met' : 'NOT met'}`);
