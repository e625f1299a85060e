/**
 * A Lua virtual machine: a runtime, its globals and registry, the standard libraries of
 * its dialect, and the host hooks (output, files). The embedding API (issue: embedding)
 * builds on this class.
 */
import { readFileSync } from 'node:fs';
import { getDialect, type DialectName } from '../dialect/index.js';
import { loadChunk } from '../compiler/compile.js';
import { LuaError } from '../runtime/errors.js';
import type { LuaCallable } from '../runtime/runtime.js';
import { Runtime } from '../runtime/runtime.js';
import { callMeta, metamethod, typeError } from '../runtime/ops.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { openBase, type BaseHost } from '../stdlib/base.js';
import { openLibraries } from '../stdlib/index.js';
import { openCoroutine } from '../stdlib/coroutine.js';

export interface VMHost extends BaseHost {
  /** Flushes buffered output (before reading input, at exit). */
  flush(): void;
}

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

export function nodeHost(stdout: BufferedOutput, stderr: (s: string) => void): VMHost {
  return {
    write: (s) => stdout.write(s),
    flush: () => stdout.flush(),
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

export class LuaVM {
  readonly rt: Runtime;
  readonly globals: LuaTable;
  readonly registry: LuaTable;

  constructor(dialectName: DialectName, readonly host: VMHost) {
    const rt = (this.rt = new Runtime(getDialect(dialectName)));
    this.globals = rt.globals = new LuaTable();
    this.registry = rt.registry = new LuaTable();
    rt.callMeta = (f, args) => callMeta(rt, f, args, 0, null);
    rt.metaCallTarget = (f) => {
      const h = metamethod(rt, f, '__call');
      if (h === undefined) typeError(rt, 0, 'call', f, null);
      return h;
    };
  }

  /** Opens every standard library of the dialect. */
  openLibs(): void {
    openBase(this.rt, this.globals, this.host);
    openCoroutine(this.rt, this.globals, new LuaTable());
    openLibraries(this.rt, this.globals, this.host);
  }

  /** Compiles a chunk; throws LuaSyntaxError. */
  load(source: string, chunkName: string, fromFile = false, env: LuaValue = this.globals): LuaCallable {
    return loadChunk(this.rt, source, { chunkName, fromFile }, env);
  }

  /** Calls a Lua value; returns all results. Lua errors are thrown as LuaError. */
  call(fn: LuaValue, args: LuaValue[] = []): LuaValue[] {
    const rt = this.rt;
    const depth = rt.depth;
    try {
      return rt.callAll(fn, args);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        const msg = rt.where(1) + 'stack overflow';
        rt.depth = depth;
        throw new LuaError(msg);
      }
      throw e;
    } finally {
      rt.depth = depth;
    }
  }
}
