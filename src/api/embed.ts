/**
 * The embedding and sandbox API: `Vm`, a Lua state for a host program.
 *
 * A Vm wraps the runtime's LuaVM (vm.ts) and adds what a host needs: libraries opened one
 * by one (a minimal VM opens none), host hooks for output and files, conversions between
 * Lua and JS values, host functions, limits (instruction budget, wall-clock deadline,
 * memory cap) and errors as real `Error`s.
 *
 * Invariants:
 * - Entry: every call from the host into Lua (callValue, callAsync's steps, handle calls)
 *   goes through `enter`/`leave`. The outermost entry arms the limits and settles them;
 *   nested entries (JS -> Lua -> JS -> Lua) run under the outer one's limits.
 * - A host function called from Lua is a native of the runtime (calling convention of
 *   runtime.ts); while it runs, `currentHost` names it, and a nested entry pushes a C level
 *   for it (as PUC's C functions calling back into Lua), so tracebacks show both sides.
 * - Errors cross the boundary in both directions without losing anything: the internal
 *   LuaError/LuaHalt becomes a public LuaError/LuaHaltError at the host; a public error a
 *   host function lets through becomes the internal one again (same value, same traceback);
 *   a JS exception from a host function becomes a Lua error (a string with the position of
 *   the calling Lua code) that remembers the JS error: when it reaches the host, the
 *   LuaError's `cause` is the JS error.
 * - Exhausted limits are sticky: once the budget or deadline has stopped the VM, every
 *   tick stops it again (so __close handlers and message handlers cannot continue), until
 *   the host re-arms the limit.
 */
import { readFileSync } from 'node:fs';
import { LuaSyntaxError } from '../../grammar/errors.js';
import { compileCode, instantiateCode } from '../compiler/compile.js';
import { DEFAULT_DIALECT, getDialect, type Dialect, type DialectName } from '../dialect/index.js';
import { LuaThread, resume, type LuaGenerator } from '../runtime/coroutine.js';
import { stackOf } from '../runtime/callinfo.js';
import { isHostStackOverflow, LuaError as InternalLuaError, LuaHalt } from '../runtime/errors.js';
import { isNumber, mkFloat, numberToString, type LuaNumber } from '../runtime/numbers.js';
import { metamethod, normKey, rawLength, tostring, typeName } from '../runtime/ops.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { errorTraceback, traceback } from '../runtime/traceback.js';
import { LuaFloat, LuaUserdata, type LuaValue } from '../runtime/value.js';
import { argError, luaError, native } from '../stdlib/aux.js';
import { enterNative, noteMetatable, openBase as openBaseLib, type BaseHost } from '../stdlib/base.js';
import { openBit32 as openBit32Lib } from '../stdlib/bit32.js';
import { openCoroutine as openCoroutineLib } from '../stdlib/coroutine.js';
import { openDebug as openDebugLib } from '../stdlib/debug.js';
import { openIo as openIoLib } from '../stdlib/io.js';
import { openMath as openMathLib } from '../stdlib/math.js';
import { openOs as openOsLib } from '../stdlib/os.js';
import { openPackage as openPackageLib } from '../stdlib/package.js';
import { openString as openStringLib } from '../stdlib/string.js';
import { openTable as openTableLib } from '../stdlib/table.js';
import { openUtf8 as openUtf8Lib } from '../stdlib/utf8.js';
import { LuaArgs } from './args.js';
import { CompileCache, sharedCompileCache } from './cache.js';
import {
  bigintToLua, bytesToLua, decodeUtf8, encodeUtf8, numberToLua, stringFromLua, Utf8Error, type StringMode,
} from './convert.js';
import { internalOf, LuaError, LuaHaltError } from './errors.js';
import { LuaFunctionRef, LuaRef, LuaTableRef, LuaThreadRef, LuaUserdataRef, type ToJsOptions } from './handles.js';
import { LuaClass, type LuaClassSpec } from './userdata.js';
import { BufferedOutput, LuaVM, nodeHost } from './vm.js';

// ===================================================================== options

/**
 * Where a VM's output and files go. Every hook can be replaced at any time (Vm.setHooks).
 * Paths and text are JS strings (UTF-8 decoded); output is bytes.
 */
export interface VmHooks {
  /** print's output (and io.write/io.stdout when io is open): the bytes of each write. */
  stdout(data: Uint8Array): void;
  /** io.stderr's output. */
  stderr(data: Uint8Array): void;
  /**
   * Reads a whole file for dofile, loadfile and require's Lua searcher ('-' is standard
   * input). Return JS text (encoded as UTF-8) or bytes; throw an Error whose message Lua
   * sees ("cannot open x.lua: ..."). null refuses every file.
   */
  readFile: ((path: string) => string | Uint8Array) | null;
  /** Reads up to `max` bytes of standard input (io.read); empty at end of input. */
  readStdin(max: number): Uint8Array;
  /** warn's messages (5.4+, after `warn("@on")`). */
  warn(message: string): void;
}

/** Options of Vm.newMinimal and Vm.new. */
export interface VmOptions {
  /** How Lua strings are given to JS (default 'utf8'; see convert.ts). */
  strings?: StringMode;
  /** Hooks replacing the defaults (see VmHooks). */
  hooks?: Partial<VmHooks>;
  /** The compile cache (default: one shared by all VMs; null: none). */
  compileCache?: CompileCache | null;
}

/** Options of createFunction and register. */
export interface HostFunctionOptions {
  /** The name used in messages when the calling code does not name the function. */
  name?: string;
  /** How string arguments are given to the function (default: the VM's mode). */
  strings?: StringMode;
}

/** Options of setInstrBudget and setTimeLimit. */
export interface LimitOptions {
  /**
   * false (default): one limit for everything that runs from now on (fail-closed: once
   * exhausted, every later call stops at once until the limit is set again). true: each
   * outermost call (callValue, callAsync) gets the whole limit afresh.
   */
  perCall?: boolean;
}

/** Options of setMemoryCap. */
export interface MemoryCapOptions {
  /**
   * false (default): passing the cap stops the VM with LuaHaltError('memory'), which Lua code
   * cannot catch. true: the official behaviour, a Lua error "not enough memory" that pcall
   * catches (the cap still holds: the script goes on only if it frees memory).
   */
  catchable?: boolean;
}

/** A host function: gets its arguments converted to JS; its result goes back converted (an array for several results, undefined for none). */
export type HostFunction = (...args: any[]) => unknown;
/** A host function that checks its arguments itself (LuaArgs, official messages). */
export type CheckedHostFunction = (args: LuaArgs) => unknown;

/** Error.stackTraceLimit while Lua code runs (see enter). */
const STACK_TRACE_LIMIT = 10;

/** Instructions between two deadline checks. */
const TIME_SLICE = 10_000;

/** The marker a host function yields to callAsync's driver when it returns a promise. */
const AWAIT = Object.freeze({ await: true });

interface CollectorLike {
  pin(v: LuaValue): void;
  unpin(v: LuaValue): void;
  setCap?(bytes: number | null): void;
}

