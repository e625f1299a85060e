/**
 * Conversion of numeral text to numbers, as the official interpreters do it: C's strtod
 * (5.1 leans on it entirely), Lua's own hexadecimal reader, and 5.3+'s integer reader
 * (decimal integers that overflow become floats, hexadecimal integers wrap around).
 *
 * Invariant: results are exact. Floats are correctly rounded (as glibc's strtod);
 * integers are 64-bit two's complement values, returned as a JS number when within
 * ±2^53 and as a bigint otherwise.
 */

export interface ParsedNumber {
  kind: 'integer' | 'float';
  value: number | bigint;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO64 = 1n << 64n;
const TWO63 = 1n << 63n;

/** A signed 64-bit value as Luna stores integers: a number when safe, else a bigint. */
export function normalizeInt64(v: bigint): number | bigint {
  v = BigInt.asIntN(64, v);
  return v >= -BigInt(MAX_SAFE) && v <= BigInt(MAX_SAFE) ? Number(v) : v;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** value = m * 2^e, correctly rounded to a double (round half to even, subnormals included). */
export function scaleToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  let bits = m.toString(2).length;
  const top = bits - 1 + e; // exponent of the leading bit
  if (top > 1023) return Infinity;
  let precision = 53;
  if (top < -1022) precision = 53 - (-1022 - top);
  if (precision < 0) return 0;
  if (bits > precision) {
    const shift = bits - precision;
    let q = m >> BigInt(shift);
    const rem = m - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
    m = q;
    e += shift;
    bits = m.toString(2).length;
    if (bits - 1 + e > 1023) return Infinity;
  }
  // m now has at most 53 bits: the product is exact if done without intermediate underflow.
  let r = Number(m);
  while (e > 0) { const s = Math.min(e, 1000); r *= 2 ** s; e -= s; }
  while (e < 0) { const s = Math.max(e, -1000); r *= 2 ** s; e -= s; }
  return r;
}

/**
 * Reads a hexadecimal numeral body after "0x": digits, an optional fraction and an optional
 * binary exponent. Returns the value and the index after the last character used, or null
 * when no digit was found. `allowFraction`/`allowExponent` follow what the caller accepts.
 */
function readHex(s: string, i: number): { value: number; end: number } | null {
  let m = 0n;
  let exp = 0;
  let any = false;
  let c: number;
  while ((c = hexValue(s.charCodeAt(i))) >= 0) { m = m * 16n + BigInt(c); any = true; i++; }
  if (s.charCodeAt(i) === 46 /* . */) {
    i++;
    while ((c = hexValue(s.charCodeAt(i))) >= 0) { m = m * 16n + BigInt(c); exp -= 4; any = true; i++; }
  }
  if (!any) return null;
  const pc = s.charCodeAt(i) | 32;
  if (pc === 112 /* p */) {
    let j = i + 1;
    let neg = false;
    const sc = s.charCodeAt(j);
    if (sc === 43 || sc === 45) { neg = sc === 45; j++; }
    if (isDigit(s.charCodeAt(j))) {
      let e = 0;
      while (isDigit(s.charCodeAt(j))) { if (e < 1e8) e = e * 10 + (s.charCodeAt(j) - 48); j++; }
      exp += neg ? -e : e;
      i = j;
    }
  }
  return { value: scaleToDouble(m, exp), end: i };
}

/**
 * C strtod: the longest prefix of `s` (after spaces) that is a floating constant, including
 * hexadecimal ones and, when `specials` is set, "inf"/"infinity"/"nan". Returns the value
 * and the end index; end === start when nothing was recognised.
 */
export function strtod(s: string, start = 0, specials = true): { value: number; end: number } {
  let i = start;
  while (isSpace(s.charCodeAt(i))) i++;
  let neg = false;
  const sc = s.charCodeAt(i);
  if (sc === 43 || sc === 45) { neg = sc === 45; i++; }
  const sign = neg ? -1 : 1;
  // hexadecimal
  if (s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 32) === 120) {
    const h = readHex(s, i + 2);
    if (h) return { value: sign * h.value, end: h.end };
    return { value: sign * 0, end: i + 1 }; // just the "0"
  }
  if (specials) {
    const rest = s.slice(i, i + 8).toLowerCase();
    if (rest.startsWith('infinity')) return { value: sign * Infinity, end: i + 8 };
    if (rest.startsWith('inf')) return { value: sign * Infinity, end: i + 3 };
    if (rest.startsWith('nan')) {
      let j = i + 3;
      if (s.charCodeAt(j) === 40 /* ( */) {
        let k = j + 1;
        while (isNanTagChar(s.charCodeAt(k))) k++;
        if (s.charCodeAt(k) === 41) j = k + 1;
      }
      return { value: NaN, end: j };
    }
  }
  const numStart = i;
  let digits = 0;
  while (isDigit(s.charCodeAt(i))) { i++; digits++; }
  if (s.charCodeAt(i) === 46) {
    i++;
    while (isDigit(s.charCodeAt(i))) { i++; digits++; }
  }
  if (digits === 0) return { value: 0, end: start };
  if ((s.charCodeAt(i) | 32) === 101 /* e */) {
    let j = i + 1;
    const ec = s.charCodeAt(j);
    if (ec === 43 || ec === 45) j++;
    if (isDigit(s.charCodeAt(j))) {
      while (isDigit(s.charCodeAt(j))) j++;
      i = j;
    }
  }
  let text = s.slice(numStart, i);
  if (text.charCodeAt(0) === 46) text = '0' + text;
  return { value: sign * Number(text), end: i };
}

