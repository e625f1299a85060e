/**
 * Lua's operations with their full semantics: indexing with '__index'/'__newindex' chains,
 * arithmetic with coercions and metamethods, comparison, concatenation, length, calls of
 * non-functions, tostring. Compiled code inlines the fast paths (plain tables, plain
 * numbers) and calls these for everything else; natives use them too.
 *
 * Invariant: every function here receives canonical values (value.ts) and raises errors
 * with the official messages, positioned at the running Lua function's current line
 * (passed by the caller as `line`; 0 means "use the frame's recorded line").
 */
import { chargeString } from './alloc.js';
import { LuaError, typeErrorText } from './errors.js';
import { eventCode, Ev } from './callinfo.js';
import {
  floatToInteger, fltMod, fltPow, intAdd, intBand, intBnot, intBor, intBxor, intIdiv, intMod, intMul, intShl, intShr,
  intSub, intUnm, isIntegerValue, mkFloat, POS_NAN, numberToInteger, numberToString, numEq, numLe, numLt, stringToNumber,
  toFloat, type LuaNumber, type NumberSyntax,
} from './numbers.js';
import { TAILCALL, type LuaCallable, type Runtime } from './runtime.js';
import { LuaTable } from './table.js';
import { LuaFloat, LuaUserdata, type LuaFunction, type LuaValue } from './value.js';

// ===================================================================== types and metatables

export function typeName(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined': return 'nil';
    case 'boolean': return 'boolean';
    case 'number': case 'bigint': return 'number';
    case 'string': return 'string';
    case 'function': return 'function';
  }
  if (v instanceof LuaTable) return 'table';
  if (v instanceof LuaFloat) return 'number';
  if (v instanceof LuaUserdata) return 'userdata';
  return 'thread';
}

export function getMetatable(rt: Runtime, v: LuaValue): LuaTable | null {
  if (v instanceof LuaTable || v instanceof LuaUserdata) return v.metatable;
  if (typeof v === 'string') return rt.stringMeta;
  return rt.typeMetas.get(typeName(v)) ?? null;
}

// Metamethods whose absence a metatable caches (PUC's fasttm).
export const TM_INDEX = 0;
export const TM_NEWINDEX = 1;
export const TM_GC = 2;
export const TM_MODE = 3;
export const TM_LEN = 4;
export const TM_EQ = 5;
export const TM_CALL = 6;
const TM_NAMES = ['__index', '__newindex', '__gc', '__mode', '__len', '__eq', '__call'];

/** A metamethod of a metatable, using and filling the absence cache. */
export function fastTM(mt: LuaTable, tm: number): LuaValue {
  if (mt.mmAbsent & (1 << tm)) return undefined;
  const v = mt.getStr(TM_NAMES[tm]!);
  if (v === undefined) mt.mmAbsent |= 1 << tm;
  return v;
}

/** The metamethod `event` of any value (undefined when none). */
export function metamethod(rt: Runtime, v: LuaValue, event: string): LuaValue {
  const mt = getMetatable(rt, v);
  return mt === null ? undefined : mt.getStr(event);
}

// ===================================================================== errors

/**
 * Raises `msg` positioned at the running Lua function (line 0: the frame's recorded line).
 * The frame records the line, so a traceback shows where the operator failed.
 */
export function errorAt(rt: Runtime, line: number, msg: string): never {
  if (line < 0) throw new LuaError(msg, null); // raised in a C function: no position
  const fr = rt.frames[rt.depth];
  const f = fr?.[0] as LuaCallable | undefined;
  if (f && f.P) {
    if (line) fr![1] = eventCode(line, Ev.NONE);
    else line = rt.currentLine(fr!);
    // a stripped function has no line information (luaG_runerror then writes -1; 5.5 '?')
    const at = f.P.stripped ? (rt.dialect.has.unknownLineAsQuestionMark ? '?' : -1) : line;
    throw new LuaError(`${f.P.chunkId}:${at}: ${msg}`, null);
  }
  throw new LuaError(msg, null);
}

/** Whether the running function has no debug information (a stripped binary chunk): errors name no variable. */
function runningStripped(rt: Runtime): boolean {
  const f = rt.frames[rt.depth]?.[0] as LuaCallable | undefined;
  return f?.P?.stripped === true;
}