/** The runtime's instruction-limit interface (runtime.ts setBudget/budgetRemaining). */
interface RuntimeLimits {
  setBudget?(n: number | null, onExhausted?: () => void): void;
  budgetRemaining?(): number;
  setMemoryCap?(bytes: number | null): void;
  collector?: CollectorLike | null;
}

/** The limits of one outermost call (or one async call). */
interface Meter {
  /** Instructions left for this call (Infinity: none). */
  callLeft: number;
  /** Absolute deadline, performance.now() ms (Infinity: none). */
  deadline: number;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

/** JS text as a Lua string for messages (lone surrogates replaced, never refused). */
function messageBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** Lua bytes as JS text for display (invalid UTF-8 replaced by U+FFFD). */
function displayText(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function stdoutWrite(data: Uint8Array): void {
  process.stdout.write(data);
}

function stderrWrite(data: Uint8Array): void {
  process.stderr.write(data);
}

// ===================================================================== the VM

/**
 * A Lua state for a host program (docs/embedding.md): created by Vm.newMinimal (a sandbox to
 * fill with libraries) or Vm.new (everything, like the luna command). Belongs to the thread
 * that created it (docs/threading.md).
 */
export class Vm {
  /** The dialect's capability table. */
  readonly dialect: Dialect;
  /** The underlying LuaVM (runtime, globals, registry) for advanced uses. */
  readonly core: LuaVM;
  /** The runtime (calling convention, frames, limits: see runtime.ts). */
  readonly rt: Runtime;

  private hooks: VmHooks;
  private strings: StringMode;
  private cache: CompileCache | null;
  private readonly opened = new Set<string>();
  private coroutineLib: LuaTable | null = null;
  private pcallFormsPending = false;
  private bytecode: boolean;
  private closed = false;

  // ---- entries and host functions
  private entries = 0;
  /** The host function running (null when Lua code or nothing runs). */
  private currentHost: LuaCallable | null = null;
  /** JS functions converted to Lua functions (so that one function converts to one value). */
  private readonly jsFunctions = new WeakMap<Function, LuaCallable>();
  /** Host objects wrapped as userdata (LuaClass.wrap). */
  private readonly hostObjects = new WeakMap<object, LuaUserdata>();
  private readonly classMetas = new WeakSet<LuaTable>();
  /** Internal errors made from JS exceptions of host functions, and the JS error each carries. */
  private readonly jsErrorOf = new WeakMap<InternalLuaError, unknown>();
  /** The last host exception turned into a Lua error (found again when it ends a coroutine). */
  private lastHostError: { value: LuaValue; error: unknown } | null = null;
  /** Threads run by callAsync (where host functions may wait for promises). */
  private readonly asyncThreads = new Set<LuaThread>();

  // ---- limits
  private totalLeft = Infinity;
  private deadline = Infinity;
  private perCallInstr: number | null = null;
  private perCallMs: number | null = null;
  private meter: Meter | null = null;
  /** Instructions granted to the runtime in the current slice. */
  private granted = 0;
  private innerGc: Runtime['gc'] | null = null;
  /** Error.stackTraceLimit of the host, restored when the outermost call returns. */
  private hostStackLimit = 10;

  // ---- errors
  private lastTraceback: string | null = null;

  private constructor(dialect: DialectName, options: VmOptions, full: boolean) {
    this.dialect = getDialect(dialect);
    this.strings = options.strings ?? 'utf8';
    this.cache = options.compileCache === undefined ? sharedCompileCache : options.compileCache;
    this.bytecode = full;
    const defaults: VmHooks = full ? fullHooks() : minimalHooks();
    this.hooks = { ...defaults, ...options.hooks };
    this.core = new LuaVM(dialect, this.makeHost());
    // Through constants: V8 allocates a function literal assigned straight to a property in
    // the old generation; holding the VM, it would keep every short-lived VM alive until a
    // full collection (a fresh VM would cost several times more).
    const onExhausted = (): void => this.exhausted();
    const memoryHalt = (): never => this.rt.halt('memory', 'not enough memory');
    this.onExhausted = onExhausted;
    this.memoryHalt = memoryHalt;
    this.rt = this.core.rt;
  }

  /**
   * An empty VM: no library is open, files are refused (dofile/loadfile raise or return an
   * error), print writes to the process's standard output through a replaceable hook, and
   * binary chunks are refused. Open the libraries the scripts may use with the open* methods.
   */
  static newMinimal(dialect: DialectName = DEFAULT_DIALECT, options: VmOptions = {}): Vm {
    return new Vm(dialect, options, false);
  }

  /** A VM with every standard library of the dialect open, and real files (like the `luna` command). */
  static new(dialect: DialectName = DEFAULT_DIALECT, options: VmOptions = {}): Vm {
    const vm = new Vm(dialect, options, true);
    vm.openAll();
    return vm;
  }

  /** The BaseHost the libraries see, routed through the replaceable hooks. */
  private makeHost(): BaseHost {
    return new VmHost(this);
  }

  /** @internal the hooks in force (VmHost reads them). */
  get currentHooks(): VmHooks {
    return this.hooks;
  }

  /** @internal whether binary chunks are allowed (VmHost reads it). */
  get binaryAllowed(): boolean {
    return this.bytecode;
  }

  /** Replaces some of the hooks (see VmHooks). */
  setHooks(hooks: Partial<VmHooks>): void {
    this.hooks = { ...this.hooks, ...hooks };
  }

  /** The string mode of conversions (see convert.ts). */
  get stringMode(): StringMode {
    return this.strings;
  }

  set stringMode(mode: StringMode) {
    this.strings = mode;
  }

  // ===================================================================== libraries

  private get G(): LuaTable {
    return this.core.globals;
  }

  private host(): BaseHost {
    return this.core.host;
  }

  /** Records an open library in package.loaded (registry._LOADED), as luaL_requiref does. */
  private loaded(name: string, lib: LuaValue): void {
    const reg = this.core.registry;
    let t = reg.getStr('_LOADED');
    if (!(t instanceof LuaTable)) {
      t = new LuaTable();
      reg.setStr('_LOADED', t);
    }
    if (lib instanceof LuaTable) (t as LuaTable).setStr(name, lib);
  }

  private open(name: string, fn: () => LuaValue): this {
    this.checkOpen();
    if (this.opened.has(name)) return this;
    this.opened.add(name);
    const lib = fn();
    this.loaded(name === 'base' ? '_G' : name, lib);
    return this;
  }

  private require(feature: boolean, lib: string): void {
    if (!feature) throw new Error(`${this.dialect.luaVersion} has no ${lib} library`);
  }

  /**
   * The base library (print, pairs, pcall, error, load...). dofile and loadfile read files
   * through the readFile hook; print writes through the stdout hook.
   */
  openBase(): this {
    return this.open('base', () => {
      openBaseLib(this.rt, this.G, this.host());
      if (this.pcallFormsPending) {
        // coroutine opened first: give the new pcall/xpcall their yieldable forms now
        openCoroutineLib(this.rt, this.G, new LuaTable());
        this.G.setStr('coroutine', this.coroutineLib!);
        this.pcallFormsPending = false;
      }
      return this.G;
    });
  }

  /** The coroutine library. */
  openCoroutine(): this {
    return this.open('coroutine', () => {
      const lib = (this.coroutineLib = new LuaTable());
      if (this.opened.has('base')) openCoroutineLib(this.rt, this.G, lib);
      else {
        // It installs yieldable forms of the base library's pcall/xpcall: until base
        // opens, give it stand-ins (openBase completes the job).
        const scratch = new LuaTable();
        scratch.setStr('pcall', native('pcall', () => undefined));
        scratch.setStr('xpcall', native('xpcall', () => undefined));
        openCoroutineLib(this.rt, scratch, lib);
        this.G.setStr('coroutine', lib);
        this.pcallFormsPending = true;
      }
      return lib;
    });
  }

  /** The math library. */
  openMath(): this {
    return this.open('math', () => {
      openMathLib(this.rt, this.G);
      return this.G.getStr('math');
    });
  }

  /** The string library (and the string metatable: `("x"):rep(3)`). */
  openString(): this {
    return this.open('string', () => openStringLib(this.rt, this.G));
  }

  /** The table library. */
  openTable(): this {
    return this.open('table', () => {
      openTableLib(this.rt, this.G);
      return this.G.getStr('table');
    });
  }

  /** The utf8 library (dialects that have it; an Error otherwise). */
  openUtf8(): this {
    this.require(this.dialect.has.utf8Library, 'utf8');
    return this.open('utf8', () => {
      openUtf8Lib(this.rt, this.G);
      return this.G.getStr('utf8');
    });
  }

  /** The bit32 library (dialects that have it; an Error otherwise). */
  openBit32(): this {
    this.require(this.dialect.has.bit32Library, 'bit32');
    return this.open('bit32', () => {
      openBit32Lib(this.rt, this.G);
      return this.G.getStr('bit32');
    });
  }

  /** The os library: not for sandboxes (clock, time, getenv, execute, remove, rename, exit...). */
  openOs(): this {
    return this.open('os', () => {
      openOsLib(this.rt, this.G, this.host());
      return this.G.getStr('os');
    });
  }

  /** The io library: not for sandboxes (io.open uses the real file system; stdout/stderr/stdin use the hooks). */
  openIo(): this {
    return this.open('io', () => openIoLib(this.rt, this.G, this.host()));
  }

  /** The debug library: not for sandboxes (it reaches every value, upvalue and metatable, and sets hooks). */
  openDebug(): this {
    return this.open('debug', () => {
      openDebugLib(this.rt, this.G);
      return this.G.getStr('debug');
    });
  }

  /**
   * The package library (require, package.loaded/preload/path...): Lua modules are read
   * through the readFile hook, but the searchers test which files exist on the real file
   * system. package.preload works without files.
   */
  openPackage(): this {
    return this.open('package', () => {
      const P = openPackageLib(this.rt, this.G, this.host());
      return P;
    });
  }

  /** Every standard library of the dialect (what Vm.new opens). */
  openAll(): this {
    const has = this.dialect.has;
    this.openBase().openCoroutine().openString().openTable().openMath();
    if (has.utf8Library) this.openUtf8();
    this.openOs();
    if (has.bit32Library) this.openBit32();
    this.openIo().openDebug().openPackage();
    return this;
  }

  // ===================================================================== globals and values

  /** Sets a global (converted with toLua). */
  setGlobal(name: string, value: unknown): void {
    this.checkOpen();
    this.G.setStr(encodeUtf8(name), this.toLua(value));
  }

  /** A global (converted with fromLua). Raw: no metamethod of _G runs. */
  getGlobal(name: string): unknown {
    this.checkOpen();
    return this.fromLua(this.G.getStr(encodeUtf8(name)));
  }

  /** The global table. */
  get globals(): LuaTableRef {
    return new LuaTableRef(this, this.G);
  }

  /** A new empty table, or one holding a JS array/object/Map's entries (toTable). */
  newTable(init?: unknown[] | Record<string, unknown> | Map<unknown, unknown>, options: ToJsOptions = {}): LuaTableRef {
    const t = init === undefined ? new LuaTable() : this.buildTable(init, options.deep ?? false, new Map());
    return new LuaTableRef(this, t);
  }

  /**
   * A table from a JS array (1-based sequence), plain object (string keys) or Map (keys
   * converted). Nested arrays/objects/Maps become tables only with `deep` (else a TypeError).
   */
  toTable(value: unknown[] | Record<string, unknown> | Map<unknown, unknown>, options: ToJsOptions = {}): LuaTableRef {
    return this.newTable(value, options);
  }

  private buildTable(v: unknown, deep: boolean, seen: Map<object, LuaTable>): LuaTable {
    const o = v as object;
    const done = seen.get(o);
    if (done) return done;
    const t = new LuaTable();
    seen.set(o, t);
    const conv = (x: unknown): LuaValue => {
      if (deep && (Array.isArray(x) || x instanceof Map || isPlainObject(x))) return this.buildTable(x, true, seen);
      return this.toLua(x);
    };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = conv(v[i]);
        if (x !== undefined) t.setInt(i + 1, x);
      }
    } else if (v instanceof Map) {
      for (const [k, x] of v) this.rawSetValue(t, conv(k), conv(x));
    } else if (isPlainObject(v)) {
      for (const k of Object.keys(v)) this.rawSetValue(t, encodeUtf8(k), conv((v as Record<string, unknown>)[k]));
    } else throw new TypeError('toTable expects an array, a plain object or a Map');
    return t;
  }

