/**
 * Runtime support for compiled code: the helpers generated JS calls when an inline fast
 * path does not apply (numbers needing boxing or 64-bit arithmetic, table constructors,
 * numeric for-loop preparation, varargs, to-be-closed variables).
 *
 * Invariant: helpers take and return canonical values (value.ts) and follow the calling
 * convention (runtime.ts) when they call Lua functions.
 */
import { Ev, metamethodName } from './callinfo.js';
import { CloseRunning, LuaError } from './errors.js';
import {
  fltMod, fltPow, intAdd, intIdiv, intMod, intMul, intSub, isIntegerValue, mkFloat, numberToInteger, stringToNumber,
  toFloat, type LuaNumber,
} from './numbers.js';
import { arith, callMeta, errorAt, metamethod, nanResult, numberSyntax, objTypeName, Op, rawSet, typeName } from './ops.js';
import { newFrame, TAILCALL, type LuaCallable, type Runtime } from './runtime.js';
import { LuaTable } from './table.js';
import { LuaFloat, MAX_SAFE, type LuaFunction, type LuaValue } from './value.js';

// ===================================================================== arithmetic beyond the inline paths

/**
 * The result of x+y (both plain numbers) when the inline check failed: an integer sum out of
 * the safe range, or an integral float sum that must be boxed.
 */
export function fixAdd(x: number, y: number, r: number): LuaValue {
  if (Number.isInteger(x) && Number.isInteger(y)) return intAdd(x, y);
  return mkFloat(r);
}

export function fixSub(x: number, y: number, r: number): LuaValue {
  if (Number.isInteger(x) && Number.isInteger(y)) return intSub(x, y);
  return mkFloat(r);
}

export function fixMul(x: number, y: number, r: number): LuaValue {
  if (Number.isInteger(x) && Number.isInteger(y)) return intMul(x, y);
  return mkFloat(r);
}

/**
 * Whether a and b are numbers with at least one boxed float (1.0) among them and no big
 * integer: the result is the float operation on their values. Integral float values are
 * common (0.5*s*(s+1), sums of halves), so this case stays small enough to inline.
 */
function boxedFloats(a: LuaValue, b: LuaValue): boolean {
  return a instanceof LuaFloat ? typeof b === 'number' || b instanceof LuaFloat : b instanceof LuaFloat && typeof a === 'number';
}

function fv(v: LuaValue): number {
  return typeof v === 'number' ? v : (v as LuaFloat).n;
}

/** A float result of the boxed path: NaNs keep the sign of a NaN operand (ops.ts nanResult). */
function floatResult(rt: Runtime, r: number, a: LuaValue, b: LuaValue): LuaValue {
  return r === r ? mkFloat(r) : nanResult(rt, a, b);
}

/** a + b, a - b, a * b, a / b after the inline path saw something other than two plain numbers. */
export function addS(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  return boxedFloats(a, b) ? floatResult(rt, fv(a) + fv(b), a, b) : arith(rt, Op.ADD, a, b, line, da, db);
}

export function subS(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  return boxedFloats(a, b) ? floatResult(rt, fv(a) - fv(b), a, b) : arith(rt, Op.SUB, a, b, line, da, db);
}

export function mulS(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  return boxedFloats(a, b) ? floatResult(rt, fv(a) * fv(b), a, b) : arith(rt, Op.MUL, a, b, line, da, db);
}

export function divS(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  return boxedFloats(a, b) ? floatResult(rt, fv(a) / fv(b), a, b) : arith(rt, Op.DIV, a, b, line, da, db);
}

/** a / b for plain numbers (integer dialects): always a float. */
export function div(x: number, y: number): LuaValue {
  return mkFloat(x / y);
}

/** a % b, any operands (integer dialects). */
export function mod(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (b === 0) errorAt(rt, line, "attempt to perform 'n%0'");
      return intMod(a, b);
    }
    return mkFloat(fltMod(a, b));
  }
  if (boxedFloats(a, b)) return mkFloat(fltMod(fv(a), fv(b)));
  return arith(rt, Op.MOD, a, b, line, da, db);
}

