/**
 * The auxiliary library of the standard libraries (lauxlib's role): argument checks with
 * the official messages, function naming for those messages, and the registration of
 * native functions.
 *
 * Invariant: natives are JS functions following the calling convention (runtime.ts) that
 * take their Lua arguments as a rest array, so `args.length` tells "nil" from "no value".
 * Messages name the function as the call site named it ("bad argument #1 to 'rep'"), with
 * method calls renumbered ("calling 'rep' on bad self"), as luaL_argerror does.
 */
import { LuaError } from '../runtime/errors.js';
import { calleeName, globalFunctionName } from '../runtime/callinfo.js';
import { floatToInteger, isNumber, numberToString, stringToNumber, type LuaNumber } from '../runtime/numbers.js';
import { getMetatable, numberSyntax, typeName } from '../runtime/ops.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';

export type Native = (...args: LuaValue[]) => LuaValue;

/**
 * Returns its argument. Natives that hold their VM are defined as `fns.x = def(function x()
 * {...})`, not `fns.x = function x() {...}`: V8 allocates a function literal assigned
 * straight to a property in the old generation (a heuristic for long-lived methods), which
 * would keep every short-lived VM alive until a full collection (VM creation several times
 * slower).
 */
export function def<T>(f: T): T {
  return f;
}

/** Makes a native function: `name` is its qualified name ('string.rep'), used when no call site names it. */
export function native(qualifiedName: string, fn: Native): LuaCallable {
  const f = fn as LuaCallable & { Q?: string };
  f.N = qualifiedName.includes('.') ? qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1) : qualifiedName;
  f.Q = qualifiedName;
  return f;
}

/** How the running native was named by its caller, and whether it was called as a method. */
export function calledAs(rt: Runtime, self: LuaCallable | null): { name: string; method: boolean } {
  const named = calleeName(rt, { frames: rt.frames, depth: rt.depth }, rt.depth);
  if (named) return { name: named.name, method: named.namewhat === 'method' };
  if (!rt.dialect.has.envUpvalue || !self) return { name: '?', method: false };
  const loaded = globalFunctionName(rt, self);
  if (loaded !== null) return { name: loaded, method: false };
  const q = (self as LuaCallable & { Q?: string }).Q;
  return { name: q ?? '?', method: false };
}

/** "chunk:line: " of the Lua code that called the running native, or "" when a native did. */
export function whereCaller(rt: Runtime): string {
  return rt.where(1);
}

/**
 * Raises an error message positioned like luaL_error (at the caller of the native).
 * `self`: the native raising it (tracebacks show it as their top level).
 */
export function luaError(rt: Runtime, msg: string, self?: LuaCallable | null): never {
  throw new LuaError(whereCaller(rt) + msg, self ?? undefined);
}

/** luaL_argerror. `self` is the native raising it (for its fallback name). */
export function argError(rt: Runtime, self: LuaCallable | null, n: number, msg: string): never {
  const { name, method } = calledAs(rt, self);
  if (method) {
    n--;
    if (n === 0) luaError(rt, `calling '${name}' on bad self (${msg})`, self);
  }
  luaError(rt, `bad argument #${n} to '${name}' (${msg})`, self);
}

/** The type name of an argument for messages: "no value" when absent, __name when set (5.3+). */
export function argTypeName(rt: Runtime, args: LuaValue[], n: number): string {
  if (n > args.length) return 'no value';
  const v = args[n - 1];
  if (!rt.dialect.has.metatableNameField) return typeName(v);
  if (v instanceof LuaTable || (typeof v === 'object' && v !== null && !(v instanceof LuaFloat))) {
    const mt = getMetatable(rt, v);
    const name = mt?.getStr('__name');
    if (typeof name === 'string') return name;
  }
  return typeName(v);
}

/** luaL_typeerror: "<expected> expected, got <type>". */
export function typeError(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number, expected: string): never {
  argError(rt, self, n, `${expected} expected, got ${argTypeName(rt, args, n)}`);
}

