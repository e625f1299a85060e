/**
 * The minimal sandbox walkthrough (docs/embedding.md): a fresh VM per request, only the safe
 * libraries, no binary chunks, an instruction budget and a memory cap, and errors reported
 * with their text and Lua traceback.
 *
 * Run it (after `npm run build`):  node dist/examples/embed_min.js
 * or in one command:               npm run build && node dist/examples/embed_min.js
 */
import { LuaError, LuaHaltError, Vm } from '../src/index.js';

/** Runs one untrusted script; returns its results as JS values, or a report of what stopped it. */
export function runUntrusted(source: string, name: string): { ok: true; results: unknown[] } | { ok: false; error: string; traceback: string | null } {
  // 1. An empty VM: no library, no files, print goes to a hook.
  const vm = Vm.newMinimal('5.4', { hooks: { stdout: (bytes) => process.stdout.write(`[${name}] ${Buffer.from(bytes).toString('utf8')}`) } });
  // 2. Whitelist the safe libraries only (no os, io, debug, package).
  vm.openBase().openMath().openString().openTable().openCoroutine();
  // 3. No precompiled chunks (a minimal VM already refuses them; shown for the checklist).
  vm.setBytecodeLoading(false);
  // 4. Limits for this request: instructions, memory (bytes), wall-clock time (ms).
  vm.setInstrBudget(1_000_000);
  vm.setMemoryCap(8 << 20);
  vm.setTimeLimit(1000);
  try {
    // 5. Load and call.
    const chunk = vm.load(source, `=${name}`, 't');
    return { ok: true, results: vm.callValue(chunk, []) };
  } catch (e) {
    // 6. Report: errorText normalises any error value; the traceback is the Lua stack.
    if (e instanceof LuaError || e instanceof LuaHaltError) return { ok: false, error: vm.errorText(e), traceback: vm.takeErrorTraceback() };
    throw e; // a bug in the host, not in the script
  } finally {
    vm.close(); // pending finalizers run (under the same limits)
  }
}

const scripts: Record<string, string> = {
  hello: 'print("hello from Lua " .. _VERSION) return 6 * 7',
  'runtime error': 'local t = nil\nreturn t.field',
  'structured error': 'error({code = 404})',
  'endless loop': 'while true do end',
  'memory hog': 'local t = {} for i = 1, 1e9 do t[i] = string.rep("x", 1e4) .. i end',
  'escape attempt': 'return io, os, require, debug, package, loadfile and select(2, loadfile("/etc/passwd"))',
};

for (const [name, source] of Object.entries(scripts)) {
  const r = runUntrusted(source, name);
  if (r.ok) console.log(`${name}: ok`, r.results);
  else console.log(`${name}: ${r.error}${r.traceback ? `\n${r.traceback.replace(/^/gm, '    ')}` : ''}`);
}