/** a // b, any operands (integer dialects). */
export function idiv(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isInteger(a) && Number.isInteger(b)) {
      if (b === 0) errorAt(rt, line, 'attempt to divide by zero');
      return intIdiv(a, b);
    }
    return mkFloat(Math.floor(a / b));
  }
  if (boxedFloats(a, b)) return mkFloat(Math.floor(fv(a) / fv(b)));
  return arith(rt, Op.IDIV, a, b, line, da, db);
}

/** a ^ b, any operands (integer dialects). */
export function pow(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  if (typeof a === 'number' && typeof b === 'number') return mkFloat(fltPow(a, b));
  if (boxedFloats(a, b)) return mkFloat(fltPow(fv(a), fv(b)));
  return arith(rt, Op.POW, a, b, line, da, db);
}

/** a % b in float-only dialects (5.1/5.2): a - floor(a/b)*b. */
export function mod51(rt: Runtime, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  if (typeof a === 'number' && typeof b === 'number') return a - Math.floor(a / b) * b;
  return arith(rt, Op.MOD, a, b, line, da, db);
}

// ===================================================================== tables

/** A table from a constructor's positional values (holes allowed, trailing nils dropped). */
export function tableFromArray(values: LuaValue[]): LuaTable {
  const t = new LuaTable();
  let n = values.length;
  t.lenSize = n; // PUC sizes the array part for all the values, trailing nils too (presize)
  while (n > 0 && values[n - 1] === undefined) n--;
  if (n !== values.length) values.length = n;
  t.arr = values;
  return t;
}

/** Stores positional values at 1..n of a table under construction (a constructor's SETLIST). */
export function setList(t: LuaTable, from: number, values: LuaValue[]): void {
  t.setList(from, values);
}

// ===================================================================== calls

/** All results of a call, given its first result (for spreading into a list). */
export function results(rt: Runtime, first: LuaValue): LuaValue[] {
  if (first === TAILCALL) first = rt.finishTail();
  return rt.results(first);
}

/** Returns a list of values from compiled code (return e1, ..., f()). */
export function retList(rt: Runtime, values: LuaValue[]): LuaValue {
  return rt.ret(values);
}

/** Prepares a proper tail call of any value: returns the marker the caller returns. */
export function tail(rt: Runtime, f: LuaValue, args: LuaValue[]): LuaValue {
  rt.tcFn = f;
  rt.tcArgs = args;
  return TAILCALL;
}

// ===================================================================== numeric for

/** Error for a non-numeric 'for' initial value / limit / step. */
function forError(rt: Runtime, line: number, what: string, v: LuaValue): never {
  if (rt.dialect.runtime.forErrorStyle === 'bad-for') errorAt(rt, line, `bad 'for' ${what} (number expected, got ${objTypeName(rt, v)})`);
  errorAt(rt, line, `'for' ${what} must be a number`);
}

function forNumber(rt: Runtime, v: LuaValue, line: number, what: string): LuaNumber {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) return v;
  if (typeof v === 'string') {
    const n = stringToNumber(v, numberSyntax(rt));
    if (n !== undefined) return n;
  }
  return forError(rt, line, what, v);
}

/**
 * Prepares a numeric for loop. Returns null when the loop does not run; otherwise
 * [start, step, count] for an integer loop with a known iteration count (count is the
 * number of further iterations after the first, a bigint when huge), or
 * [start, step, limit] floats with a negative count flag for float loops: the caller
 * distinguishes with `isIntegerLoop`.
 */
export interface ForState {
  integer: boolean;
  /** Integer loops: remaining iterations after the current one (number, or bigint if huge). */
  count: number | bigint;
  value: LuaNumber;
  step: LuaNumber;
  limit: number;
  /** 5.3 integer loops whose last step overflows: go on (wrapped) while within this limit. */
  wrapLimit?: bigint | null;
}

const MAX_INTEGER = (1n << 63n) - 1n;
const MIN_INTEGER = -(1n << 63n);

/**
 * Whether a float loop runs no pass. 5.4+ skip only when the limit is clearly behind the
 * start (a NaN start, limit or step runs one pass); 5.1-5.3 test `first <= limit` as
 * every later pass does.
 */
