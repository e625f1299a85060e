/**
 * The standalone interpreter's behaviour (lua.c of each version): options, the global
 * 'arg', LUA_INIT, running scripts, and reporting uncaught errors with a traceback. It is
 * independent of where it runs: luna.ts runs it on a worker thread with a large stack,
 * the conformance runner runs it in-process.
 *
 * Invariant: every byte written goes through the Console given, stdout before stderr
 * (stdout is flushed before anything is written to stderr), and the exit status is the
 * return value (os.exit ends the run through LuaHalt).
 */
import { LuaSyntaxError } from '../../grammar/errors.js';
import { BufferedOutput, LuaVM, nodeHost, type VMHost } from '../api/vm.js';
import { codeOf, generateCode, type GeneratedCode } from '../compiler/compile.js';

export { nodeHost };
import { getDialect, type DialectName } from '../dialect/index.js';
import { LuaError, LuaHalt } from '../runtime/errors.js';
import { metamethod, typeName } from '../runtime/ops.js';
import { numberToString, isNumber, type LuaNumber } from '../runtime/numbers.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { readSourceFile, SourceReadError } from './source.js';
import { lineReaderRepl, replLoop, terminalRepl } from './repl.js';
import { fileErrorText, runMessageHandler } from '../stdlib/base.js';
import { handlerTraceback } from '../runtime/traceback.js';
import type { MessageHandler, Runtime } from '../runtime/runtime.js';

/** The process around the interpreter. Strings are latin1 byte strings. */
export interface Console {
  /** The program name messages start with (argv[0] of lua.c). */
  progname: string;
  writeOut(bytes: string): void;
  writeErr(bytes: string): void;
  readStdin(max: number): string;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** Builds the VM's host from the console's streams (the CLI passes nodeHost). */
  makeHost(stdout: BufferedOutput, stderr: (s: string) => void): VMHost;
  /**
   * Reads a line at the terminal after showing `prompt` (with line editing), null at end
   * of input. When given, the REPL on a terminal uses it synchronously.
   */
  readLine?(prompt: string): string | null;
  /**
   * Whether the user asked to interrupt (SIGINT) since the last call. When given, running
   * Lua code polls it and raises "interrupted!" as lua.c's SIGINT hook does.
   */
  interrupted?(): boolean;
  /** A cap on the Lua heap in bytes ("not enough memory" beyond it). */
  memoryLimit?: number;
  /** Standard output is a terminal: it is line-buffered, as C's stdout is then. */
  stdoutIsTTY?: boolean;
  /**
   * The script compiled ahead of time (luna.ts compiles it on its main thread while the
   * interpreter's thread starts), or null. Used only for the same file, text and dialect.
   */
  precompiled?(): PrecompiledScript | null;
}

/** A script file compiled ahead of time (structured-cloneable). */
export interface PrecompiledScript {
  path: string;
  text: string;
  dialect: DialectName;
  code: GeneratedCode;
}

/**
 * Compiles the script `lua` would run with these arguments (not standard input), or
 * null when there is none or it cannot be read or compiled (running it will say why).
 */
export function precompileScript(d: DialectName, luaArgs: string[]): PrecompiledScript | null {
  const o = collectArgs(luaArgs, d);
  if ('usageError' in o || o.script >= luaArgs.length || o.scriptIsStdin) return null;
  const path = luaArgs[o.script]!;
  try {
    const src = readSourceFile(path);
    return { path, text: src.text, dialect: d, code: generateCode(getDialect(d), src.text, { chunkName: src.chunkName, fromFile: true }) };
  } catch {
    return null;
  }
}

/** C's line buffering: what is written goes out at each newline (and when the buffer fills). */
class LineBufferedOutput extends BufferedOutput {
  override write(s: string): void {
    super.write(s);
    if (s.includes('\n')) this.flush();
  }
}

/** Instructions between two polls of Console.interrupted. */
const INTERRUPT_POLL = 1 << 20;

type Action = { kind: 'e'; code: string } | { kind: 'l'; name: string } | { kind: 'W' };

