/**
 * A Lua virtual machine: a runtime, its globals and registry, the standard libraries of
 * its dialect, and the host hooks (output, files). The embedding API (issue: embedding)
 * builds on this class.
 */
import { readFileSync } from 'node:fs';
import { getDialect, type DialectName } from '../dialect/index.js';
import { readStdinBytes } from './stdin.js';
import { instantiateCode, loadChunk, mainFunction, type CompiledCode } from '../compiler/compile.js';
import { isHostStackOverflow, LuaError } from '../runtime/errors.js';
import { errorTraceback } from '../runtime/traceback.js';
import { Collector } from '../runtime/gc.js';
import type { LuaCallable } from '../runtime/runtime.js';
import { Runtime } from '../runtime/runtime.js';
import { callMeta } from '../runtime/ops.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { openBase, type BaseHost } from '../stdlib/base.js';
import { openLibraries } from '../stdlib/index.js';
import { openCoroutine } from '../stdlib/coroutine.js';
import { openDebug } from '../stdlib/debug.js';

/** What the libraries need from outside the VM (the base library's BaseHost). */
export type VMHost = BaseHost;

/** Output buffered in latin1 chunks and written to a file descriptor in large writes. */
export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly sink: (data: Buffer) => void, private readonly limit = 1 << 16) {}
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= this.limit) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const data = Buffer.from(this.parts.join(''), 'latin1');
    this.parts = [];
    this.size = 0;
    this.sink(data);
  }
}

/** The host of the luna command: process streams and the real file system. */
export function nodeHost(stdout: BufferedOutput, stderr: (s: string) => void): VMHost {
  return {
    write: (s) => stdout.write(s),
    writeErr: (s) => {
      stdout.flush();
      stderr(s);
    },
    flush: () => stdout.flush(),
    readStdin(max: number): string {
      stdout.flush();
      return readStdinBytes(max);
    },
    readFile(path: string): string {
      try {
        return readFileSync(path === '-' ? 0 : path).toString('latin1');
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const text = err.code === 'ENOENT' ? 'No such file or directory' : err.code === 'EISDIR' ? 'Is a directory' : err.message;
        throw new Error(`cannot ${err.code === 'EISDIR' ? 'read' : 'open'} ${path}${err.code === 'EISDIR' ? '' : ''}: ${text}`);
      }
    },
    warn: (msg) => stderr(`Lua warning: ${msg}\n`),
  };
}

/** The runtime-level VM (no conversions, no limits): what the CLI and the library specs use. */
export class LuaVM {
  readonly rt: Runtime;
  readonly globals: LuaTable;
  readonly registry: LuaTable;

  constructor(dialectName: DialectName, readonly host: VMHost) {
    const rt = (this.rt = new Runtime(getDialect(dialectName)));
    this.globals = rt.globals = new LuaTable();
    this.registry = rt.registry = new LuaTable();
    new Collector(rt);
    // Through constants: V8 allocates a function literal assigned straight to a property in
    // the old generation, and these hold the runtime (every short-lived VM would survive
    // young collections).
    const callMetaFn = (f: LuaValue, args: LuaValue[], line = 0): LuaValue => callMeta(rt, f, args, line, null);
    rt.callMeta = callMetaFn;
  }

  /** Opens every standard library of the dialect. */
  openLibs(): void {
    openBase(this.rt, this.globals, this.host);
    openCoroutine(this.rt, this.globals, new LuaTable());
    openLibraries(this.rt, this.globals, this.host);
    openDebug(this.rt, this.globals);
    this.registerLoaded();
  }

  /** Records the standard library tables in registry._LOADED (package.loaded), as luaL_requiref does. */
  private registerLoaded(): void {
    let loaded = this.registry.getStr('_LOADED');
    if (!(loaded instanceof LuaTable)) {
      loaded = new LuaTable();
      this.registry.setStr('_LOADED', loaded);
    }
    const t = loaded as LuaTable;
    if (t.getStr('_G') === undefined) t.setStr('_G', this.globals);
    for (const name of ['package', 'coroutine', 'table', 'io', 'os', 'string', 'math', 'utf8', 'debug', 'bit32']) {
      const lib = this.globals.getStr(name);
      if (lib instanceof LuaTable && t.getStr(name) === undefined) t.setStr(name, lib);
    }
  }

  /** Closes the state: every pending finalizer runs (lua_close). */
  close(): void {
    const depth = this.rt.depth;
    try {
      this.rt.collector?.closeState();
    } finally {
      this.rt.unwind(depth);
    }
  }

  /** Compiles a chunk; throws LuaSyntaxError. */
  load(source: string, chunkName: string, fromFile = false, env: LuaValue = this.globals): LuaCallable {
    return loadChunk(this.rt, source, { chunkName, fromFile }, env);
  }

  /** The main function of a chunk compiled earlier (compile.ts compileCode or codeOf). */
  loadCode(code: CompiledCode, env: LuaValue = this.globals): LuaCallable {
    return mainFunction(this.rt, instantiateCode(this.rt, code), env);
  }

  /**
   * Calls a Lua value; returns all results. Lua errors are thrown as LuaError, with the
   * traceback of the point where they happened in `traceback`.
   */
  call(fn: LuaValue, args: LuaValue[] = []): LuaValue[] {
    const rt = this.rt;
    const depth = rt.depth;
    try {
      return rt.callAll(fn, args);
    } catch (e) {
      let err = e;
      if (isHostStackOverflow(e)) err = new LuaError(rt.overflowWhere() + 'stack overflow', null);
      if (err instanceof LuaError && err.traceback === null) err.traceback = errorTraceback(rt, err);
      throw err;
    } finally {
      rt.unwind(depth);
    }
  }
}