function floatLoopSkips(rt: Runtime, first: number, limit: number, step: number): boolean {
  if (rt.dialect.has.floatForSubtractsStep) return step > 0 ? !(first <= limit) : !(first >= limit);
  return 0 < step ? limit < first : first < limit;
}

export function forPrep(rt: Runtime, init: LuaValue, limit: LuaValue, step: LuaValue, line: number): ForState | null {
  const i0 = forNumber(rt, init, line, 'initial value');
  const l0 = forNumber(rt, limit, line, 'limit');
  const s0 = forNumber(rt, step, line, 'step');
  if (!rt.hasIntegers) {
    const i = toFloat(i0);
    const l = toFloat(l0);
    const s = toFloat(s0);
    if (s === 0 && rt.dialect.has.forStepZeroError) errorAt(rt, line, "'for' step is zero");
    if (floatLoopSkips(rt, i, l, s)) return null;
    return { integer: false, count: 0, value: i, step: s, limit: l };
  }
  // A string initial value or step makes a float loop (it is not an integer value).
  if (isIntegerValue(i0) && isIntegerValue(s0) && typeof init !== 'string' && typeof step !== 'string') {
    const i = i0 as number | bigint;
    const s = s0 as number | bigint;
    if (typeof s === 'number' && s === 0) {
      if (rt.dialect.has.forStepZeroError) errorAt(rt, line, "'for' step is zero");
      return { integer: false, count: 0, value: mkFloat(toFloat(i)), step: 0, limit: toFloat(l0) };
    }
    // limit to an integer, clipped (forlimit)
    let l: number | bigint;
    if (isIntegerValue(l0)) l = l0 as number | bigint;
    else {
      const fl = toFloat(l0);
      const positive = typeof s === 'number' ? s > 0 : s > 0n;
      const f = positive ? Math.floor(fl) : Math.ceil(fl);
      // A limit no integer holds (beyond the range, or NaN) clips to the end the step heads
      // for, or skips the loop when the step heads away from it.
      if (f >= 2 ** 63) l = positive ? MAX_INTEGER : null as never;
      else if (f < -(2 ** 63) || f !== f) l = positive ? null as never : MIN_INTEGER;
      else l = Math.abs(f) <= MAX_SAFE ? f : BigInt(f);
      if (l === null) return null;
    }
    const bi = typeof i === 'bigint' ? i : BigInt(i);
    const bl = typeof l === 'bigint' ? l : BigInt(l);
    const bs = typeof s === 'bigint' ? s : BigInt(s);
    if (bs > 0n ? bi > bl : bi < bl) return null;
    const count = bs > 0n ? (bl - bi) / bs : (bi - bl) / -bs;
    // 5.3 adds the step after the last value with wraparound and goes on while the sum is
    // within the limit: past math.maxinteger (or mininteger) the loop never ends.
    const last = bi + count * bs;
    const wraps = rt.dialect.has.integerForWraps && (last + bs > MAX_INTEGER || last + bs < MIN_INTEGER);
    return { integer: true, count: count <= BigInt(MAX_SAFE) ? Number(count) : count, value: i, step: s, limit: 0, wrapLimit: wraps ? bl : null };
  }
  const i = toFloat(i0);
  const l = toFloat(l0);
  const s = toFloat(s0);
  if (s === 0 && rt.dialect.has.forStepZeroError) errorAt(rt, line, "'for' step is zero");
  if (floatLoopSkips(rt, i, l, s)) return null;
  return { integer: false, count: 0, value: mkFloat(i), step: s, limit: l };
}

/** forPrepLoop's answers: how the loop runs. */
export const FOR_SKIP = 0;
/** Integers within ±2^52: plain JS numbers from rt.forI to rt.forL (inclusive) by rt.forS. */
export const FOR_INT = 1;
/** The general state machine (huge integers): forStep(rt.forSt). */
export const FOR_GENERAL = 2;
/** Floats: plain numbers from rt.forI while within rt.forL, by rt.forS. */
export const FOR_FLOAT = 3;