interface Options {
  actions: Action[];
  interactive: boolean;
  version: boolean;
  ignoreEnv: boolean;
  /** Index in argv of the script (argv.length when none). */
  script: number;
  /** The script is standard input ('-'). */
  scriptIsStdin: boolean;
}

/** Parses lua.c's options; returns an error text (already formatted) on bad usage. */
function collectArgs(argv: string[], d: DialectName): Options | { usageError: string | null } {
  const cli = getDialect(d).cli;
  const o: Options = { actions: [], interactive: false, version: false, ignoreEnv: false, script: argv.length, scriptIsStdin: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-')) {
      o.script = i;
      return o;
    }
    const opt = a.slice(1);
    if (opt === '') {
      o.script = i;
      o.scriptIsStdin = true;
      return o;
    }
    if (opt === '-') {
      if (a.length > 2) return { usageError: a };
      o.script = i + 1 < argv.length ? i + 1 : argv.length;
      return o;
    }
    const c = opt[0]!;
    if (c === 'e' || c === 'l') {
      let value = opt.slice(1);
      if (value === '') {
        value = argv[++i] ?? '';
        if (i >= argv.length || (value.startsWith('-') && !cli.optionValueMayStartWithDash)) return { usageError: `'-${c}' needs argument` };
      }
      o.actions.push(c === 'e' ? { kind: 'e', code: value } : { kind: 'l', name: value });
    } else if (c === 'i' && opt.length === 1) {
      o.interactive = true;
      o.version = true;
    } else if (c === 'v' && opt.length === 1) {
      o.version = true;
    } else if (c === 'E' && (opt.length === 1 || cli.ignoreEnvOptionTakesSuffix) && cli.extraOptions.includes('E')) {
      o.ignoreEnv = true;
    } else if (c === 'W' && opt.length === 1 && cli.extraOptions.includes('W')) {
      o.actions.push({ kind: 'W' });
    } else {
      return { usageError: a };
    }
  }
  return o;
}

function usage(con: Console, d: DialectName, bad: string | null): void {
  const cli = getDialect(d).cli;
  let text = '';
  if (cli.reportsBadOption && bad !== null) {
    text += bad.startsWith("'") ? `${con.progname}: ${bad}\n` : `${con.progname}: unrecognized option '${bad}'\n`;
  }
  text += `usage: ${con.progname} [options] [script [args]]${cli.usageEndsWithDot ? '.' : ''}\n`;
  text += cli.usageLines.join('\n') + '\n';
  con.writeErr(text);
}

/**
 * Runs the interpreter as `lua ARGV...` would, under dialect `d`. `luaArgs` are the
 * arguments lua.c sees (after Luna's own --dialect); `argv0` is what arg[-n] shows for
 * the interpreter itself. Returns the exit status.
 */
export function runLuaCommand(d: DialectName, luaArgs: string[], con: Console, preArgs: string[] = []): number | Promise<number> {
  const parsed = collectArgs(luaArgs, d);
  const sink = (b: Buffer): void => con.writeOut(b.toString('latin1'));
  const stdout = con.stdoutIsTTY ? new LineBufferedOutput(sink) : new BufferedOutput(sink);
  const writeErr = (s: string): void => {
    stdout.flush();
    con.writeErr(s);
  };
  // A usage error ends the run before the state is used, except where LUA_INIT runs first.
  if ('usageError' in parsed && !getDialect(d).cli.initBeforeOptions) {
    usage({ ...con, writeErr }, d, parsed.usageError);
    return 1;
  }
  const o = parsed;
  const vm = new LuaVM(d, con.makeHost(stdout, writeErr));
  // lua.c runs chunks with its message handler (an error raised where PUC catches errors
  // keeping the handler, in a load reader, comes back with a traceback)
  vm.rt.msgh = standaloneHandler(vm.rt);
  if (con.memoryLimit !== undefined) vm.rt.collector?.setCap(con.memoryLimit);
  if (con.interrupted) {
    const interrupted = con.interrupted.bind(con);
    const poll = (): void => {
      vm.rt.setBudget(INTERRUPT_POLL, poll);
      if (interrupted()) throw new LuaError('interrupted!', null);
    };
    vm.rt.setBudget(INTERRUPT_POLL, poll);
  }
  const message = (s: string): void => writeErr(`${con.progname}: ${s}\n`);
  // lua.c closes the state when pmain returns, whatever its status: finalizers run.
  const finish = (status: number): number => {
    closeState(vm, message);
    stdout.flush();
    return status;
  };
  let result: number | Promise<number>;
  try {
    result = runSession(vm, o, con, stdout, message, luaArgs, preArgs);
  } catch (e) {
    stdout.flush();
    if (e instanceof LuaHalt) {
      if (e.reason === 'exit' && e.message === 'close') closeState(vm, message);
      stdout.flush();
      return exitStatus(e.code);
    }
    throw e;
  }
  if (typeof result === 'number') return finish(result);
  return result.then(finish, (e: unknown) => {
    if (e instanceof LuaHalt) {
      if (e.reason === 'exit' && e.message === 'close') closeState(vm, message);
      stdout.flush();
      return exitStatus(e.code);
    }
    throw e;
  });
}