/** Records in the running frame that it calls metamethod `ev` for the operator at `line` (0: unknown). */
function markEvent(rt: Runtime, line: number, ev: Ev): void {
  const fr = rt.frames[rt.depth];
  if (fr === undefined) return;
  const f = fr[0] as LuaCallable | undefined;
  if (!f || !f.P) return;
  fr[1] = eventCode(line || rt.currentLine(fr), ev);
}

export function typeError(rt: Runtime, line: number, op: string, v: LuaValue, desc: string | null): never {
  if (desc !== null && runningStripped(rt)) desc = null;
  errorAt(rt, line, typeErrorText(op, objTypeName(rt, v), desc, rt.dialect.runtime.typeErrorStyle));
}

/** The type name errors give a value (luaT_objtypename): 5.3+ use a string '__name' of its metatable. */
export function objTypeName(rt: Runtime, v: LuaValue): string {
  if (rt.dialect.has.errorTypeNameFromMetatable && (v instanceof LuaTable || v instanceof LuaUserdata) && v.metatable !== null) {
    const name = v.metatable.getStr('__name');
    if (typeof name === 'string') return name;
  }
  return typeName(v);
}

// ===================================================================== keys

/** A key as tables store it: integral floats as integers. NaN stays NaN (callers check). */
export function normKey(k: LuaValue): LuaValue {
  if (k instanceof LuaFloat) {
    const i = floatToInteger(k.n);
    return i === null ? k.n : i;
  }
  return k;
}

/** t[k] without metamethods, for any key. */
export function rawGet(t: LuaTable, k: LuaValue): LuaValue {
  if (typeof k === 'string') return t.getStr(k);
  if (k instanceof LuaFloat) k = normKey(k);
  if (k === undefined) return undefined;
  return t.get(k);
}

/** t[k] = v without metamethods; raises the official errors for nil and NaN keys. */
export function rawSet(rt: Runtime, t: LuaTable, k: LuaValue, v: LuaValue, line = 0): void {
  if (typeof k === 'string') {
    t.setStr(k, v);
    return;
  }
  if (k instanceof LuaFloat) k = normKey(k);
  if (k === undefined) errorAt(rt, line, 'table index is nil');
  if (typeof k === 'number' && k !== k) errorAt(rt, line, 'table index is NaN');
  t.set(k, v);
}

// ===================================================================== indexing

// ---- metamethod calls that a coroutine's code makes itself (so that they may yield)

/**
 * What a helper returns instead of a result when it ran under yh and reached a metamethod
 * call: the call is in rt.reqFn/reqArgs, and rt.reqPost says what its result becomes.
 * No Lua value is this object.
 */
export const META_REQ: LuaValue = Object.freeze({ metaRequest: true }) as unknown as LuaValue;
/** The metamethod's first result is the value. */
export const POST_FIRST = 0;
/** Its truth is the value (__eq, __lt, __le). */
export const POST_TRUTHY = 1;
/** The negation of its truth ('a <= b' as 'not (b < a)'). */
export const POST_FALSY = 2;
/** No value (__newindex). */
export const POST_NONE = 3;
/** The concatenation in rt.reqConcat goes on with the result. */
export const POST_CONCAT = 4;

/** Runtime.metaReq while a helper runs under yh. */
export const META_HAND_BACK = 1;
/** Runtime.metaReq while a leaf form runs a function's plain form (coroutine.ts leafRun). */
export const META_PROBE = 2;

/**
 * What a metamethod call reached by a leaf form's plain run throws (before the call): the
 * run is abandoned and the function's generator form runs instead, from its start (the
 * leaf did nothing observable before: no calls, no stores but to its own locals).
 */
export const LEAF_RESTART = Object.freeze({ leafRestart: true });

function request(rt: Runtime, h: LuaValue, args: LuaValue[], post: number): LuaValue {
  if (rt.metaReq === META_PROBE) throw LEAF_RESTART;
  rt.metaReq = 0;
  rt.reqFn = h;
  rt.reqArgs = args;
  rt.reqPost = post;
  return META_REQ;
}

/**
 * Runs a helper for a coroutine's compiled code (dialects that yield across metamethods):
 * a metamethod call it reaches comes back as META_REQ (ops.ts request), which the code
 * makes with metaReq (coroutine.ts). The flag never outlives the helper, even when it throws.
 */
