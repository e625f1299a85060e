/**
 * From source text to a runnable Lua function: parse, generate JS, compile the JS once
 * with `new Function`, and instantiate the main chunk's closure for a runtime.
 *
 * Invariant: the generated code sees only `RT` (the VM's runtime), `K` (its constants and
 * prototypes) and `OPS` (the helper functions), so a compiled chunk depends on nothing else.
 */
import { parse } from '../../grammar/index.js';
import type { Dialect } from '../dialect/index.js';
import { chunkId, LuaSyntaxError } from '../../grammar/errors.js';
import { LuaError } from '../runtime/errors.js';
import { MAX_SAFE, LuaFloat, type LuaValue } from '../runtime/value.js';
import { mkFloat, POS_NAN } from '../runtime/numbers.js';
import { ALLOC, SIZE } from '../runtime/alloc.js';
import { EMPTY_FIELDS, FieldsCtor, LuaTable } from '../runtime/table.js';
import type { Proto } from '../runtime/proto.js';
import { TAILCALL, type LuaCallable, type Runtime } from '../runtime/runtime.js';
import * as ops from '../runtime/ops.js';
import * as support from '../runtime/support.js';
import { callg, LEAF, metaReq, sub, SUSPENDED, tailg } from '../runtime/coroutine.js';
import { generate, GotoLoweringError } from './jsgen.js';

/** The helpers compiled code calls (destructured into constants by the generated prologue). */
/** The largest n a vararg table may give '...' (INT_MAX / 2, as lua_Integer bounds it). */
const VARARG_N_MAX = 0x3fffffff;
/** The official interpreter's value stack (LUAI_MAXSTACK): more values overflow it. */
const LUA_STACK_SLOTS = 1000000;

export const OPS = {
  ...ops,
  ...support,
  mkFloat,
  POS_NAN,
  LuaTable,
  LuaFloat,
  LuaError,
  TAILCALL,
  MAXS: MAX_SAFE,
  ALLOC,
  UVB: SIZE.upvalue,
  STB: SIZE.string,
  HNB: SIZE.hashNode,
  FieldsCtor,
  EMPTYF: EMPTY_FIELDS,
  callg,
  tailg,
  metaReq,
  sub,
  SUSPENDED,
  LEAF,
  /** A call of a non-callable value in a tail position: raise the error now, with the name. */
  checkCallable(rt: Runtime, f: LuaValue, line: number, desc: string | null): void {
    ops.callChain(rt, f, line, desc);
  },
  /** 5.5: `global x = v` fails when x already has a value. */
  defineGlobal(rt: Runtime, env: LuaValue, name: string, v: LuaValue, line: number): void {
    if (ops.index(rt, env, name, line, null) !== undefined) ops.errorAt(rt, line, `global '${name}' already defined`);
    ops.setIndex(rt, env, name, v, line, null);
  },
  /**
   * 5.5: the values '...' stands for in a function with a named vararg table: the table's
   * raw fields 1 to n, where n must be a non-negative integer (a float does not do).
   */
  namedVarargs(rt: Runtime, t: LuaTable, line: number): LuaValue[] {
    const n = t.getStr('n');
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > VARARG_N_MAX) ops.errorAt(rt, line, "vararg table has no proper 'n'");
    if (n >= LUA_STACK_SLOTS - 16) ops.errorAt(rt, line, 'stack overflow');
    const out = new Array<LuaValue>(n);
    for (let i = 0; i < n; i++) out[i] = t.getInt(i + 1);
    return out;
  },
  /** 5.1: the 'arg' table of a vararg function: its extra arguments and n. */
  argTable(va: LuaValue[]): LuaTable {
    const t = support.tableFromArray(va.slice());
    t.setStr('n', va.length);
    return t;
  },
};

export interface CompileOptions {
  /** Chunk name as Lua takes it ('@file', '=name', or the source itself). */
  chunkName: string;
  /** Read as loadfile does (byte-order mark and '#' line skipped). */
  fromFile?: boolean;
  /** A binary chunk dumped with `strip`: its functions have no line information. */
  stripped?: boolean;
  /**
   * Make every local changeable by debug.setlocal, and keep PUC's temporaries at calls where
   * debug.getlocal sees them (jsgen's debugLocals: a little slower). Default: in chunks whose
   * text mentions `setlocal` or `getlocal`, and (compileChunk) in chunks a runtime loads
   * after debug.setlocal ran; locals that closures capture are always changeable.
   */
  debugLocals?: boolean;
}

/**
 * A chunk compiled to JS for a dialect, independent of any runtime: the `new Function`
 * factory and the data its instances share. A compile cache (the embedding API's) keeps
 * these and instantiates them for each runtime, skipping parsing and code generation.
 */