/**
 * Prepares a numeric for loop without allocating in the common cases: the mode is
 * returned and the loop's numbers are left in rt.forI / rt.forL / rt.forS (or the state
 * in rt.forSt for FOR_GENERAL).
 */
/**
 * The first value of a float loop: 5.1-5.3 prepare `init - step` and add the step before
 * each test, so the first value is (init - step) + step, which rounding can change
 * (1 - 1e307 + 1e307 is 0; a -0.0 start gives 0.0).
 */
function floatLoopStart(rt: Runtime, init: number, step: number): number {
  return rt.dialect.has.floatForSubtractsStep ? init - step + step : init;
}

export function forPrepLoop(rt: Runtime, init: LuaValue, limit: LuaValue, step: LuaValue, line: number): number {
  if (typeof init === 'number' && typeof limit === 'number' && typeof step === 'number') {
    if (!rt.hasIntegers) {
      if (step === 0 && rt.dialect.has.forStepZeroError) errorAt(rt, line, "'for' step is zero");
      const first = floatLoopStart(rt, init, step);
      if (floatLoopSkips(rt, first, limit, step)) return FOR_SKIP;
      rt.forI = first;
      rt.forL = limit;
      rt.forS = step;
      return FOR_FLOAT;
    }
    if (Number.isInteger(init) && Number.isInteger(step) && step !== 0 && Math.abs(init) <= 2 ** 52 && Math.abs(step) <= 2 ** 52) {
      let l = limit;
      if (!Number.isInteger(l)) l = step > 0 ? Math.floor(l) : Math.ceil(l);
      if (Math.abs(l) <= 2 ** 52) {
        if (step > 0 ? init > l : init < l) return FOR_SKIP;
        rt.forI = init;
        rt.forL = l;
        rt.forS = step;
        return FOR_INT;
      }
    }
  }
  const st = forPrep(rt, init, limit, step, line);
  if (st === null) return FOR_SKIP;
  if (!st.integer) {
    const first = floatLoopStart(rt, toFloat(st.value), st.step as number);
    if (floatLoopSkips(rt, first, st.limit, st.step as number)) return FOR_SKIP;
    rt.forI = first;
    rt.forL = st.limit;
    rt.forS = st.step as number;
    return FOR_FLOAT;
  }
  rt.forSt = st;
  return FOR_GENERAL;
}

/** Advances a prepared loop; returns false when it is over. The new value is in st.value. */
export function forStep(st: ForState): boolean {
  if (st.integer) {
    if (st.wrapLimit != null) {
      const v = intAdd(st.value as number | bigint, st.step as number | bigint);
      const big = typeof v === 'bigint' ? v : BigInt(v);
      const step = st.step as number | bigint;
      if ((typeof step === 'bigint' ? step > 0n : step > 0) ? big > st.wrapLimit : big < st.wrapLimit) return false;
      st.value = v;
      return true;
    }
    if (typeof st.count === 'number') {
      if (st.count <= 0) return false;
      st.count--;
    } else {
      if (st.count <= 0n) return false;
      st.count = st.count - 1n;
    }
    st.value = intAdd(st.value as number | bigint, st.step as number | bigint);
    return true;
  }
  const v = toFloat(st.value) + (st.step as number);
  if ((st.step as number) > 0 ? !(v <= st.limit) : !(v >= st.limit)) return false;
  st.value = mkFloat(v);
  return true;
}

/** The loop variable of a float loop in float-only dialects is a plain number. */
export function forFloatValue(st: ForState): LuaValue {
  return st.value;
}

// ===================================================================== to-be-closed variables

/** Checks a value assigned to a <close> variable (nil and false are allowed). */
export function checkClosable(rt: Runtime, v: LuaValue, name: string, line: number): void {
  if (v === undefined || v === false) return;
  if (metamethod(rt, v, '__close') === undefined) errorAt(rt, line, `variable '${name}' got a non-closable value`);
}