export function yh(rt: Runtime, fn: (rt: Runtime, a: LuaValue, b: LuaValue, c: LuaValue, d: LuaValue, e: LuaValue, f: LuaValue) => LuaValue,
  a?: LuaValue, b?: LuaValue, c?: LuaValue, d?: LuaValue, e?: LuaValue, f?: LuaValue): LuaValue {
  rt.metaReq = META_HAND_BACK;
  try {
    return fn(rt, a, b, c, d, e, f);
  } finally {
    rt.metaReq = 0;
  }
}

/** The first result of calling metamethod `ev` (raised by the operator at `line`), or META_REQ under yh. */
function callTM(rt: Runtime, h: LuaValue, a: LuaValue, b: LuaValue, ev: Ev, line: number): LuaValue {
  if (ev !== Ev.NONE) markEvent(rt, line, ev);
  try {
    // (checked before a request too: the coroutine's metaReq counts the call it makes)
    if (++rt.nCcalls >= rt.cCallLimit) checkCstack(rt, line);
    if (rt.metaReq) return request(rt, h, [a, b], POST_FIRST);
    const r = typeof h === 'function' ? (h as LuaFunction)(a, b) : rt.callMeta(h, [a, b]);
    return r === TAILCALL ? rt.finishTail() : r;
  } finally {
    rt.nCcalls--;
  }
}

/** Runtime.checkCstack for a metamethod call made by the running Lua function (at `line`). */
function checkCstack(rt: Runtime, line: number): void {
  if (rt.nCcalls === rt.cCallLimit) errorAt(rt, line, 'C stack overflow');
  rt.checkCstack('');
}

/** The truth of a metamethod's result, or the request (with how to turn its result into one). */
function truthOf(rt: Runtime, r: LuaValue, post: number): boolean {
  if (r === META_REQ) {
    rt.reqPost = post;
    return r as unknown as boolean;
  }
  return post === POST_TRUTHY ? r !== undefined && r !== false : !(r !== undefined && r !== false);
}

function callTM3(rt: Runtime, h: LuaValue, a: LuaValue, b: LuaValue, c: LuaValue, line: number): LuaValue {
  markEvent(rt, line, Ev.NEWINDEX);
  try {
    if (++rt.nCcalls >= rt.cCallLimit) checkCstack(rt, line);
    if (rt.metaReq) return request(rt, h, [a, b, c], POST_NONE);
    const r = typeof h === 'function' ? (h as LuaFunction)(a, b, c) : rt.callMeta(h, [a, b, c]);
    if (r === TAILCALL) rt.finishTail();
  } finally {
    rt.nCcalls--;
  }
  return undefined;
}

/** o[k] with '__index' (luaV_finishget). `desc` names o for the error message. */
export function index(rt: Runtime, o: LuaValue, k: LuaValue, line: number, desc: string | null): LuaValue {
  if (typeof k === 'string') return indexStr(rt, o, k, line, desc);
  const limit = rt.dialect.runtime.tagLoopLimit;
  for (let loop = 0; loop < limit; loop++) {
    let h: LuaValue;
    if (o instanceof LuaTable) {
      const v = rawGet(o, k);
      if (v !== undefined) return v;
      const mt = o.metatable;
      if (mt === null) return undefined;
      h = fastTM(mt, TM_INDEX);
      if (h === undefined) return undefined;
    } else {
      h = metamethod(rt, o, '__index');
      if (h === undefined) typeError(rt, line, 'index', o, loop === 0 ? desc : null);
    }
    if (typeof h === 'function') return callTM(rt, h, o, k, Ev.INDEX, line);
    o = h;
  }
  errorAt(rt, line, rt.dialect.runtime.indexLoopMessage);
}

/**
 * index() for a string key, the common case of fields and methods: class chains of
 * tables are walked with direct reads of the fields and of '__index'.
 */