/** C strtoul with base 16 (used by 5.1 when strtod stops at an 'x'): value and end index. */
function strtoulHex(s: string): { value: number; end: number } {
  let i = 0;
  while (isSpace(s.charCodeAt(i))) i++;
  let neg = false;
  const sc = s.charCodeAt(i);
  if (sc === 43 || sc === 45) { neg = sc === 45; i++; }
  if (s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 32) === 120 && hexValue(s.charCodeAt(i + 2)) >= 0) i += 2;
  let v = 0n;
  let any = false;
  let c: number;
  while ((c = hexValue(s.charCodeAt(i))) >= 0) { v = v * 16n + BigInt(c); any = true; i++; }
  if (!any) return { value: 0, end: 0 };
  const overflow = v >= TWO64;
  let r = overflow ? TWO64 - 1n : v;
  if (neg) r = (TWO64 - r) % TWO64;
  return { value: Number(r), end: i };
}

function onlySpacesFrom(s: string, i: number): boolean {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === s.length;
}

/** Lua 5.1's luaO_str2d: strtod, a strtoul fallback for hex, trailing spaces allowed. */
export function str2number51(s: string): ParsedNumber | null {
  let { value, end } = strtod(s, 0, true);
  if (end === 0) return null;
  const c = s.charCodeAt(end);
  if (c === 120 || c === 88) {
    ({ value, end } = strtoulHex(s));
    if (end === 0) return null;
  }
  if (!onlySpacesFrom(s, end)) return null;
  return { kind: 'float', value };
}

/**
 * Whether `s` holds either character. (No regular expressions on the run-time paths of
 * number conversion: V8 compiles one on first use, which may be at the stack's end.)
 */
function hasEither(s: string, a: string, b: string): boolean {
  return s.includes(a) || s.includes(b);
}

/** A character of strtod's "nan(...)" tag: letters, digits, '_'. */
function isNanTagChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Lua 5.2's luaO_str2d: no 'inf'/'nan'; hexadecimal via Lua's own reader; decimal via strtod. */
export function str2number52(s: string): ParsedNumber | null {
  if (hasEither(s, 'n', 'N')) return null;
  let value: number;
  let end: number;
  if (hasEither(s, 'x', 'X')) {
    let i = 0;
    while (isSpace(s.charCodeAt(i))) i++;
    let neg = false;
    const sc = s.charCodeAt(i);
    if (sc === 43 || sc === 45) { neg = sc === 45; i++; }
    if (!(s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 32) === 120)) return null;
    const h = readHex(s, i + 2);
    if (!h) return null;
    value = neg ? -h.value : h.value;
    end = h.end;
  } else {
    const r = strtod(s, 0, false);
    if (r.end === 0) return null;
    value = r.value;
    end = r.end;
  }
  if (!onlySpacesFrom(s, end)) return null;
  return { kind: 'float', value };
}

/** Lua 5.3+'s l_str2int: decimal (fails on overflow) or hexadecimal (wraps) integers. */
function str2int(s: string): number | bigint | null {
  let i = 0;
  while (isSpace(s.charCodeAt(i))) i++;
  let neg = false;
  const sc = s.charCodeAt(i);
  if (sc === 43 || sc === 45) { neg = sc === 45; i++; }
  let v = 0n;
  let any = false;
  if (s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 32) === 120) {
    i += 2;
    let c: number;
    while ((c = hexValue(s.charCodeAt(i))) >= 0) { v = (v * 16n + BigInt(c)) & (TWO64 - 1n); any = true; i++; }
  } else {
    // Fast path: short decimal numerals are exact doubles.
    let c: number;
    let small = 0;
    let count = 0;
    const digitsStart = i;
    while (isDigit((c = s.charCodeAt(i)))) { small = small * 10 + (c - 48); any = true; i++; count++; }
    if (count <= 15) {
      if (!any || !onlySpacesFrom(s, i)) return null;
      return neg ? (small === 0 ? 0 : -small) : small;
    }
    for (let k = digitsStart; k < i; k++) {
      v = v * 10n + BigInt(s.charCodeAt(k) - 48);
      if (v > TWO63 || (v === TWO63 && !neg)) return null; // overflow: not an integer
    }
  }
  if (!any || !onlySpacesFrom(s, i)) return null;
  if (neg) v = -v;
  return normalizeInt64(v);
}

/** Lua 5.3+'s luaO_str2num: an integer when the text is one, else a float, else null. */
export function str2number53(s: string): ParsedNumber | null {
  const iv = str2int(s);
  if (iv !== null) return { kind: 'integer', value: iv };
  if (hasEither(s, 'n', 'N')) return null;
  let value: number;
  let end: number;
  const r = strtod(s, 0, false);
  if (r.end === 0) return null;
  value = r.value;
  end = r.end;
  if (!onlySpacesFrom(s, end)) return null;
  return { kind: 'float', value };
}