  /** @internal raw t[k] for handles. */
  rawGet(t: LuaTable, key: unknown): LuaValue {
    const k = normKey(this.toLua(key));
    if (k === undefined) return undefined;
    return t.get(k);
  }

  /** @internal raw #t for handles: the border the dialect's '#' finds. */
  rawLength(t: LuaTable): number {
    return rawLength(this.rt, t);
  }

  /** @internal raw t[k] = v for handles. */
  rawSet(t: LuaTable, key: unknown, value: unknown): void {
    this.rawSetValue(t, this.toLua(key), this.toLua(value));
  }

  private rawSetValue(t: LuaTable, key: LuaValue, value: LuaValue): void {
    const k = normKey(key);
    if (k === undefined) throw new TypeError('table index is nil');
    if (typeof k === 'number' && k !== k) throw new TypeError('table index is NaN');
    t.set(k, value);
  }

  /** @internal setmetatable from handles (tells the collector about __gc/__mode). */
  setMetatableOf(o: LuaTable | LuaUserdata, mt: LuaTable | null): void {
    o.metatable = mt;
    noteMetatable(this.rt, o, mt);
  }

  /** @internal a table as an array, object or Map (handles' toArray/toObject/toMap). */
  tableToJs(t: LuaTable, shape: 'array' | 'object' | 'map', options: ToJsOptions, seen = new Set<LuaTable>()): unknown {
    if (seen.has(t)) throw new TypeError('table has a cycle (cannot convert deeply)');
    seen.add(t);
    const conv = (v: LuaValue): unknown => (options.deep && v instanceof LuaTable ? this.tableToJs(v, shape, options, seen) : this.fromLua(v));
    let out: unknown;
    if (shape === 'array') {
      const n = rawLength(this.rt, t);
      const a = new Array<unknown>(n);
      for (let i = 1; i <= n; i++) a[i - 1] = conv(t.getInt(i));
      out = a;
    } else if (shape === 'map') {
      const m = new Map<unknown, unknown>();
      t.forEach((k, v) => m.set(this.fromLua(k), conv(v)));
      out = m;
    } else {
      const o: Record<string, unknown> = {};
      t.forEach((k, v) => {
        let key: string;
        if (typeof k === 'string') key = stringFromLua(k, 'utf8') as string;
        else if (isNumber(k)) key = numberToString(k as LuaNumber, this.rt.numFmt);
        else throw new TypeError(`table has a ${typeName(k)} key (use toMap)`);
        o[key] = conv(v);
      });
      out = o;
    }
    seen.delete(t);
    return out;
  }