export function checkAny(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number): LuaValue {
  if (n > args.length) argError(rt, self, n, 'value expected');
  return args[n - 1];
}

export function checkTable(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number): LuaTable {
  const v = args[n - 1];
  if (!(v instanceof LuaTable)) typeError(rt, self, args, n, 'table');
  return v;
}

/** A number argument (numeric strings converted). */
export function checkNumber(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number): LuaNumber {
  const v = args[n - 1];
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) return v;
  if (typeof v === 'string') {
    const x = stringToNumber(v, numberSyntax(rt));
    if (x !== undefined) return x;
  }
  typeError(rt, self, args, n, 'number');
}

export function optNumber(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number, def: LuaNumber): LuaNumber {
  return args[n - 1] === undefined ? def : checkNumber(rt, self, args, n);
}

/**
 * An integer argument (luaL_checkinteger): floats with an exact integer value and numeric
 * strings are converted. In float-only dialects, the number is truncated toward zero as
 * lua_tointeger did (5.1) or rounded (5.2 uses floor? no: truncation through a cast).
 */
export function checkInteger(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number): number | bigint {
  const v = args[n - 1];
  let x: LuaNumber | undefined;
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v;
    x = v;
  } else if (typeof v === 'bigint') return v;
  else if (v instanceof LuaFloat) x = v;
  else if (typeof v === 'string') x = stringToNumber(v, numberSyntax(rt));
  if (x === undefined) typeError(rt, self, args, n, 'number');
  if (!rt.hasIntegers) {
    const f = typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : x.n;
    if (!Number.isFinite(f)) return f > 0 ? Number.MAX_SAFE_INTEGER : f < 0 ? -Number.MAX_SAFE_INTEGER : 0;
    return Math.trunc(f);
  }
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  const i = floatToInteger(typeof x === 'number' ? x : (x as LuaFloat).n);
  if (i === null) argError(rt, self, n, 'number has no integer representation');
  return i;
}

export function optInteger(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number, def: number): number | bigint {
  return args[n - 1] === undefined ? def : checkInteger(rt, self, args, n);
}

/**
 * luaL_checkint of the float-only dialects: the number truncated to a 64-bit integer as a C
 * cast does (out of range: INT64_MIN), then to a C int (its low 32 bits).
 */
export function checkCInt(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number): number {
  const v = checkNumber(rt, self, args, n);
  const x = v instanceof LuaFloat ? v.n : Number(v);
  if (!(Math.abs(x) < 2 ** 63)) return 0;
  return Number(BigInt.asIntN(32, BigInt(Math.trunc(x))));
}

/** An integer argument clamped to the JS safe range (for sizes and positions). */
export function checkInt(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number): number {
  const i = checkInteger(rt, self, args, n);
  if (typeof i === 'number') return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

export function optInt(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number, def: number): number {
  return args[n - 1] === undefined ? def : checkInt(rt, self, args, n);
}

/** A string argument (numbers converted, as lua_tolstring does). */
export function checkString(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number): string {
  const v = args[n - 1];
  if (typeof v === 'string') return v;
  if (isNumber(v)) return numberToString(v, rt.numFmt);
  typeError(rt, self, args, n, 'string');
}

export function optString(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number, def: string): string {
  return args[n - 1] === undefined ? def : checkString(rt, self, args, n);
}

/** luaL_checkoption: one of `options`; error "invalid option 'x'". */
export function checkOption(rt: Runtime, self: LuaCallable | null, args: LuaValue[], n: number, def: string | null, options: readonly string[]): string {
  const s = def !== null && args[n - 1] === undefined ? def : checkString(rt, self, args, n);
  if (!options.includes(s)) argError(rt, self, n, `invalid option '${s}'`);
  return s;
}

/** Sets a library table's functions, each named `${lib}.${key}` for messages. */
export function register(t: LuaTable, lib: string, fns: Record<string, Native>): void {
  for (const [k, fn] of Object.entries(fns)) t.setStr(k, native(lib ? `${lib}.${k}` : k, fn));
}
