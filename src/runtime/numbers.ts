/**
 * Lua numbers: arithmetic, comparison, conversion and formatting, per Lua's rules.
 *
 * Invariant: see value.ts. In integer dialects (5.3+) a numeric value is a plain JS number
 * (an integer when integral, else a float), a bigint (an integer beyond ±(2^53-1)) or a
 * LuaFloat (an integral float). Every function here takes and returns values in that
 * canonical form; the compiler inlines the common plain-number paths and calls these for
 * the rest. In float-only dialects (5.1, 5.2) numbers are plain doubles throughout.
 */
import { floatBody } from './cformat.js';
import { str2number51, str2number52, str2number53, type ParsedNumber } from '../../grammar/numerals.js';
import { LuaFloat, MAX_SAFE, type LuaValue } from './value.js';

export type LuaNumber = number | bigint | LuaFloat;

const TWO63 = 2 ** 63;

// ===================================================================== predicates and boxing

export function isNumber(v: LuaValue): v is LuaNumber {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat;
}

/** Whether a numeric value is an integer (5.3+ representation). */
export function isIntegerValue(v: LuaNumber): boolean {
  return typeof v === 'number' ? Number.isInteger(v) : typeof v === 'bigint';
}

/** The float value of a number (integers converted as C does: to the nearest double). */
export function toFloat(v: LuaNumber): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v.n;
}

/** A float result in canonical form: integral values are boxed. */
export function mkFloat(x: number): number | LuaFloat {
  return Number.isInteger(x) ? new LuaFloat(x) : x;
}

const MAX_SAFE_BIG = BigInt(MAX_SAFE);

/** An integer result in canonical form, wrapped to 64 bits. */
export function mkInt(x: bigint): number | bigint {
  x = BigInt.asIntN(64, x);
  return x >= -MAX_SAFE_BIG && x <= MAX_SAFE_BIG ? Number(x) : x;
}

/** Canonical integer from a parsed value (number or bigint). */
export function intFromParsed(v: number | bigint): number | bigint {
  return typeof v === 'bigint' ? mkInt(v) : v;
}

export function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/**
 * A float with an exact integer value in the 64-bit range, as an integer; else null
 * (PUC's luaV_flttointns with F2Ieq).
 */
export function floatToInteger(f: number): number | bigint | null {
  if (!Number.isInteger(f)) return null;
  if (f >= -MAX_SAFE && f <= MAX_SAFE) return f === 0 ? 0 : f;
  if (f < -TWO63 || f >= TWO63) return null;
  return BigInt(f);
}

/** A numeric value as an integer when it has an exact integer value (luaV_tointegerns); else null. */
export function numberToInteger(v: LuaNumber): number | bigint | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v === 'bigint') return v;
  return floatToInteger(v.n);
}

// ===================================================================== integer arithmetic (5.3+)

export function intAdd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return mkInt(toBig(a) + toBig(b));
}

export function intSub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return mkInt(toBig(a) - toBig(b));
}

export function intMul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return mkInt(toBig(a) * toBig(b));
}

/** Floor division of integers; the caller has checked b !== 0. */
export function intIdiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q === 0 ? 0 : q;
  }
  const x = toBig(a);
  const y = toBig(b);
  let q = x / y;
  if (x % y !== 0n && (x < 0n) !== (y < 0n)) q -= 1n;
  return mkInt(q);
}

/** Modulo of integers (result has the divisor's sign); the caller has checked b !== 0. */
export function intMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const x = toBig(a);
  const y = toBig(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return mkInt(r);
}

export function intUnm(a: number | bigint): number | bigint {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return mkInt(-a);
}

// ---- bitwise (operands already integers)

function isInt32(v: number | bigint): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

export function intBand(a: number | bigint, b: number | bigint): number | bigint {
  if (isInt32(a) && isInt32(b)) return a & b;
  return mkInt(toBig(a) & toBig(b));
}

export function intBor(a: number | bigint, b: number | bigint): number | bigint {
  if (isInt32(a) && isInt32(b)) return a | b;
  return mkInt(toBig(a) | toBig(b));
}

export function intBxor(a: number | bigint, b: number | bigint): number | bigint {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return mkInt(toBig(a) ^ toBig(b));
}

export function intBnot(a: number | bigint): number | bigint {
  if (isInt32(a)) return ~a;
  return mkInt(~toBig(a));
}

/** Logical shift left by n (negative n shifts right), as luaV_shiftl. */
export function intShl(a: number | bigint, n: number | bigint): number | bigint {
  const s = toBig(n);
  if (s <= -64n || s >= 64n) return 0;
  const x = BigInt.asUintN(64, toBig(a));
  return mkInt(s >= 0n ? x << s : x >> -s);
}

export function intShr(a: number | bigint, n: number | bigint): number | bigint {
  return intShl(a, typeof n === 'number' ? -n : -n);
}

// ===================================================================== float arithmetic

/** Lua's float modulo (luai_nummod): the result has the divisor's sign. */
export function fltMod(a: number, b: number): number {
  let m = a % b;
  if (m > 0 ? b < 0 : m < 0 && b > 0) m += b;
  return m;
}

/** Lua's float power (luai_numpow): squares are multiplied (5.4 does). */
export function fltPow(a: number, b: number): number {
  return b === 2 ? a * a : Math.pow(a, b);
}

