#!/usr/bin/env node
/**
 * luna: the standalone Lua interpreter, a drop-in for the official `lua`.
 *   luna [--dialect 5.1|5.2|5.3|5.4|5.5] [-e stat] [script [args]]
 */
import { LuaSyntaxError } from '../../grammar/errors.js';
import { BufferedOutput, LuaVM, nodeHost } from '../api/vm.js';
import { DEFAULT_DIALECT, parseDialectName, type DialectName } from '../dialect/index.js';
import { LuaError, LuaHalt } from '../runtime/errors.js';
import { tostring } from '../runtime/ops.js';
import { LuaTable } from '../runtime/table.js';
import { readSourceFile, SourceReadError } from './source.js';
import { writeSync } from 'node:fs';

const PROGNAME = 'luna';

function main(argv: string[]): number {
  let dialect: DialectName = parseDialectName(process.env.LUNA_DIALECT ?? '') ?? DEFAULT_DIALECT;
  const stdout = new BufferedOutput((b) => writeSync(1, b));
  const stderr = (s: string): void => {
    stdout.flush();
    writeSync(2, Buffer.from(s, 'latin1'));
  };
  const actions: { kind: 'e'; code: string }[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dialect' || a.startsWith('--dialect=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const d = v === undefined ? undefined : parseDialectName(v);
      if (!d) {
        stderr(`${PROGNAME}: '--dialect' needs one of 5.1, 5.2, 5.3, 5.4, 5.5\n`);
        return 1;
      }
      dialect = d;
    } else if (a === '-e') {
      const code = argv[++i];
      if (code === undefined) {
        stderr(`${PROGNAME}: '-e' needs argument\n`);
        return 1;
      }
      actions.push({ kind: 'e', code });
    } else break;
  }
  const script = argv[i];
  const scriptArgs = argv.slice(i + 1);
  const vm = new LuaVM(dialect, nodeHost(stdout, stderr));
  vm.openLibs();
  const argTable = new LuaTable();
  argTable.set(0, script ?? PROGNAME);
  scriptArgs.forEach((s, k) => argTable.set(k + 1, Buffer.from(s, 'utf8').toString('latin1')));
  argTable.set(-1, PROGNAME);
  vm.globals.setStr('arg', argTable);
  const report = (e: unknown): number => {
    if (e instanceof LuaHalt) {
      stdout.flush();
      return e.code;
    }
    let msg: string;
    if (e instanceof LuaSyntaxError) msg = e.message;
    else if (e instanceof LuaError) {
      const v = e.value;
      msg = typeof v === 'string' ? v : v === undefined ? 'nil' : (() => {
        try {
          return tostring(vm.rt, v);
        } catch {
          return `(error object is a ${typeof v} value)`;
        }
      })();
    } else if (e instanceof Error) msg = e.stack ?? e.message;
    else msg = String(e);
    stderr(`${PROGNAME}: ${msg}\nstack traceback:\n\t[C]: in ?\n`);
    return 1;
  };
  try {
    for (const act of actions) {
      const f = vm.load(act.code, '=(command line)');
      vm.call(f, []);
    }
    if (script !== undefined) {
      let src: { text: string; chunkName: string };
      try {
        src = readSourceFile(script === '-' ? null : script);
      } catch (e) {
        if (e instanceof SourceReadError) {
          stderr(`${PROGNAME}: ${e.message}\n`);
          return 1;
        }
        throw e;
      }
      const f = vm.load(src.text, src.chunkName, true);
      vm.call(f, scriptArgs.map((s) => Buffer.from(s, 'utf8').toString('latin1')));
    }
  } catch (e) {
    return report(e);
  } finally {
    stdout.flush();
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