export interface CompiledCode {
  readonly chunkName: string;
  readonly source: string;
  readonly factory: (rt: Runtime, k: unknown, o: typeof OPS) => unknown;
  /** Constants (integral floats boxed; never mutated, shared by every instance). */
  readonly constants: readonly unknown[];
  /** The prototypes' data without their runtime-bound generator factories. */
  readonly protos: readonly Proto[];
}

/**
 * A chunk's generated JS and data as plain values (structured-cloneable: the CLI compiles
 * a script on one thread and runs it on another). `codeOf` makes it runnable.
 */
export interface GeneratedCode {
  readonly chunkName: string;
  readonly source: string;
  readonly js: string;
  /** Constants, integral floats written as "float:<value>". */
  readonly constants: readonly unknown[];
  /** The prototypes, but for the chunk's source text (`source`, once). */
  readonly protos: readonly Omit<Proto, 'chunkSource'>[];
}

/** Parses a chunk and generates its JS (no runtime involved). Throws LuaSyntaxError. */
export function generateCode(dialect: Dialect, source: string, options: CompileOptions): GeneratedCode {
  const { chunk, scope } = parse(source, {
    dialect: dialect.name,
    chunkName: options.chunkName,
    fromFile: options.fromFile ?? false,
    comments: false,
  });
  const id = chunkId(options.chunkName, dialect, true);
  let compiled: ReturnType<typeof generate>;
  try {
    compiled = generate({ dialect, scope, chunk, debugLocals: options.debugLocals ?? (source.includes('setlocal') || source.includes('getlocal')) });
  } catch (e) {
    // a valid program Luna cannot compile: a load error with a position, never a host crash
    if (e instanceof GotoLoweringError) throw new LuaSyntaxError(`${id}:${e.line}: ${e.message}`, e.message, e.line, 0, 0);
    throw e;
  }
  const protos = compiled.protos.map((p) => ({
    source: options.chunkName,
    chunkId: id,
    lineDefined: p.lineDefined,
    lastLineDefined: p.lastLineDefined,
    numParams: p.numParams,
    isVararg: p.isVararg,
    upvalueNames: p.upvalueNames,
    start: p.start,
    end: p.end,
    frameSize: p.frameSize,
    localSlots: p.localSlots,
    tempBase: p.tempBase,
    activeLines: p.activeLines,
    sites: p.sites,
  }));
  return { chunkName: options.chunkName, source, js: compiled.source, constants: compiled.constants, protos };
}

/** Generated code made runnable: its JS compiled (once) and its float constants boxed. */
export function codeOf(g: GeneratedCode): CompiledCode {
  const constants = g.constants.map((c) =>
    typeof c === 'string' && c.startsWith('float:') ? new LuaFloat(Number(c.slice(6))) : c,
  );
  const factory = new Function('RT', 'K', 'OPS', g.js) as CompiledCode['factory'];
  const protos = g.protos.map((p) => ({ ...p, chunkSource: g.source }));
  return { chunkName: g.chunkName, source: g.source, factory, constants, protos };
}

/** Parses a chunk and compiles its JS once (no runtime involved). Throws LuaSyntaxError. */
export function compileCode(dialect: Dialect, source: string, options: CompileOptions): CompiledCode {
  return codeOf(generateCode(dialect, source, options));
}

/** Instantiates compiled code for a runtime; returns the main function's factory taking (upvalues, env). */
export function instantiateCode(rt: Runtime, code: CompiledCode, stripped = false): (U: { v: LuaValue }[], E: LuaValue) => LuaCallable {
  const K: unknown[] & { protos?: Proto[] } = code.constants.slice();
  K.protos = stripped ? code.protos.map((p) => ({ ...p, stripped: true })) : code.protos.slice();
  const { P0 } = code.factory(rt, K, OPS) as { P0: (U: { v: LuaValue }[], E: LuaValue) => LuaCallable };
  return P0;
}

/** Compiles a chunk for a runtime; returns its factory taking (upvalues, env). Throws LuaSyntaxError. */
export function compileChunk(rt: Runtime, source: string, options: CompileOptions): (U: { v: LuaValue }[], E: LuaValue) => LuaCallable {
  // (once debug.setlocal has run, every chunk loaded later can have its locals changed)
  const opts = rt.setlocalUsed && options.debugLocals === undefined ? { ...options, debugLocals: true } : options;
  return instantiateCode(rt, compileCode(rt.dialect, source, opts), options.stripped === true);
}

/** The main function of a chunk, with `env` as its environment (_ENV, or the 5.1 function environment). */
export function loadChunk(rt: Runtime, source: string, options: CompileOptions, env: LuaValue): LuaCallable {
  return mainFunction(rt, compileChunk(rt, source, options), env);
}

/** The main function made by a chunk's factory, with `env` as its environment. */
export function mainFunction(rt: Runtime, P0: (U: { v: LuaValue }[], E: LuaValue) => LuaCallable, env: LuaValue): LuaCallable {
  if (rt.dialect.has.envUpvalue) return P0([{ v: env }], undefined);
  return P0([], env);
}