  /**
   * A Lua value as JS: nil -> undefined; booleans; numbers (integers beyond ±(2^53-1) as
   * bigint); strings by the string mode; tables, functions, coroutines and foreign userdata
   * as handles; userdata of a LuaClass as the host object.
   */
  fromLua(v: LuaValue, mode: StringMode = this.strings): unknown {
    switch (typeof v) {
      case 'undefined':
      case 'boolean':
      case 'number':
      case 'bigint':
        return v;
      case 'string':
        return mode === 'latin1' ? v : stringFromLua(v, mode);
      case 'function':
        return new LuaFunctionRef(this, v as LuaCallable);
      default:
        if (v instanceof LuaFloat) return v.n;
        if (v instanceof LuaTable) return new LuaTableRef(this, v);
        if (v instanceof LuaUserdata) {
          if (v.metatable !== null && this.classMetas.has(v.metatable)) return v.data;
          return new LuaUserdataRef(this, v);
        }
        if (v instanceof LuaThread) return new LuaThreadRef(this, v);
        throw new TypeError('not a Lua value');
    }
  }

  /**
   * A JS value as Lua: undefined and null -> nil; booleans; numbers (see numberToLua);
   * bigints as integers; strings as UTF-8; Uint8Array as bytes; handles of this VM as their
   * value; LuaFloat boxes; JS functions as host functions; objects wrapped by a LuaClass as
   * their userdata. Anything else (plain objects, arrays, Maps) is a TypeError: use toTable.
   */
  toLua(v: unknown): LuaValue {
    switch (typeof v) {
      case 'undefined':
        return undefined;
      case 'boolean':
        return v;
      case 'number':
        return numberToLua(v, this.rt.hasIntegers);
      case 'bigint':
        return bigintToLua(v, this.rt.hasIntegers);
      case 'string':
        return encodeUtf8(v);
      case 'function':
        return this.functionOf(v as HostFunction);
      case 'object': {
        if (v === null) return undefined;
        if (v instanceof LuaRef) {
          if (v.vm !== this) throw new TypeError('handle belongs to another VM');
          return v.raw;
        }
        if (v instanceof LuaFloat) return this.rt.hasIntegers ? v : v.n;
        if (v instanceof Uint8Array) return bytesToLua(v);
        const ud = this.hostObjects.get(v);
        if (ud !== undefined) return ud;
        throw new TypeError('cannot convert this object to a Lua value (use vm.toTable for arrays, objects and Maps, or a LuaClass for host objects)');
      }
      default:
        throw new TypeError(`cannot convert a ${typeof v} to a Lua value`);
    }
  }

  private functionOf(fn: HostFunction): LuaCallable {
    let f = this.jsFunctions.get(fn);
    if (f === undefined) {
      f = this.makeHostFunction(fn, false, { name: fn.name || '?' });
      this.jsFunctions.set(fn, f);
    }
    return f;
  }

  // ===================================================================== host functions

  /** A Lua function calling `fn` with converted arguments (see HostFunction). */
  createFunction(fn: HostFunction, options: HostFunctionOptions = {}): LuaFunctionRef {
    this.checkOpen();
    return new LuaFunctionRef(this, this.makeHostFunction(fn, false, options));
  }

  /** A Lua function calling `fn` with a LuaArgs (argument checks with official messages). */
  createCheckedFunction(fn: CheckedHostFunction, options: HostFunctionOptions = {}): LuaFunctionRef {
    this.checkOpen();
    return new LuaFunctionRef(this, this.makeHostFunction(fn, true, options));
  }

  /** Sets global `name` to a host function (see createFunction). */
  register(name: string, fn: HostFunction, options: HostFunctionOptions = {}): void {
    this.checkOpen();
    this.G.setStr(encodeUtf8(name), this.makeHostFunction(fn, false, { name, ...options }));
  }

  /** Sets global `name` to a host function that checks its arguments (see createCheckedFunction). */
  registerChecked(name: string, fn: CheckedHostFunction, options: HostFunctionOptions = {}): void {
    this.checkOpen();
    this.G.setStr(encodeUtf8(name), this.makeHostFunction(fn, true, { name, ...options }));
  }