export function indexStr(rt: Runtime, o: LuaValue, k: string, line: number, desc: string | null): LuaValue {
  for (let loop = 0; o instanceof LuaTable; loop++) {
    const v = o.str[k];
    if (v !== undefined) return v;
    const mt = o.metatable;
    if (mt === null || mt.mmAbsent & (1 << TM_INDEX)) return undefined;
    const h = mt.str.__index;
    if (h === undefined) {
      mt.mmAbsent |= 1 << TM_INDEX;
      return undefined;
    }
    if (typeof h === 'function') return callTM(rt, h, o, k, Ev.INDEX, line);
    if (loop >= rt.dialect.runtime.tagLoopLimit - 1) errorAt(rt, line, rt.dialect.runtime.indexLoopMessage);
    o = h;
    desc = null; // (an error about an '__index' value names no variable)
  }
  return indexGeneral(rt, o, k, line, desc);
}

/** The rest of index() once a string-keyed chain reaches a value that is not a table. */
function indexGeneral(rt: Runtime, o: LuaValue, k: string, line: number, desc: string | null): LuaValue {
  const limit = rt.dialect.runtime.tagLoopLimit;
  for (let loop = 0; loop < limit; loop++) {
    let h: LuaValue;
    if (o instanceof LuaTable) {
      const v = o.str[k];
      if (v !== undefined) return v;
      const mt = o.metatable;
      if (mt === null) return undefined;
      h = fastTM(mt, TM_INDEX);
      if (h === undefined) return undefined;
    } else {
      h = metamethod(rt, o, '__index');
      if (h === undefined) typeError(rt, line, 'index', o, loop === 0 ? desc : null);
    }
    if (typeof h === 'function') return callTM(rt, h, o, k, Ev.INDEX, line);
    o = h;
  }
  errorAt(rt, line, rt.dialect.runtime.indexLoopMessage);
}

/** o[k] = v with '__newindex' (luaV_finishset). */
export function setIndex(rt: Runtime, o: LuaValue, k: LuaValue, v: LuaValue, line: number, desc: string | null): LuaValue {
  // a new field of an object whose metatable has no '__newindex' (objects made by classes)
  if (typeof k === 'string' && o instanceof LuaTable && o.metatable !== null && fastTM(o.metatable, TM_NEWINDEX) === undefined) {
    o.setStr(k, v);
    return;
  }
  const limit = rt.dialect.runtime.tagLoopLimit;
  for (let loop = 0; loop < limit; loop++) {
    let h: LuaValue;
    if (o instanceof LuaTable) {
      const mt = o.metatable;
      if (mt === null || rawGet(o, k) !== undefined) {
        rawSet(rt, o, k, v, line);
        return;
      }
      h = fastTM(mt, TM_NEWINDEX);
      if (h === undefined) {
        rawSet(rt, o, k, v, line);
        return;
      }
    } else {
      h = metamethod(rt, o, '__newindex');
      if (h === undefined) typeError(rt, line, 'index', o, loop === 0 ? desc : null);
    }
    if (typeof h === 'function') return callTM3(rt, h, o, k, v, line);
    o = h;
  }
  errorAt(rt, line, rt.dialect.runtime.newindexLoopMessage);
}

// ===================================================================== arithmetic

export const enum Op {
  ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR, UNM, BNOT,
}
const OP_EV = [Ev.ADD, Ev.SUB, Ev.MUL, Ev.MOD, Ev.POW, Ev.DIV, Ev.IDIV, Ev.BAND, Ev.BOR, Ev.BXOR, Ev.SHL, Ev.SHR, Ev.UNM, Ev.BNOT];
const OP_EVENTS = ['__add', '__sub', '__mul', '__mod', '__pow', '__div', '__idiv', '__band', '__bor', '__bxor', '__shl', '__shr', '__unm', '__bnot'];

export function numberSyntax(rt: Runtime): NumberSyntax {
  return rt.hasIntegers ? 'lua53' : rt.dialect.has.hexFloatLiterals ? 'lua52' : 'c-strtod';
}

/** A value as a number for arithmetic (numbers, and strings where the dialect coerces them). */
export function toArithNumber(rt: Runtime, v: LuaValue, coerceStrings: boolean): LuaNumber | undefined {
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) return v;
  if (coerceStrings && typeof v === 'string') return stringToNumber(v, numberSyntax(rt));
  return undefined;
}

/**
 * The NaN a float operation gives, with the sign of the NaN operand the official build's
 * machine code keeps (only POS_NAN has the sign bit clear; a NaN made here is C's
 * default, negative one).
 */