/** What a process exiting with C's exit(code) reports to its parent. */
function exitStatus(code: number): number {
  return code & 0xff;
}

/** Everything between opening the libraries and the end of the script or REPL. */
function runSession(vm: LuaVM, parsed: Options | { usageError: string | null }, con: Console, stdout: BufferedOutput, message: (s: string) => void, luaArgs: string[], preArgs: string[]): number | Promise<number> {
  const cli = vm.rt.dialect.cli;
  const banner = (): void => {
    if (cli.versionOnStderr) {
      stdout.flush();
      con.writeErr(cli.versionBanner + '\n');
    } else stdout.write(cli.versionBanner + '\n');
  };
  if ('usageError' in parsed) {
    // LUA_INIT first, then the usage (initBeforeOptions).
    vm.openLibs();
    const st = runInit(vm, con, message);
    if (st !== 0) return st;
    usage({ ...con, writeErr: (s) => (stdout.flush(), con.writeErr(s)) }, vm.rt.dialect.name, parsed.usageError);
    return 1;
  }
  const o = parsed;
  {
    // -E is seen by the package library while it opens (package.path ignores LUA_PATH).
    if (o.ignoreEnv) vm.registry.setStr('LUA_NOENV', true);
    vm.openLibs();
    if (cli.initBeforeOptions && !o.ignoreEnv) {
      const st = runInit(vm, con, message);
      if (st !== 0) return st;
    }
    if (cli.startsGenerational && vm.rt.collector) vm.rt.collector.mode = 'generational';
    const allArgs = [...preArgs, ...luaArgs];
    const scriptAt = preArgs.length + o.script;
    const makeArgTable = (): void => {
      // arg[0] is the script (or the program with no script); the program and the options
      // before the script get negative indices (argv[i] goes to i - script, argv[0] being
      // the program).
      const t = new LuaTable();
      const base = o.script < luaArgs.length ? scriptAt + 1 : 0;
      t.setInt(-base, con.progname);
      for (let i = 0; i < allArgs.length; i++) t.set(i + 1 - base, toBytes(allArgs[i]!));
      vm.globals.setStr('arg', t);
    };
    const hasScript = o.script < luaArgs.length;
    if (cli.argTableFirst) makeArgTable();
    if (o.version) banner();
    if (!o.ignoreEnv && !cli.initBeforeOptions) {
      const st = runInit(vm, con, message);
      if (st !== 0) return st;
    }
    for (const act of o.actions) {
      let st: number;
      if (act.kind === 'e') st = runChunk(vm, message, () => vm.load(toBytes(act.code), '=(command line)'), []);
      else if (act.kind === 'l') st = loadLibrary(vm, message, cli.libraryOption, toBytes(act.name));
      else st = runChunk(vm, message, () => vm.globals.getStr('warn'), ['@on']);
      if (st !== 0) return st;
    }
    if (hasScript) {
      if (!cli.argTableFirst) makeArgTable();
      const scriptArgs = luaArgs.slice(o.script + 1).map(toBytes);
      const st = runChunk(vm, message, () => loadFile(vm, con, o.scriptIsStdin ? null : luaArgs[o.script]!, true), scriptArgs);
      if (st !== 0) return st;
    }
    if (o.interactive) return runRepl(vm, con, stdout, message);
    if (!hasScript && o.actions.every((a) => a.kind !== 'e') && !o.version) {
      if (con.stdinIsTTY) {
        banner();
        return runRepl(vm, con, stdout, message);
      }
      // lua.c ignores the status of this run: an error is reported, the exit status is 0.
      runChunk(vm, message, () => loadFile(vm, con, null), []);
    }
    return 0;
  }
}