/**
 * Calls a value's __close metamethod with the error (or nothing), from the function whose
 * frame is at depth `d`. `halt`: what else left the scope (a halt closes nothing, except a
 * coroutine closing itself, which passes on the first error of its closing methods instead
 * of raising it).
 *
 * A scope left normally (its end, return, break, goto) closes from that function's level,
 * which the code leaving it has marked as running the 'close' metamethod at the line where
 * the scope ends: tracebacks name the method so and a value that cannot be called is an
 * error at that line. (After an error, PUC closes from the level that caught it, after the
 * message handler ran: the call names nothing and has no position.)
 */
export function closeValue(rt: Runtime, d: number, v: LuaValue, err: LuaValue, hasError: boolean, halt: unknown = null): void {
  if (halt !== null) {
    if (!(halt instanceof CloseRunning)) return;
    // (closing itself, the coroutine closes from its base level)
    const co = rt.current;
    co.closing = true;
    try {
      closeValue(rt, d, v, halt.error, halt.failed);
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      halt.failed = true;
      halt.error = e.value;
    } finally {
      co.closing = false;
    }
    return;
  }
  if (v === undefined || v === false) return;
  // (the method is looked up when the scope ends: it may have changed since the declaration)
  const h = metamethod(rt, v, '__close');
  // A close runs after the function has put its results in place (return in a try with a
  // finally): keep them from the handler's own results.
  const nret = rt.nret;
  const saved = nret > 1 ? rt.rets.slice(1, nret) : null;
  const co = rt.current;
  if (co.closing) closeFromBase(rt, 0, h, hasError ? [v, err] : [v]);
  else if (hasError) closeAfterError(rt, d, h, v, err);
  else {
    const top = rt.depth;
    rt.depth = d;
    const r = typeof h === 'function' ? (h as LuaFunction)(v) : callMeta(rt, h, [v], 0, closeDesc(rt));
    if (r === TAILCALL) rt.finishTail();
    rt.depth = top;
  }
  rt.nret = nret;
  if (saved !== null) for (let i = 0; i < saved.length; i++) rt.rets[i + 1] = saved[i];
}

/**
 * After an error, PUC closes from the level that catches it (pcall, xpcall, load, the host
 * or a coroutine's base), the levels above being dead: the method runs there, named by
 * nothing. Their records are kept aside meanwhile (a traceback made after the closes, by
 * the embedding API, still shows them); if the method fails, its own stack stays.
 */
function closeAfterError(rt: Runtime, d: number, h: LuaValue, v: LuaValue, err: LuaValue): void {
  const frames = rt.frames;
  let base = Math.min(d, rt.depth) - 1;
  while (base > 0 && (frames[base]![0] as LuaCallable | undefined)?.catches !== true) base--;
  // An error that ends a coroutine leaves its variables to coroutine.close (or wrap).
  const co = rt.current;
  if (base === 0 && !co.isMain) (co.pendingCloses ??= []).push(h, v);
  else closeFromBase(rt, base, h, [v, err]);
}

/** Calls a close method from level `base`, the levels above it kept aside (closeAfterError). */
export function closeFromBase(rt: Runtime, base: number, h: LuaValue, args: LuaValue[]): void {
  const frames = rt.frames;
  const top = rt.depth;
  const dead = frames.slice(base + 1, top + 1);
  for (let i = base + 1; i <= top; i++) frames[i] = newFrame();
  rt.depth = base;
  rt.call(h, args);
  for (let i = 0; i < dead.length; i++) frames[base + 1 + i] = dead[i]!;
  rt.depth = top;
}

/**
 * The value of an error caught by a scope that closes variables: the active message handler
 * runs on it first, once, where it was raised (PUC's luaG_errormsg), so that the closes and
 * whoever catches it get what the handler made of it.
 */
export function handledError(rt: Runtime, e: LuaError): LuaValue {
  if (!e.handled && rt.msgh !== null) {
    e.handled = true;
    e.value = rt.msgh(e, e.value);
  }
  return e.value;
}

function closeDesc(rt: Runtime): string | null {
  const n = metamethodName(rt, Ev.CLOSE);
  return n === null ? null : `${n.namewhat} '${n.name}'`;
}

// ===================================================================== misc

export function typeOf(v: LuaValue): string {
  return typeName(v);
}

export { rawSet, numberToInteger };
export type { LuaFunction };