export function nanResult(rt: Runtime, a: LuaValue, b: LuaValue): LuaValue {
  const x = typeof a === 'number' ? a : a instanceof LuaFloat ? a.n : 0;
  const y = typeof b === 'number' ? b : b instanceof LuaFloat ? b.n : 0;
  // two NaNs: which one the official build's machine code keeps (a + b: a up to 5.2, then b)
  const first = x !== x && (y === y || !rt.dialect.has.nanKeepsSecondOperand);
  return (first ? a : b) === POS_NAN ? POS_NAN : NaN;
}

/** Pure number arithmetic (both operands numbers). */
export function arithNumbers(rt: Runtime, op: Op, a: LuaNumber, b: LuaNumber, line: number, da: string | null = null, db: string | null = null): LuaValue {
  if (!rt.hasIntegers) {
    const r = arithFloats(op, toFloat(a), toFloat(b));
    return r === r ? r : nanResult(rt, a, b);
  }
  if (op >= Op.BAND && op !== Op.UNM) {
    const x = numberToInteger(a);
    const y = numberToInteger(b);
    if (x === null || y === null) noIntegerError(rt, line, x === null ? da : db);
    switch (op) {
      case Op.BAND: return intBand(x, y);
      case Op.BOR: return intBor(x, y);
      case Op.BXOR: return intBxor(x, y);
      case Op.SHL: return intShl(x, y);
      case Op.SHR: return intShr(x, y);
      default: return intBnot(x);
    }
  }
  if (op !== Op.DIV && op !== Op.POW && isIntegerValue(a) && isIntegerValue(b)) {
    const x = a as number | bigint;
    const y = b as number | bigint;
    switch (op) {
      case Op.ADD: return intAdd(x, y);
      case Op.SUB: return intSub(x, y);
      case Op.MUL: return intMul(x, y);
      case Op.UNM: return intUnm(x);
      case Op.IDIV:
        if (y === 0) errorAt(rt, line, 'attempt to divide by zero');
        return intIdiv(x, y);
      case Op.MOD:
        if (y === 0) errorAt(rt, line, "attempt to perform 'n%0'");
        return intMod(x, y);
    }
  }
  const r = arithFloats(op, toFloat(a), toFloat(b));
  return r === r ? mkFloat(r) : nanResult(rt, a, b);
}

/** luaG_tointerror: the operand named is the first unless that one converts. */
function noIntegerError(rt: Runtime, line: number, desc: string | null): never {
  errorAt(rt, line, `number${desc === null ? '' : ` (${desc})`} has no integer representation`);
}

function arithFloats(op: Op, x: number, y: number): number {
  switch (op) {
    case Op.ADD: return x + y;
    case Op.SUB: return x - y;
    case Op.MUL: return x * y;
    case Op.DIV: return x / y;
    case Op.MOD: return fltMod(x, y);
    case Op.POW: return fltPow(x, y);
    case Op.IDIV: return Math.floor(x / y);
    case Op.UNM: return -x;
    default: return NaN;
  }
}

/**
 * a op b with coercions and metamethods (luaT_trybinTM). `da`/`db` describe the operands
 * for error messages.
 */
export function arith(rt: Runtime, op: Op, a: LuaValue, b: LuaValue, line: number, da: string | null, db: string | null): LuaValue {
  // Numbers the inline fast paths leave here: boxed floats (1.0) and big integers.
  if (rt.hasIntegers && (typeof a === 'number' || a instanceof LuaFloat || typeof a === 'bigint') &&
      (typeof b === 'number' || b instanceof LuaFloat || typeof b === 'bigint')) {
    return arithNumbers(rt, op, a, b, line, da, db);
  }
  const has = rt.dialect.has;
  const bitwise = op >= Op.BAND && op !== Op.UNM;
  const coerce = bitwise ? has.bitwiseStringCoercion || (!has.integers) : !has.stringArithmeticMetamethods;
  let x = toArithNumber(rt, a, coerce);
  let y = toArithNumber(rt, b, coerce);
  if (x !== undefined && y !== undefined) {
    if (!bitwise && has.stringArithmeticFloats && (typeof a === 'string' || typeof b === 'string')) {
      x = mkFloat(toFloat(x));
      y = mkFloat(toFloat(y));
    }
    if (!has.integers && op === Op.MOD) {
      const fx = toFloat(x);
      const fy = toFloat(y);
      const r = fx - Math.floor(fx / fy) * fy;
      return r === r ? r : nanResult(rt, x, y);
    }
    return arithNumbers(rt, op, x, y, line, da, db);
  }
  const event = OP_EVENTS[op]!;
  let h = metamethod(rt, a, event);
  if (h === undefined) h = metamethod(rt, b, event);
  if (h !== undefined) return callTM(rt, h, a, b, OP_EV[op]!, line);
  // no metamethod: an error naming the offending operand
  if (bitwise && (x !== undefined || isNumeric(a)) && (y !== undefined || isNumeric(b))) {
    const xInt = x !== undefined && numberToInteger(x) !== null;
    noIntegerError(rt, line, xInt ? db : da);
  }
  const badFirst = x === undefined && !(bitwise && typeof a === 'number');
  const culprit = badFirst ? a : b;
  const desc = badFirst ? da : db;
  if (bitwise && isNumeric(culprit)) noIntegerError(rt, line, desc);
  typeError(rt, line, bitwise ? 'perform bitwise operation on' : 'perform arithmetic on', culprit, desc);
}