// ===================================================================== comparisons of numbers

/** a < b for any two numeric values, exactly (int vs float without rounding). */
export function numLt(a: LuaNumber, b: LuaNumber): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return cmpNum(a, b) < 0;
}

export function numLe(a: LuaNumber, b: LuaNumber): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return cmpNum(a, b) <= 0;
}

export function numEq(a: LuaNumber, b: LuaNumber): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return cmpNum(a, b) === 0;
}

/**
 * -1, 0 or 1 comparing a and b exactly; NaN compares unordered (returns NaN, so every
 * relation with it is false).
 */
function cmpNum(a: LuaNumber, b: LuaNumber): number {
  const ai = typeof a === 'bigint';
  const bi = typeof b === 'bigint';
  if (!ai && !bi) {
    const x = toFloat(a);
    const y = toFloat(b);
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  }
  if (ai && bi) return a < b ? -1 : a > b ? 1 : 0;
  // a bigint against a double (a plain number may be an integer or a float; a box is a float)
  const big = (ai ? a : b) as bigint;
  const other = ai ? b : a;
  const f = toFloat(other as LuaNumber);
  let c: number;
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) c = -1;
  else if (f === -Infinity) c = 1;
  else {
    // compare big with f exactly: big vs floor(f) first
    const fl = Math.floor(f);
    const bf = BigInt(fl);
    if (big < bf) c = -1;
    else if (big > bf) c = 1;
    else c = fl === f ? 0 : -1; // big == floor(f) < f when f has a fraction
  }
  return ai ? c : -c;
}

// ===================================================================== strings <-> numbers

export type NumberSyntax = 'c-strtod' | 'lua52' | 'lua53';

/** Converts a string to a number as the dialect's coercion does (luaO_str2num), or undefined. */
export function stringToNumber(s: string, syntax: NumberSyntax): LuaNumber | undefined {
  let p: ParsedNumber | null;
  if (syntax === 'lua53') p = str2number53(s);
  else if (syntax === 'lua52') p = str2number52(s);
  else {
    const nul = s.indexOf('\0');
    p = str2number51(nul < 0 ? s : s.slice(0, nul));
  }
  if (p === null) return undefined;
  if (syntax !== 'lua53') {
    const x = p.value as number;
    // 5.1 reads "nan" with C's strtod: a NaN with the sign written (POS_NAN below)
    return x === x ? x : s.trimStart().startsWith('-') ? NaN : POS_NAN;
  }
  return p.kind === 'integer' ? intFromParsed(p.value) : mkFloat(p.value as number);
}

/**
 * NaN with the sign bit clear, as `-(0/0)` makes in C. JS arithmetic does not keep NaN
 * signs, so Luna keeps one: a plain NaN stands for C's default (negative) NaN and this
 * boxed value for the positive one. Only unary minus switches between them.
 */
export const POS_NAN = new LuaFloat(NaN);

/** C's printf("%.<precision>g") of a double, as glibc prints it ("-nan", "inf", "1e+15"). */
export function formatG(x: number, precision = 14): string {
  // A plain NaN is the x86 default NaN that C arithmetic makes (sign bit set): "-nan".
  // The positive one (negating a NaN) is the boxed POS_NAN, printed by numberToString.
  if (x !== x) return '-nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return 1 / x < 0 ? '-0' : '0';
  // glibc's digits: exact value, ties to even (1e15 + 0.25 with 17 digits: ...0.2)
  const body = floatBody(Math.abs(x), 103 /* g */, precision, false);
  return x < 0 ? '-' + body : body;
}

/** tostring of a float in integer dialects: %.14g, plus ".0" when that looks like an integer. */
export function floatToString(x: number, roundTrip = false): string {
  // 5.5 prints 15 digits, or 17 when 15 do not read back as the same number.
  let s = formatG(x, roundTrip ? 15 : 14);
  if (roundTrip && Number(s) !== x && x === x) s = formatG(x, 17);
  return looksIntegral(s) ? s + '.0' : s;
}

/**
 * Whether formatted digits read as an integer ("-12", not "1e+15", "1.5", "inf"). A loop,
 * not a regular expression: tostring runs at any stack depth, and V8 compiles a regular
 * expression on first use (at the stack's end that fails, or aborts the process).
 */
function looksIntegral(s: string): boolean {
  const start = s.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (s.length === start) return false;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * How a dialect prints numbers: FLOATS_ONLY (5.1/5.2, "%.14g"), INTEGERS (5.3/5.4:
 * integers as such, floats "%.14g" with ".0" when integral), ROUND_TRIP (5.5: floats
 * get 17 digits when 14 would not read back exactly). A boolean means "has integers".
 */
export type NumberFormat = 0 | 1 | 2 | boolean;
export const FLOATS_ONLY = 0;
export const INTEGERS = 1;
export const ROUND_TRIP = 2;

/** tostring of a number (luaO_tostring) in a dialect's number format. */
export function numberToString(v: LuaNumber, format: NumberFormat): string {
  if (v === POS_NAN) return 'nan';
  if (format === false || format === FLOATS_ONLY) return formatG(toFloat(v), 14);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatToString(v, format === ROUND_TRIP);
  if (typeof v === 'bigint') return v.toString();
  return floatToString(v.n, format === ROUND_TRIP);
}