  private makeHostFunction(fn: HostFunction | CheckedHostFunction, checked: boolean, options: HostFunctionOptions): LuaCallable {
    const vm = this;
    const rt = this.rt;
    const mode = options.strings ?? this.strings;
    const name = messageBytes(options.name ?? (fn.name || '?'));
    const convertArgs = (args: LuaValue[], f: LuaCallable): unknown[] => {
      if (checked) return [new LuaArgs(vm, rt, f, args, mode)];
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (typeof a === 'string') {
          if (mode !== 'latin1') {
            try {
              (args as unknown[])[i] = stringFromLua(a, mode);
            } catch (e) {
              if (e instanceof Utf8Error) argError(rt, f, i + 1, 'string is not valid UTF-8');
              throw e;
            }
          }
        } else if (typeof a === 'object' || typeof a === 'function') (args as unknown[])[i] = vm.fromLua(a, mode);
      }
      return args;
    };
    /** One argument as JS for the fast path (numbers, booleans and nil need nothing). */
    const conv1 = (a: LuaValue, i: number): unknown => {
      const t = typeof a;
      if (t === 'number' || t === 'boolean' || t === 'undefined') return a;
      if (t !== 'string') return vm.fromLua(a, mode);
      if (mode === 'latin1') return a;
      try {
        return stringFromLua(a as string, mode);
      } catch (e) {
        if (e instanceof Utf8Error) argError(rt, f, i, 'string is not valid UTF-8');
        throw e;
      }
    };
    const f: LuaCallable = native(name, function hostFunction(a0: LuaValue, a1: LuaValue, a2: LuaValue): LuaValue {
      // Fast path (no argument array) for unchecked functions called with up to 3 arguments.
      const n = arguments.length;
      let jsArgs: unknown[] | null = null;
      let c0: unknown, c1: unknown, c2: unknown;
      if (!checked && n <= 3) {
        if (n > 0) c0 = conv1(a0, 1);
        if (n > 1) c1 = conv1(a1, 2);
        if (n > 2) c2 = conv1(a2, 3);
      } else {
        const all = new Array<LuaValue>(n);
        for (let i = 0; i < n; i++) all[i] = arguments[i];
        jsArgs = convertArgs(all, f);
      }
      const prev = vm.currentHost;
      vm.currentHost = f;
      let r: unknown;
      try {
        const h = fn as HostFunction;
        r = jsArgs !== null ? h.apply(undefined, jsArgs) : n === 0 ? h() : n === 1 ? h(c0) : n === 2 ? h(c0, c1) : h(c0, c1, c2);
      } catch (e) {
        vm.currentHost = prev;
        vm.raiseFromHost(e, f);
      }
      vm.currentHost = prev;
      if (isThenable(r)) vm.promiseOutsideAsync(r, f);
      return vm.resultOf(r, f);
    });
    // (assigned through a constant: V8 allocates a function literal assigned straight to a
    // property in the old generation, which would keep the whole VM alive until a full GC)
    const G = function* hostFunctionG(...args: LuaValue[]): LuaGenerator {
      const jsArgs = convertArgs(args, f);
      const prev = vm.currentHost;
      vm.currentHost = f;
      let r: unknown;
      try {
        r = (fn as HostFunction).apply(undefined, jsArgs);
      } catch (e) {
        vm.currentHost = prev;
        vm.raiseFromHost(e, f);
      }
      vm.currentHost = prev;
      if (isThenable(r)) {
        if (!vm.asyncThreads.has(rt.current as LuaThread)) vm.promiseOutsideAsync(r, f);
        rt.yielded = [AWAIT, r] as unknown as LuaValue[];
        const settled = (yield) as [boolean, unknown];
        if (!settled[0]) vm.raiseFromHost(settled[1], f);
        r = settled[1];
      }
      return vm.resultOf(r, f);
    };
    f.G = G as LuaCallable['G'];
    return f;
  }

  /** returnToLua, with a result Lua cannot hold raised as a Lua error. */
  private resultOf(r: unknown, f: LuaCallable): LuaValue {
    try {
      return this.returnToLua(r);
    } catch (e) {
      this.raiseFromHost(e, f);
    }
  }

  /** A host function's result as Lua results (an array: several; undefined: none). */
  private returnToLua(r: unknown): LuaValue {
    const rt = this.rt;
    if (r === undefined) return rt.ret0();
    if (Array.isArray(r)) {
      const out = new Array<LuaValue>(r.length);
      for (let i = 0; i < r.length; i++) out[i] = this.toLua(r[i]);
      return rt.ret(out);
    }
    return rt.ret1(this.toLua(r));
  }

  /** A host function returned a promise where Lua cannot wait for it: a Lua error. */
  private promiseOutsideAsync(p: PromiseLike<unknown>, f: LuaCallable): never {
    Promise.resolve(p).catch(() => undefined);
    const name = f.N ?? '?';
    const msg =
      this.asyncThreads.size === 0
        ? `host function '${name}' returned a Promise: run the Lua code with callAsync to let it wait`
        : this.rt.current.isMain || !this.asyncThreads.has(this.rt.current as LuaThread)
          ? `host function '${name}' returned a Promise inside a coroutine or across a C-call boundary (only callAsync's own thread can wait)`
          : `host function '${name}' returned a Promise across a C-call boundary (a metamethod, an iterator or a callback of a library function cannot wait)`;
    luaError(this.rt, msg, f);
  }

  /** Raises, in Lua, what a host function threw (see the file comment). */
  private raiseFromHost(e: unknown, self: LuaCallable): never {
    const inner = internalOf(e);
    if (inner !== undefined) throw inner;
    if (e instanceof InternalLuaError || e instanceof LuaHalt) throw e;
    if (isHostStackOverflow(e)) throw e;
    const text = e instanceof Error ? e.message : String(e);
    const err = new InternalLuaError(this.rt.where(1) + messageBytes(text), self);
    this.jsErrorOf.set(err, e);
    this.lastHostError = { value: err.value, error: e };
    throw err;
  }

  // ===================================================================== userdata

  /**
   * A class of host objects (see userdata.ts): its instances are userdata with the class's
   * metatable; methods and metamethods are host functions receiving the object first.
   */
  newClass<T extends object>(name: string, spec: LuaClassSpec<T>): LuaClass<T> {
    this.checkOpen();
    const mt = new LuaTable();
    const bytesName = encodeUtf8(name);
    mt.setStr('__name', bytesName);
    const cls: LuaClass<T> = new LuaClass<T>(name, mt, (obj) => {
      const ud = new LuaUserdata(obj);
      this.hostObjects.set(obj, ud);
      this.setMetatableOf(ud, mt);
      return ud;
    });
    this.classMetas.add(mt);
    const selfOf = (args: LuaArgs): T => args.checkUserdata(1, cls);
    const methods = new LuaTable();
    for (const [m, fn] of Object.entries(spec.methods ?? {})) {
      const f = this.makeHostFunction(
        (a: LuaArgs) => (fn as (self: T, ...rest: unknown[]) => unknown)(selfOf(a), ...a.raw.slice(1).map((v) => this.fromLua(v))),
        true,
        { name: `${name}.${m}` },
      );
      methods.setStr(encodeUtf8(m), f);
    }
    for (const [m, fn] of Object.entries(spec.metamethods ?? {})) {
      mt.setStr(encodeUtf8(m), this.makeHostFunction(fn, false, { name: m }));
    }
    if (spec.index) {
      const index = spec.index;
      mt.setStr('__index', this.makeHostFunction((a: LuaArgs) => {
        const key = a.raw[1];
        const m = typeof key === 'string' ? methods.getStr(key) : undefined;
        if (m !== undefined) return new LuaFunctionRef(this, m as LuaCallable);
        return index(selfOf(a), this.fromLua(key));
      }, true, { name: '__index' }));
    } else mt.setStr('__index', methods);
    if (spec.newindex) {
      const newindex = spec.newindex;
      mt.setStr('__newindex', this.makeHostFunction((a: LuaArgs) => {
        newindex(selfOf(a), a.get(2), a.get(3));
      }, true, { name: '__newindex' }));
    } else {
      mt.setStr('__newindex', this.makeHostFunction((a: LuaArgs) => {
        const k = a.raw[1];
        const key = typeof k === 'string' ? `field '${displayText(k)}'` : `a ${a.typeName(2)} key`;
        a.error(`cannot assign ${key} of a ${name} (its fields are read-only)`);
      }, true, { name: '__newindex' }));
    }
    if (spec.protect) mt.setStr('__metatable', bytesName);
    return cls;
  }

  // ===================================================================== loading

  /** Allows or refuses binary (precompiled) chunks in load, loadfile, dofile and vm.load. */
  setBytecodeLoading(allowed: boolean): void {
    this.bytecode = allowed;
  }

  /**
   * Compiles a chunk: `source` is JS text (encoded as UTF-8) or bytes; `chunkName` as Lua
   * takes it ('=name', '@file.lua', or text shown as [string "..."]; default: the source);
   * `mode` 't', 'b' or 'bt'; `env` the chunk's environment (default: the globals).
   * Throws LuaError (kind 'syntax') when the chunk does not compile.
   */
  load(source: string | Uint8Array, chunkName?: string, mode: 't' | 'b' | 'bt' = 'bt', env?: unknown): LuaFunctionRef {
    this.checkOpen();
    const text = typeof source === 'string' ? encodeUtf8(source) : bytesToLua(source);
    const name = chunkName === undefined ? text : encodeUtf8(chunkName);
    const fail = (msg: string): never => {
      throw new LuaError(displayText(msg), msg, msg, { kind: 'syntax' });
    };
    if (text.charCodeAt(0) === 27) {
      if (!mode.includes('b') || !this.bytecode) fail(`attempt to load a binary chunk (mode is '${this.bytecode ? mode : 't'}')`);
      fail(`${name.replace(/^[=@]/, '')}: bad binary format (not a binary chunk)`);
    }
    if (!mode.includes('t')) fail(`attempt to load a text chunk (mode is '${mode}')`);
    const envValue = env === undefined ? this.G : this.toLua(env);
    let P0: (U: { v: LuaValue }[], E: LuaValue) => LuaCallable;
    try {
      const code = this.cache !== null
        ? this.cache.get(this.dialect, text, name, false)
        : undefined;
      P0 = code !== undefined ? instantiateCode(this.rt, code) : this.compileUncached(text, name);
    } catch (e) {
      if (e instanceof LuaSyntaxError) {
        const msg = messageBytes(e.message);
        throw new LuaError(e.message, e.message, msg, { kind: 'syntax', cause: e });
      }
      throw e;
    }
    const f = this.dialect.has.envUpvalue ? P0([{ v: envValue }], undefined) : P0([], envValue);
    return new LuaFunctionRef(this, f);
  }

  private compileUncached(text: string, name: string): (U: { v: LuaValue }[], E: LuaValue) => LuaCallable {
    return instantiateCode(this.rt, compileCode(this.dialect, text, { chunkName: name }));
  }

  /** Loads and runs a chunk; returns its results (load + callValue). */
  run(source: string | Uint8Array, chunkName?: string): unknown[] {
    return this.callValue(this.load(source, chunkName, 't'));
  }

  // ===================================================================== calls

  /**
   * Calls a Lua value (a function handle, a callable table handle, a JS function...) with
   * arguments converted by toLua; returns its results converted by fromLua. Lua errors are
   * thrown as LuaError, limits as LuaHaltError; a JS exception thrown by a host function
   * (and not caught in Lua) arrives as a LuaError whose `cause` is the JS exception.
   */
  callValue(fn: unknown, args: unknown[] = []): unknown[] {
    this.checkOpen();
    const f = this.toLua(fn);
    const luaArgs = args.map((a) => this.toLua(a));
    const results = this.callRaw(f, luaArgs);
    return this.resultsToJs(results);
  }

  /** Calls a runtime value with runtime values (no conversions); errors as callValue. */
  callRaw(f: LuaValue, args: LuaValue[]): LuaValue[] {
    this.checkOpen();
    const rt = this.rt;
    const depth = rt.depth;
    const host = this.currentHost;
    const outer = this.enter(null);
    // (the host's calls nest to any depth: the C-call limit counts from each one afresh)
    const nCcalls = rt.nCcalls;
    rt.nCcalls = 0;
    try {
      if (host !== null) enterNative(rt, host);
      return rt.callAll(f, args);
    } catch (e) {
      throw this.toHostError(e);
    } finally {
      rt.nCcalls = nCcalls;
      rt.unwind(depth);
      this.currentHost = host;
      this.leave(outer);
    }
  }

  private resultsToJs(results: LuaValue[]): unknown[] {
    const out = new Array<unknown>(results.length);
    for (let i = 0; i < results.length; i++) {
      try {
        out[i] = this.fromLua(results[i]);
      } catch (e) {
        if (e instanceof Utf8Error) throw new Utf8Error(`result #${i + 1} is not valid UTF-8 (use the 'bytes' or 'latin1' string mode)`);
        throw e;
      }
    }
    return out;
  }

  /**
   * Calls a Lua value as a coroutine in which host functions may return promises: Lua
   * waits for each (the coroutine is suspended, other host work goes on) and goes on with
   * its value, or with its rejection as a Lua error. Limits count for the whole call
   * (instructions run; the deadline is checked whenever Lua runs again).
   */
  async callAsync(fn: unknown, args: unknown[] = []): Promise<unknown[]> {
    this.checkOpen();
    const rt = this.rt;
    const co = new LuaThread(this.toLua(fn));
    let input: LuaValue[] = args.map((a) => this.toLua(a));
    const meter = this.newMeter();
    this.asyncThreads.add(co);
    try {
      for (;;) {
        const outer = this.enter(meter);
        const host = this.currentHost;
        const depth = rt.depth;
        let r: ReturnType<typeof resume>;
        try {
          if (host !== null) enterNative(rt, host);
          this.currentHost = null;
          r = resume(rt, co, input);
        } catch (e) {
          // a halt passes through resume: the coroutine is dead
          co.status = 'dead';
          throw this.toHostError(e, co);
        } finally {
          rt.unwind(depth);
          this.currentHost = host;
          this.leave(outer);
        }
        if (!r.ok) throw this.coroutineError(co, r.error);
        if (co.status === 'dead') return this.resultsToJs(r.values);
        if (r.values[0] !== (AWAIT as unknown)) {
          co.status = 'dead';
          throw this.coroutineError(co, 'attempt to yield from outside a coroutine');
        }
        const p = r.values[1] as unknown as PromiseLike<unknown>;
        try {
          input = [true, await p] as unknown as LuaValue[];
        } catch (e) {
          input = [false, e] as unknown as LuaValue[];
        }
        this.checkOpen();
      }
    } finally {
      this.asyncThreads.delete(co);
    }
  }

  /** The host error for an error that ended an async call's coroutine. */
  private coroutineError(co: LuaThread, value: LuaValue): unknown {
    const rt = this.rt;
    const tb = traceback(rt, stackOf(rt, co), { message: null, level: 0, hostLevel: false });
    this.lastTraceback = tb;
    const h = this.lastHostError;
    this.lastHostError = null;
    return this.publicError(value, tb, undefined, h !== null && h.value === value ? h.error : undefined);
  }

  // ===================================================================== entries and limits

  /** Begins a call from the host; returns whether it is the outermost one (which arms the limits). */
  private enter(meter: Meter | null): boolean {
    if (this.entries++ > 0) return false;
    // JS errors made while Lua runs (the engine's stack overflows above all, which deep
    // recursion makes often) capture a short stack, whatever the host's stackTraceLimit:
    // with an unlimited one, each would walk the whole (deep) stack.
    this.hostStackLimit = Error.stackTraceLimit;
    if (!(this.hostStackLimit <= STACK_TRACE_LIMIT)) Error.stackTraceLimit = STACK_TRACE_LIMIT;
    const m = meter ?? this.newMeter();
    if (m === null) return true;
    const now = m.deadline === Infinity ? 0 : performance.now();
    if (this.totalLeft <= 0 || m.callLeft <= 0) this.haltNow('budget');
    if (now >= m.deadline) this.haltNow('deadline');
    this.meter = m;
    this.grant();
    return true;
  }

  /** Ends a call from the host; the outermost one settles the limits. */
  private leave(outer: boolean): void {
    this.entries--;
    if (!outer) return;
    Error.stackTraceLimit = this.hostStackLimit;
    if (this.meter === null) return;
    this.charge(this.granted - this.remaining());
    this.granted = 0;
    this.meter = null;
    this.limits().setBudget?.(null);
  }

  /** The limits of a new outermost call (null when no limit is set). */
  private newMeter(): Meter | null {
    const callLeft = this.perCallInstr ?? Infinity;
    let deadline = this.deadline;
    if (this.perCallMs !== null) deadline = Math.min(deadline, performance.now() + this.perCallMs);
    if (callLeft === Infinity && deadline === Infinity && this.totalLeft === Infinity) return null;
    return { callLeft, deadline };
  }

  private limits(): RuntimeLimits {
    return this.rt as unknown as RuntimeLimits;
  }

  /** Instructions left of the current grant. */
  private remaining(): number {
    const r = this.limits().budgetRemaining?.();
    return r === undefined || r === Infinity ? 0 : r;
  }

  private charge(n: number): void {
    if (n <= 0) return;
    this.totalLeft -= n;
    if (this.meter !== null) this.meter.callLeft -= n;
  }

  /** Gives the runtime its next slice of instructions. */
  private grant(): void {
    const m = this.meter!;
    let n = Math.min(this.totalLeft, m.callLeft);
    if (m.deadline !== Infinity) n = Math.min(n, TIME_SLICE);
    this.granted = n === Infinity ? 0 : n;
    this.limits().setBudget?.(n === Infinity ? null : Math.max(1, n), this.onExhausted);
  }

  /** The runtime used up its grant: stop, or grant more. */
  /** The runtime used up its grant (set in the constructor: see there). */
  private readonly onExhausted: () => void;

  private exhausted(): void {
    this.charge(this.granted);
    this.granted = 0;
    const m = this.meter;
    if (m === null) return;
    if (this.totalLeft <= 0 || m.callLeft <= 0) {
      this.granted = 1;
      this.limits().setBudget?.(1, this.onExhausted);
      this.rt.halt('budget', 'instruction budget exhausted');
    }
    if (m.deadline !== Infinity && performance.now() >= m.deadline) {
      m.deadline = -Infinity;
      this.granted = 1;
      this.limits().setBudget?.(1, this.onExhausted);
      this.rt.halt('deadline', 'time limit exceeded');
    }
    this.grant();
  }

  private haltNow(reason: 'budget' | 'deadline'): never {
    this.entries--;
    Error.stackTraceLimit = this.hostStackLimit;
    const msg = reason === 'budget' ? 'instruction budget exhausted' : 'time limit exceeded';
    throw new LuaHaltError(reason, msg, 0, null);
  }

  /**
   * Sets the instruction budget (null: none). Instructions are counted on calls, loop
   * iterations and in proportion to the work of library functions (string building,
   * pattern matching, sorting...). The VM stops with LuaHaltError('budget') within a small
   * slack of the budget (see docs/embedding.md).
   */
  setInstrBudget(n: number | null, options: LimitOptions = {}): void {
    if (n !== null && !(n >= 0)) throw new RangeError('budget must be a non-negative number');
    this.checkLimits();
    if (options.perCall) this.perCallInstr = n;
    else this.totalLeft = n ?? Infinity;
    this.rearm();
  }

  /** Instructions left of the one-shot budget (Infinity when none is set). */
  get instrBudgetLeft(): number {
    return this.meter !== null ? Math.max(0, this.totalLeft - (this.granted - this.remaining())) : Math.max(0, this.totalLeft);
  }

  /**
   * Sets a wall-clock time limit in milliseconds (null: none): LuaHaltError('deadline') when
   * Lua code runs past it. One-shot: counted from now; perCall: from each outermost call.
   */
  setTimeLimit(ms: number | null, options: LimitOptions = {}): void {
    if (ms !== null && !(ms >= 0)) throw new RangeError('time limit must be a non-negative number');
    this.checkLimits();
    if (options.perCall) this.perCallMs = ms;
    else this.deadline = ms === null ? Infinity : performance.now() + ms;
    this.rearm();
  }

  private checkLimits(): void {
    if (typeof this.limits().setBudget !== 'function') throw new Error('this runtime has no instruction limits');
  }

  /** Applies changed limits to a running call (a host function may change them). */
  private rearm(): void {
    if (this.meter === null) return;
    this.charge(this.granted - this.remaining());
    this.granted = 0;
    const m = this.meter;
    m.deadline = Math.min(m.deadline === -Infinity ? Infinity : m.deadline, this.deadline);
    if (this.perCallInstr === null) m.callLeft = Infinity;
    this.grant();
  }

  /**
   * Caps the memory Lua may use, in bytes as collectgarbage("count") counts them (null:
   * none). The collector checks it at its safe points (calls, loop back-edges) and before
   * large explicit allocations; past it (after a full collection), the VM stops with
   * LuaHaltError('memory'), or, with `catchable`, raises the official Lua error "not enough
   * memory". The cap stays set (it is not fire-once): the next call may run again once
   * memory is freed. See docs/embedding.md for what is counted.
   */
  setMemoryCap(bytes: number | null, options: MemoryCapOptions = {}): void {
    if (bytes !== null && !(bytes >= 0)) throw new RangeError('memory cap must be a non-negative number');
    const c = this.rt.collector as unknown as (CollectorLike & { outOfMemory?: () => never }) | null;
    if (c === null || typeof c.setCap !== 'function') throw new Error('this runtime has no memory accounting');
    c.setCap(bytes);
    // The collector raises the official (catchable) "not enough memory" when the cap is
    // passed; unless asked for that, replace it on this VM's collector by a halt.
    if (options.catchable) delete c.outOfMemory;
    else c.outOfMemory = this.memoryHalt;
  }

  /** Replaces the collector's out-of-memory error by a halt (set in the constructor). */
  private readonly memoryHalt: () => never;

  /**
   * Coarsens collectgarbage("count") (and 5.1's gcinfo) to multiples of `kb` kilobytes
   * (rounded up; null: exact), so that scripts cannot use the heap size as a fine timing or
   * allocation side channel.
   */
  setGcCountGranularity(kb: number | null): void {
    const rt = this.rt;
    this.innerGc ??= rt.gc;
    const inner = this.innerGc;
    if (kb === null) {
      rt.gc = inner;
      return;
    }
    if (!(kb > 0)) throw new RangeError('granularity must be positive');
    const coarse = (opt: string, args: LuaValue[]): LuaValue => {
      const r = inner(opt, args);
      if (opt !== 'count') return r;
      const x = typeof r === 'number' ? r : r instanceof LuaFloat ? r.n : Number(r);
      const k = Math.max(1, Math.ceil(x / kb)) * kb;
      const v = rt.hasIntegers ? mkFloat(k) : k;
      return rt.nret >= 2 ? rt.ret2(v, 0) : rt.ret1(v);
    };
    rt.gc = coarse;
  }

  // ===================================================================== errors

  /** The host error for an error caught at the boundary (see the file comment). */
  private toHostError(e: unknown, co?: LuaThread): unknown {
    const rt = this.rt;
    if (e instanceof LuaHalt) {
      const tb = co ? traceback(rt, stackOf(rt, co), { message: null, level: 0, hostLevel: false }) : errorTraceback(rt, e);
      this.lastTraceback = tb;
      const msg = e.reason === 'exit' ? `os.exit(${e.code})` : e.message;
      return new LuaHaltError(e.reason, msg, e.code, tb, e);
    }
    let err = e;
    if (isHostStackOverflow(e)) err = new InternalLuaError(rt.overflowWhere() + 'stack overflow', null);
    else if (e instanceof RangeError && e.message.includes('Invalid string length')) err = new InternalLuaError('not enough memory', null);
    if (err instanceof InternalLuaError) {
      if (err.traceback === null) err.traceback = errorTraceback(rt, err);
      this.lastTraceback = err.traceback;
      return this.publicError(err.value, err.traceback, err, this.jsErrorOf.get(err));
    }
    return e;
  }

  private publicError(value: LuaValue, tb: string | null, internal: InternalLuaError | undefined, cause?: unknown): LuaError {
    let js: unknown;
    try {
      js = this.fromLua(value);
    } catch {
      js = typeof value === 'string' ? Buffer.from(value, 'latin1') : undefined;
    }
    return new LuaError(this.textOf(value), js, value, { traceback: tb, internal: internal ?? new InternalLuaError(value), cause });
  }

  /** An error value as text: strings and numbers as such, __tostring when it has one, else its type. */
  private textOf(v: LuaValue): string {
    if (typeof v === 'string') return displayText(v);
    if (isNumber(v)) return numberToString(v as LuaNumber, this.rt.numFmt);
    if (metamethod(this.rt, v, '__tostring') !== undefined) {
      const depth = this.rt.depth;
      try {
        const s = tostring(this.rt, v);
        if (typeof s === 'string') return displayText(s);
      } catch {
        // fall back to the type
      } finally {
        this.rt.unwind(depth);
      }
    }
    return `(error object is a ${typeName(v)} value)`;
  }

  /**
   * The text of an error thrown by this API: a LuaError's normalised message (strings,
   * numbers, __tostring, or "(error object is a table value)"), a LuaHaltError's reason,
   * any other error's message.
   */
  errorText(err: unknown): string {
    if (err instanceof LuaError || err instanceof LuaHaltError) return err.message;
    if (err instanceof InternalLuaError) return this.textOf(err.value);
    if (err instanceof Error) return err.message;
    return String(err);
  }

  /** The Lua traceback of the last error that reached the host (once; null when none). */
  takeErrorTraceback(): string | null {
    const tb = this.lastTraceback;
    this.lastTraceback = null;
    return tb;
  }

  // ===================================================================== lifetime

  /**
   * Closes the VM (lua_close): pending finalizers (__gc) run, under the limits in force;
   * then the VM refuses every use. It never throws for Lua's sake, so it fits a `finally`:
   * it returns the error that stopped the finalizers (an error in one of them, or a halt:
   * when the budget or deadline is already exhausted, none runs), or null. Idempotent.
   */
  close(): LuaError | LuaHaltError | null {
    if (this.closed) return null;
    this.closed = true;
    const rt = this.rt;
    const depth = rt.depth;
    let entered = false;
    let outer = false;
    try {
      outer = this.enter(null);
      entered = true;
      this.core.close();
      return null;
    } catch (e) {
      const h = e instanceof LuaHaltError ? e : this.toHostError(e);
      if (h instanceof LuaError || h instanceof LuaHaltError) return h;
      throw h;
    } finally {
      if (entered) {
        rt.unwind(depth);
        this.leave(outer);
      }
    }
  }

  /** Short form for console.log and the REPL. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Vm <${this.dialect.luaVersion}${this.closed ? ', closed' : ''}>`;
  }

  /** Whether close() was called. */
  get isClosed(): boolean {
    return this.closed;
  }

  private checkOpen(): void {
    if (this.closed) throw new Error('this Lua VM is closed');
  }

  // ---- collector pins (handles)

  private collector(): CollectorLike | null {
    return this.limits().collector ?? null;
  }

  /** @internal keeps a value alive for Lua while a handle holds it. */
  pin(v: LuaValue): void {
    this.collector()?.pin(v);
  }

  /** @internal */
  unpin(v: LuaValue): void {
    this.collector()?.unpin(v);
  }
}