function isNumeric(v: LuaValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat;
}

/** Unary minus and bitwise not (the metamethod receives the operand twice). */
export function arithUnary(rt: Runtime, op: Op.UNM | Op.BNOT, a: LuaValue, line: number, da: string | null): LuaValue {
  if (op === Op.UNM) {
    // C's negation flips a NaN's sign bit (see numbers.ts POS_NAN).
    if (a === POS_NAN) return NaN;
    if (typeof a === 'number' && a !== a) return POS_NAN;
  }
  return arith(rt, op, a, a, line, da, da);
}

// ===================================================================== comparison

/** Raw equality (rawequal): numbers by value, everything else by identity. */
export function rawEquals(a: LuaValue, b: LuaValue): boolean {
  if (a === b) return a !== POS_NAN;
  const ta = typeof a;
  if (ta === 'object' || ta === 'number' || ta === 'bigint') {
    if (isNumeric(a) && isNumeric(b)) return numEq(a as LuaNumber, b as LuaNumber);
  }
  return false;
}

/** a == b with '__eq'. */
export function eq(rt: Runtime, a: LuaValue, b: LuaValue): boolean {
  if (a === b) return a !== POS_NAN; // (a NaN equals nothing, itself included)
  if (typeof a !== 'object' || typeof b !== 'object') return rawEquals(a, b);
  if (a instanceof LuaFloat || b instanceof LuaFloat) return rawEquals(a, b);
  const bothTables = a instanceof LuaTable && b instanceof LuaTable;
  const bothUdata = a instanceof LuaUserdata && b instanceof LuaUserdata;
  if (!bothTables && !bothUdata) return false;
  const ma = (a as LuaTable | LuaUserdata).metatable;
  const mb = (b as LuaTable | LuaUserdata).metatable;
  let h = ma === null ? undefined : fastTM(ma, TM_EQ);
  if (rt.dialect.has.eqNeedsSameMetamethod) {
    const h2 = mb === null ? undefined : fastTM(mb, TM_EQ);
    if (h === undefined || h2 === undefined || !rawEquals(h, h2)) return false;
  } else if (h === undefined) {
    h = mb === null ? undefined : fastTM(mb, TM_EQ);
  }
  if (h === undefined) return false;
  return truthOf(rt, callTM(rt, h, a, b, Ev.EQ, 0), POST_TRUTHY);
}

