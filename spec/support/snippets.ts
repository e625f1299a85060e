/**
 * Snippet checks for the library specs: a snippet runs in a VM of the dialect (one per
 * dialect, reused; a fresh one for snippets using the random generator) and its printed
 * output is compared with what the official interpreter printed for it.
 */
import { expect } from 'chai';
import { LuaVM } from '../../src/api/vm.js';
import type { DialectName } from '../../src/dialect/index.js';
import { LuaError } from '../../src/runtime/errors.js';

let out = '';
const vms = new Map<DialectName, LuaVM>();

/** Runs a snippet in the dialect's VM (one per dialect, reused); returns what it printed and any uncaught error. */
export function run(dialect: DialectName, code: string): string {
  // snippets using the random generator need its initial state: a fresh VM
  let vm = code.includes('random') ? undefined : vms.get(dialect);
  if (vm === undefined) {
    const host = {
      write: (s: string): void => {
        out += s;
      },
      writeErr: (s: string): void => {
        out += s;
      },
      flush: (): void => undefined,
      readStdin: (): string => '',
      readFile: (): string => {
        throw new Error('no files in these specs');
      },
      warn: (): void => undefined,
    };
    vm = new LuaVM(dialect, host);
    vm.openLibs();
    if (!code.includes('random')) vms.set(dialect, vm);
  }
  out = '';
  try {
    vm.call(vm.load(code, '=(command line)'));
  } catch (e) {
    if (e instanceof LuaError) return `${out}error: ${String(e.value)}\n`;
    throw e;
  }
  return out;
}

/** One snippet and its expected output per group of dialects ('5.1 5.2'). */
export function check(code: string, expected: [string, string][]): void {
  const title = code.replace(/\s+/g, ' ');
  it(title.length > 90 ? `${title.slice(0, 87)}...` : title, () => {
    for (const [dialects, out] of expected) {
      for (const d of dialects.split(' ')) expect(run(d as DialectName, code), `${d}: ${code}`).to.equal(out);
    }
  });
}