/** lua_close: pending finalizers run (their errors are reported, the status stays). */
function closeState(vm: LuaVM, message: (s: string) => void): void {
  try {
    vm.close();
  } catch (e) {
    if (e instanceof LuaError) {
      const text = uncaughtErrorText(vm, e);
      if (text !== null) message(text);
    } else if (!(e instanceof LuaHalt)) throw e;
  }
}

function toBytes(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

class LoadFailure {
  constructor(readonly message: string) {}
}

/** Everything left on standard input, read through the console. */
function readAllStdin(con: Console): string {
  let text = '';
  for (;;) {
    const chunk = con.readStdin(1 << 16);
    if (chunk === '') return text;
    text += chunk;
  }
}

/**
 * luaL_loadfile: a chunk from a file, or standard input (through the console) for null.
 * `script`: the script of the command line (which may have been compiled ahead).
 */
function loadFile(vm: LuaVM, con: Console, path: string | null, script = false) {
  let src: { text: string; chunkName: string };
  try {
    src = path === null ? { text: readAllStdin(con), chunkName: '=stdin' } : readSourceFile(path);
  } catch (e) {
    if (e instanceof SourceReadError) throw new LoadFailure(fileErrorText(vm.rt, e.message));
    throw e;
  }
  const pre = script && path !== null && con.precompiled ? con.precompiled() : null;
  if (pre !== null && pre.path === path && pre.text === src.text && pre.dialect === vm.rt.dialect.name) return vm.loadCode(codeOf(pre.code));
  return vm.load(src.text, src.chunkName, true);
}

/** LUA_INIT_5_x or LUA_INIT: '@file' runs a file, anything else is code. */
function runInit(vm: LuaVM, con: Console, message: (s: string) => void): number {
  for (const name of vm.rt.dialect.cli.initVariables) {
    const v = con.env[name];
    if (v === undefined) continue;
    if (v.startsWith('@')) return runChunk(vm, message, () => loadFile(vm, con, v.slice(1)), []);
    return runChunk(vm, message, () => vm.load(toBytes(v), `=${name}`), []);
  }
  return 0;
}

/** -l NAME / -l g=mod: require the module and, from 5.2, store it in a global. */
function loadLibrary(vm: LuaVM, message: (s: string) => void, style: 'require' | 'global' | 'g=mod', spec: string): number {
  let global = spec;
  let mod = spec;
  if (style === 'g=mod' && spec.includes('=')) {
    global = spec.slice(0, spec.indexOf('='));
    mod = spec.slice(spec.indexOf('=') + 1);
  } else if (style === 'g=mod') {
    // "-l a.b-v2" loads module a.b-v2 into global 'a.b' (the part before LUA_IGMARK '-').
    const dash = spec.indexOf('-');
    if (dash >= 0) global = spec.slice(0, dash);
  }
  const req = vm.globals.getStr('require');
  let result: LuaValue[] = [];
  const st = runChunk(vm, message, () => req as never, [mod], (r) => (result = r));
  if (st !== 0) return st;
  if (style !== 'require') vm.globals.setStr(global, result[0]);
  return 0;
}

/** Loads (via `load`) and calls a chunk, reporting errors as lua.c's report/msghandler do. */
function runChunk(vm: LuaVM, message: (s: string) => void, load: () => LuaValue, args: LuaValue[], onResult?: (r: LuaValue[]) => void): number {
  let fn: LuaValue;
  try {
    fn = load();
  } catch (e) {
    if (e instanceof LuaSyntaxError) {
      message(e.message);
      return 1;
    }
    if (e instanceof LoadFailure) {
      message(e.message);
      return 1;
    }
    throw e;
  }
  try {
    const r = vm.call(fn, args);
    onResult?.(r);
    return 0;
  } catch (e) {
    if (e instanceof LuaHalt) throw e;
    if (!(e instanceof LuaError)) throw e;
    const text = uncaughtErrorText(vm, e);
    if (text !== null) message(text);
    return 1;
  }
}

/**
 * The report of an uncaught error (lua.c's msghandler and report): the message and the
 * traceback, or null when the version prints nothing (a nil error before 5.3).
 *
 * The handler runs where the error happened, so an error raised by a __tostring it calls
 * goes through the handler again, with a traceback of both: the metamethod's frames, the
 * handler ("[C]: in ?", which is how the host call shows too) and the original frames.
 */
export function uncaughtErrorText(vm: LuaVM, e: LuaError): string | null {
  const rt = vm.rt;
  const v = e.value;
  // the handler ran where the error was raised (before variables were closed): report
  if (e.handled) return typeof v === 'string' ? v : isNumber(v) ? numberToString(v as LuaNumber, rt.numFmt) : '(error object is not a string)';
  const tb = e.traceback ?? 'stack traceback:';
  // A memory error (the heap cap, raised by no function) does not go through the handler.
  if (v === 'not enough memory' && e.native === null) return v;
  if (typeof v === 'string') return `${v}\n${tb}`;
  if (isNumber(v)) return `${numberToString(v as LuaNumber, rt.numFmt)}\n${tb}`;
  const style = rt.dialect.runtime.uncaughtNonString;
  if (v === undefined && style !== 'tostring-or-type') return null;
  if (style === 'keep') return '(error object is not a string)';
  const h = metamethod(rt, v, '__tostring');
  if (h !== undefined) {
    let r: LuaValue;
    try {
      r = vm.call(h, [v])[0];
    } catch (inner) {
      if (!(inner instanceof LuaError)) throw inner;
      const outerFrames = tb.split('\n').slice(1).join('\n');
      const joined = new LuaError(inner.value);
      joined.traceback = `${inner.traceback ?? 'stack traceback:'}${outerFrames === '' ? '' : `\n${outerFrames}`}`;
      return uncaughtErrorText(vm, joined);
    }
    // 5.3+ take only a string; 5.2 prints what lua_tostring makes of the result.
    if (typeof r === 'string') return r;
    if (style === 'tostring-or-none') return isNumber(r) ? numberToString(r as LuaNumber, rt.numFmt) : '(error object is not a string)';
  } else if (style === 'tostring-or-none') return '(no error message)';
  return `(error object is a ${typeName(v)} value)\n${tb}`;
}

/**
 * lua.c's message handler as a running handler (Runtime.msgh): a string or number gets the
 * traceback of where it was raised; other values as the version's handler treats them.
 */
function standaloneHandler(rt: Runtime): MessageHandler {
  return (e, value) =>
    runMessageHandler(rt, e, value, (v) => {
      if (typeof v === 'string') return `${v}\n${handlerTraceback(rt)}`;
      if (isNumber(v)) return `${numberToString(v as LuaNumber, rt.numFmt)}\n${handlerTraceback(rt)}`;
      const style = rt.dialect.runtime.uncaughtNonString;
      if (style === 'keep' || (style === 'tostring-or-none' && v === undefined)) return v;
      const h = metamethod(rt, v, '__tostring');
      if (style === 'tostring-or-none') return h === undefined ? '(no error message)' : rt.call(h, [v]);
      if (h !== undefined) {
        const r = rt.call(h, [v]);
        if (typeof r === 'string') return r;
      }
      return `(error object is a ${typeName(v)} value)\n${handlerTraceback(rt)}`;
    });
}

/** The interactive loop (lua.c's doREPL): on a terminal with line editing, else plain. */
function runRepl(vm: LuaVM, con: Console, stdout: BufferedOutput, message: (s: string) => void): number | Promise<number> {
  if (con.stdinIsTTY && con.readLine) return lineReaderRepl(vm, stdout, con.writeErr.bind(con), con.readLine.bind(con));
  if (con.stdinIsTTY) return terminalRepl(vm, stdout, (s) => {
    stdout.flush();
    con.writeErr(s);
  });
  return replLoop(vm, con, stdout, message);
}