function compareError(rt: Runtime, line: number, a: LuaValue, b: LuaValue): never {
  const t1 = objTypeName(rt, a);
  const t2 = objTypeName(rt, b);
  errorAt(rt, line, t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`);
}

function orderTM(rt: Runtime, a: LuaValue, b: LuaValue, event: string): LuaValue {
  const h = metamethod(rt, a, event);
  if (rt.dialect.has.orderNeedsSameMetamethod) return h !== undefined && metamethod(rt, b, event) === h ? h : undefined;
  return h !== undefined ? h : metamethod(rt, b, event);
}

/** 5.1: values of different types are never ordered, whatever their metamethods. */
function checkOrderTypes(rt: Runtime, a: LuaValue, b: LuaValue, line: number): void {
  if (rt.dialect.has.orderNeedsSameMetamethod && typeName(a) !== typeName(b)) compareError(rt, line, a, b);
}

/** a < b. */
export function lt(rt: Runtime, a: LuaValue, b: LuaValue, line: number): boolean {
  if (isNumeric(a) && isNumeric(b)) return numLt(a as LuaNumber, b as LuaNumber);
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  checkOrderTypes(rt, a, b, line);
  const h = orderTM(rt, a, b, '__lt');
  if (h === undefined) compareError(rt, line, a, b);
  return truthOf(rt, callTM(rt, h, a, b, Ev.LT, line), POST_TRUTHY);
}

/** a <= b (with 5.1-5.3's fallback to 'not (b < a)'). */
export function le(rt: Runtime, a: LuaValue, b: LuaValue, line: number): boolean {
  if (isNumeric(a) && isNumeric(b)) return numLe(a as LuaNumber, b as LuaNumber);
  if (typeof a === 'string' && typeof b === 'string') return a <= b;
  checkOrderTypes(rt, a, b, line);
  let h = orderTM(rt, a, b, '__le');
  if (h !== undefined) {
    return truthOf(rt, callTM(rt, h, a, b, Ev.LE, line), POST_TRUTHY);
  }
  if (rt.dialect.has.leFallsBackToLt) {
    h = orderTM(rt, b, a, '__lt');
    if (h !== undefined) {
      return truthOf(rt, callTM(rt, h, b, a, Ev.LT, line), POST_FALSY);
    }
  }
  compareError(rt, line, a, b);
}

// ===================================================================== length and concatenation

/** #t without '__len': the border the dialect's luaH_getn finds. */
export function rawLength(rt: Runtime, t: LuaTable): number {
  return rt.dialect.has.lengthHint ? t.hintedLength() : t.length();
}

/** #v with '__len'. */
export function len(rt: Runtime, v: LuaValue, line: number, desc: string | null): LuaValue {
  if (typeof v === 'string') return v.length;
  if (v instanceof LuaTable) {
    const mt = v.metatable;
    if (mt !== null && rt.dialect.has.lenMetamethodForTables) {
      const h = fastTM(mt, TM_LEN);
      if (h !== undefined) return callTM(rt, h, v, v, Ev.LEN, line);
    }
    return rawLength(rt, v);
  }
  const h = metamethod(rt, v, '__len');
  if (h === undefined) typeError(rt, line, 'get length of', v, desc);
  return callTM(rt, h, v, v, Ev.LEN, line);
}

/** A string or number as the string concatenation uses it; undefined for other values. */
export function toConcatString(rt: Runtime, v: LuaValue): string | undefined {
  if (typeof v === 'string') return v;
  if (isNumeric(v)) return numberToString(v as LuaNumber, rt.numFmt);
  return undefined;
}

/**
 * Concatenation of values[0] .. values[n-1] (right associative), as luaV_concat: runs of
 * strings and numbers are joined at once; other pairs go through '__concat'.
 */
export function concat(rt: Runtime, values: LuaValue[], line: number, descs: (string | null)[] | null): LuaValue {
  let top = values.length;
  let acc: LuaValue = values[top - 1];
  top--;
  while (top > 0) {
    const left = values[top - 1];
    const sr = toConcatString(rt, acc);
    const sl = toConcatString(rt, left);
    if (sr !== undefined && sl !== undefined) {
      // gather as many string/number values to the left as possible
      let s = sr;
      let i = top - 1;
      const parts: string[] = [s];
      while (i >= 0) {
        const p = toConcatString(rt, values[i]);
        if (p === undefined) break;
        parts.push(p);
        i--;
      }
      parts.reverse();
      s = parts.join('');
      chargeString(s.length);
      acc = s;
      top = i + 1;
      continue;
    }
    let h = metamethod(rt, left, '__concat');
    if (h === undefined) h = metamethod(rt, acc, '__concat');
    if (h === undefined) {
      const badLeft = sl === undefined;
      const idx = badLeft ? top - 1 : top;
      typeError(rt, line, 'concatenate', badLeft ? left : acc, descs ? (descs[idx] ?? null) : null);
    }
    acc = callTM(rt, h, left, acc, Ev.CONCAT, line);
    if (acc === META_REQ) {
      rt.reqPost = POST_CONCAT;
      rt.reqConcat = { values, top, line, descs };
      return acc;
    }
    top--;
  }
  return acc;
}

// ===================================================================== calls

/**
 * Calls a value that is not a function, through '__call'; compiled call sites also come
 * here for every call while hooks are set.
 */
export function callMeta(rt: Runtime, f: LuaValue, args: LuaValue[], line: number, desc: string | null): LuaValue {
  if (typeof f === 'function') return rt.hookedCall(f as LuaFunction, args);
  const prefix = callChain(rt, f, line, desc);
  const h = prefix.pop()!;
  return callExtra(rt, h, [...prefix, ...args], prefix.length);
}

/**
 * The '__call' chain of a value that is not a function: the objects passed before the
 * arguments, then the function that runs. The errors name the called variable (`desc`) and,
 * from 5.4, the type of the value that could not be called.
 */
export function callChain(rt: Runtime, f: LuaValue, line: number, desc: string | null): LuaValue[] {
  let h = metamethod(rt, f, '__call');
  if (h === undefined) typeError(rt, line, 'call', f, desc);
  const chain: LuaValue[] = [f];
  if (typeof h === 'function') return [f, h];
  const has = rt.dialect.has;
  if (!has.callChains) typeError(rt, line, 'call', has.callErrorNamesMetamethod ? h : f, desc);
  // 5.4+: a callable value as __call is called in its turn, each object passed first
  for (let n = 1; typeof h !== 'function'; n++) {
    if (n >= rt.dialect.runtime.callChainLimit) errorAt(rt, line, "'__call' chain too long");
    const next: LuaValue = metamethod(rt, h, '__call');
    if (next === undefined) typeError(rt, line, 'call', h, desc);
    chain.unshift(h);
    h = next;
  }
  chain.push(h);
  return chain;
}

/** Calls the end of a '__call' chain, its frame knowing how many objects the chain added. */
function callExtra(rt: Runtime, h: LuaValue, args: LuaValue[], extra: number): LuaValue {
  const fr = rt.frames[rt.depth + 1] ?? rt.frame(rt.depth + 1);
  fr.x = fr.t > 0 ? 0 : extra; // (a tail call: PUC's frame keeps no count)
  try {
    return (h as LuaFunction)(...args);
  } finally {
    fr.x = 0;
  }
}

// ===================================================================== tostring

let nextAddress = 0x55a4b3c0;
const addresses = new WeakMap<object, number>();

/** A stable fake address for an object, printed like C's %p. */
export function addressOf(o: object): string {
  let a = addresses.get(o);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x40;
    addresses.set(o, a);
  }
  return '0x' + (0x5500000000 + a).toString(16).padStart(12, '0');
}

/** Calls metamethod `h` on `v` from a native (a level of its own for it while h runs). */
export function callAbove(rt: Runtime, caller: LuaCallable | null, h: LuaValue, v: LuaValue): LuaValue {
  if (caller === null) return rt.call(h, [v]);
  const depth = rt.pushNative(caller);
  const r = rt.call(h, [v]);
  rt.depth = depth;
  return r;
}

/**
 * tostring(v) with '__tostring' and '__name' (luaL_tolstring). `caller`: the native asking,
 * which takes a level while '__tostring' runs (tracebacks show it).
 */
export function tostring(rt: Runtime, v: LuaValue, caller: LuaCallable | null = null): string {
  const mt = getMetatable(rt, v);
  if (mt !== null) {
    const h = mt.getStr('__tostring');
    if (h !== undefined) {
      const r = callAbove(rt, caller, h, v); // (as luaL_tolstring: a call a C function makes)
      if (typeof r === 'string') return r;
      if (isNumeric(r)) return numberToString(r as LuaNumber, rt.numFmt);
      errorAt(rt, 0, "'__tostring' must return a string");
    }
  }
  switch (typeof v) {
    case 'undefined': return 'nil';
    case 'boolean': return v ? 'true' : 'false';
    case 'string': return v;
    case 'number': case 'bigint': return numberToString(v, rt.numFmt);
  }
  if (v instanceof LuaFloat) return numberToString(v, rt.numFmt);
  let kind = typeName(v);
  if (mt !== null) {
    const name = mt.getStr('__name');
    if (typeof name === 'string') kind = name;
  }
  return `${kind}: ${addressOf(v as object)}`;
}

export { numberToString };