/** The BaseHost the libraries of a Vm see: everything goes through the Vm's replaceable hooks. */
class VmHost implements BaseHost {
  constructor(private readonly vm: Vm) {}

  get binaryChunks(): boolean {
    return this.vm.binaryAllowed;
  }

  write(s: string): void {
    this.vm.currentHooks.stdout(Buffer.from(s, 'latin1'));
  }

  writeErr(s: string): void {
    this.vm.currentHooks.stderr(Buffer.from(s, 'latin1'));
  }

  flush(): void {}

  readStdin(max: number): string {
    return bytesToLua(this.vm.currentHooks.readStdin(max));
  }

  readFile(path: string): string {
    const read = this.vm.currentHooks.readFile;
    if (read === null) throw new Error(`cannot open ${path} (file access is disabled in this VM)`);
    let name: string;
    try {
      name = decodeUtf8(path);
    } catch {
      throw new Error(`cannot open ${path} (file name is not valid UTF-8)`);
    }
    let data: string | Uint8Array;
    try {
      data = read(name);
    } catch (e) {
      throw new Error(messageBytes(e instanceof Error ? e.message : String(e)));
    }
    return typeof data === 'string' ? encodeUtf8(data) : bytesToLua(data);
  }

  warn(msg: string): void {
    this.vm.currentHooks.warn(displayText(msg));
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/** The hooks of a minimal VM: stdout/stderr of the process, no files, no standard input. */
function minimalHooks(): VmHooks {
  return {
    stdout: stdoutWrite,
    stderr: stderrWrite,
    readFile: null,
    readStdin: () => new Uint8Array(0),
    warn: (msg) => process.stderr.write(`Lua warning: ${msg}\n`),
  };
}

/** The hooks of a full VM: the process's streams and the real file system (as the luna command). */
function fullHooks(): VmHooks {
  const node = nodeHost(new BufferedOutput((b) => stdoutWrite(b), 1), (s) => stderrWrite(Buffer.from(s, 'latin1')));
  return {
    ...minimalHooks(),
    readFile: (path) => {
      try {
        return readFileSync(path === '-' ? 0 : path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : code === 'EACCES' ? 'Permission denied' : (e as Error).message;
        throw new Error(`cannot ${code === 'EISDIR' ? 'read' : 'open'} ${path}: ${why}`);
      }
    },
    readStdin: (max) => Buffer.from(node.readStdin(max), 'latin1'),
  };
}
