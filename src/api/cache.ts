/**
 * The compile cache: chunks compiled to JS (parse + code generation + `new Function`) kept
 * by (dialect, chunk name, text mode, source), so that VMs loading the same chunk share the
 * work and only instantiate it (compile.ts: compileCode / instantiateCode). This is what
 * makes a fresh VM per request cheap when requests run the same scripts.
 *
 * Invariant: an entry depends only on its key (compiled code never sees a runtime until it
 * is instantiated), so entries are valid for every VM of the dialect. Least recently used
 * entries go first once the cache holds more than `maxEntries` chunks or `maxBytes` of source.
 */
import { compileCode, type CompiledCode } from '../compiler/compile.js';
import type { Dialect } from '../dialect/index.js';

/** Options of a CompileCache. */
export interface CompileCacheOptions {
  /** Most chunks kept (default 512). */
  maxEntries?: number;
  /** Most source bytes kept (default 16 MiB). */
  maxBytes?: number;
}

/** A cache of compiled chunks shared by VMs (see the file comment). */
export class CompileCache {
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  /** source -> (dialect, mode, chunk name) key -> code; Map order is recency order. */
  private readonly bySource = new Map<string, Map<string, CompiledCode>>();
  private entries = 0;
  private bytes = 0;
  /** Lookups answered from the cache, and compilations. */
  hits = 0;
  misses = 0;

  constructor(options: CompileCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 512;
    this.maxBytes = options.maxBytes ?? 16 << 20;
  }

  /** The compiled code of a chunk, compiling it on a miss. Throws LuaSyntaxError. */
  get(dialect: Dialect, source: string, chunkName: string, fromFile: boolean): CompiledCode {
    const key = `${dialect.name}\0${fromFile ? 'f' : 's'}\0${chunkName}`;
    let inner = this.bySource.get(source);
    const hit = inner?.get(key);
    if (hit !== undefined) {
      this.hits++;
      // refresh recency
      this.bySource.delete(source);
      this.bySource.set(source, inner!);
      return hit;
    }
    this.misses++;
    const code = compileCode(dialect, source, { chunkName, fromFile });
    if (source.length > this.maxBytes) return code;
    if (inner === undefined) {
      inner = new Map();
      this.bySource.set(source, inner);
    }
    inner.set(key, code);
    this.entries++;
    this.bytes += source.length;
    this.evict();
    return code;
  }

  /** Drops every entry. */
  clear(): void {
    this.bySource.clear();
    this.entries = 0;
    this.bytes = 0;
  }

  /** Chunks held. */
  get size(): number {
    return this.entries;
  }

  private evict(): void {
    for (const [source, inner] of this.bySource) {
      if (this.entries <= this.maxEntries && this.bytes <= this.maxBytes) return;
      this.bySource.delete(source);
      this.entries -= inner.size;
      this.bytes -= source.length * inner.size;
    }
  }
}

/** The cache VMs share unless given their own (or none). */
export const sharedCompileCache = new CompileCache();
