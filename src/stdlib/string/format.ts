/**
 * string.format: C printf conversions with the exact output of glibc (correctly rounded,
 * ties to even, "inf"/"nan", hexadecimal floats) and each dialect's own rules for
 * validating conversion specifications, converting arguments and quoting ('%q').
 *
 * Invariant: every conversion produces a byte string; numbers are formatted from their
 * exact binary value (JS's toFixed/toExponential are exact but round ties away from zero,
 * so exact ties are detected and rounded to even as C does).
 */
import { chargeNewString } from '../../runtime/alloc.js';
import { floatBody } from '../../runtime/cformat.js';
import { isIntegerValue, POS_NAN, toFloat, type LuaNumber } from '../../runtime/numbers.js';
import { addressOf, tostring } from '../../runtime/ops.js';
import type { LuaCallable, Runtime } from '../../runtime/runtime.js';
import { LuaFloat, type LuaValue } from '../../runtime/value.js';
import { argError, checkInteger, checkNumber, checkString, luaError } from '../aux.js';
import { CTYPE } from './pattern.js';

// ===================================================================== exact number formatting

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** C's "%a" body of a finite x >= 0 (glibc: subnormals as 0x0.xxxp-1022, ties to even). */
export function hexFloatBody(x: number, prec: number, alt: boolean, upper: boolean): string {
  f64[0] = x;
  const hi = u32[1]!;
  const lo = u32[0]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let lead: number;
  let exp: number;
  let frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (x === 0) {
    lead = 0;
    exp = 0;
  } else if (bexp === 0) {
    lead = 0;
    exp = -1022;
  } else {
    lead = 1;
    exp = bexp - 1023;
  }
  let digits: string;
  if (prec < 0) {
    digits = frac.toString(16).padStart(13, '0').replace(/0+$/, '');
  } else if (prec >= 13) {
    digits = frac.toString(16).padStart(13, '0') + '0'.repeat(prec - 13);
  } else {
    const shift = BigInt((13 - prec) * 4);
    let q = frac >> shift;
    const r = frac & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    if (r > half || (r === half && ((prec === 0 ? BigInt(lead) : q) & 1n) === 1n)) q++;
    const limit = 1n << BigInt(prec * 4);
    if (q >= limit) {
      q -= limit;
      lead++;
    }
    digits = prec === 0 ? '' : q.toString(16).padStart(prec, '0');
    frac = q;
  }
  let s = `0x${lead}${digits.length > 0 || alt ? '.' : ''}${digits}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  if (upper) s = s.toUpperCase();
  return s;
}

// ===================================================================== spec parsing and padding

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  hash: boolean;
  zero: boolean;
  width: number;
  /** -1 when absent. */
  prec: number;
  conv: number;
  /** The spec text ("%-5.2f"), for messages. */
  text: string;
  /** An error found while scanning (raised once the argument is known to be present). */
  scanErr: string | null;
  /** 5.4: the checkformat error for this conversion's flags, or null. */
  flagErr: string | null;
}

/** A parsed format string: pieces[k] is the literal text before specs[k]. */
interface CFormat {
  readonly pieces: string[];
  readonly specs: Spec[];
}

function pad(body: string, prefix: string, spec: Spec, zeroPad: boolean): string {
  const len = prefix.length + body.length;
  if (len >= spec.width) return prefix + body;
  const n = spec.width - len;
  if (spec.minus) return prefix + body + ' '.repeat(n);
  if (zeroPad) return prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + prefix + body;
}

/**
 * A float conversion. A NaN prints as C's default NaN ("-nan") unless it is the positive
 * NaN that negating a NaN makes (numbers.ts POS_NAN, passed as `posNan`).
 */
function fmtFloat(x: number, spec: Spec, posNan = false): string {
  const conv = spec.conv;
  const upper = conv === 69 || conv === 71 || conv === 70 || conv === 65;
  const neg = x < 0 || (x === 0 && 1 / x < 0) || (x !== x && !posNan);
  const sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  if (!Number.isFinite(x)) {
    const body = x !== x ? 'nan' : 'inf';
    return pad(upper ? body.toUpperCase() : body, sign, spec, false);
  }
  const a = Math.abs(x);
  if (conv === 97 || conv === 65) {
    const body = hexFloatBody(a, spec.prec, spec.hash, upper);
    // zero padding goes after the "0x" prefix
    return pad(body.slice(2), sign + body.slice(0, 2), spec, spec.zero && !spec.minus);
  }
  const body = floatBody(a, conv, spec.prec < 0 ? 6 : spec.prec, spec.hash);
  return pad(body, sign, spec, spec.zero && !spec.minus);
}

/** An integer conversion of a 64-bit value given as a bigint or number (d i u o x X). */
function fmtInt(v: number | bigint, spec: Spec): string {
  const conv = spec.conv;
  let neg = false;
  let digits: string;
  if (conv === 100 || conv === 105) {
    neg = v < 0;
    digits = typeof v === 'number' ? String(neg ? -v : v) : (neg ? -v : v).toString();
  } else {
    let u: number | bigint = v;
    if (v < 0) u = BigInt.asUintN(64, BigInt(v));
    const radix = conv === 111 ? 8 : conv === 117 ? 10 : 16;
    digits = u.toString(radix);
    if (conv === 88) digits = digits.toUpperCase();
  }
  const isZero = digits === '0';
  if (spec.prec >= 0) {
    if (spec.prec === 0 && isZero) digits = '';
    else if (digits.length < spec.prec) digits = '0'.repeat(spec.prec - digits.length) + digits;
  }
  let prefix = '';
  if (conv === 100 || conv === 105) prefix = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  else if (spec.hash) {
    if (conv === 111) {
      if (digits.charCodeAt(0) !== 48) digits = '0' + digits;
    } else if ((conv === 120 || conv === 88) && !isZero) prefix = conv === 120 ? '0x' : '0X';
  }
  return pad(digits, prefix, spec, spec.zero && !spec.minus && spec.prec < 0);
}

function fmtString(s: string, spec: Spec): string {
  if (spec.prec >= 0 && s.length > spec.prec) s = s.slice(0, spec.prec);
  return pad(s, '', spec, false);
}

// ===================================================================== %q

function quoteString(s: string, decimalEscapes: boolean): string {
  let out = '"';
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let rep: string | null = null;
    if (c === 34 || c === 92 || c === 10) rep = '\\' + s[i];
    else if (decimalEscapes) {
      if (CTYPE[c]! & 2 /* cntrl */) {
        const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
        rep = next >= 48 && next <= 57 ? '\\' + String(c).padStart(3, '0') : '\\' + c;
      }
    } else if (c === 13) rep = '\\r';
    else if (c === 0) rep = '\\000';
    if (rep !== null) {
      out += s.slice(from, i) + rep;
      from = i + 1;
    }
  }
  return out + s.slice(from) + '"';
}

// ===================================================================== string.format

const FLAGS = '-+ #0';
const HEX_SPEC: Spec = {
  minus: false, plus: false, space: false, hash: false, zero: false, width: 0, prec: -1, conv: 97, text: '%a', scanErr: null, flagErr: null,
};
const MAX_STRING_ADDRESSES = 4096;

export function makeFormat(rt: Runtime, name: (q: string, f: (...args: LuaValue[]) => LuaValue) => LuaCallable): LuaCallable {
  const has = rt.dialect.has;
  const strict = has.formatStrictSpec;
  const hexFloats = has.formatHexFloat;
  const ints = has.integers;
  const rangeChecks = has.formatIntRangeCheck;
  const keepNul = has.formatKeepsNul;
  const tostringS = has.formatUsesTostring;
  const quoteLiterals = has.formatQuoteLiterals;
  const decimalEscapes = has.formatQuoteDecimalEscapes;
  const floatSpecials = has.formatQuoteFloatSpecials;
  const zerosCheck = has.formatStringZerosCheck;
  const escapeChars = has.fstringEscapesControlChars;
  const stringAddresses = new Map<string, string>();
  let nextStringAddress = 0x5a0000;

  /** Parses a format string once: literal pieces around conversion specifications. */
  const compileFormat = (fmt: string): CFormat => {
    let cf = formatCache.get(fmt);
    if (cf !== undefined) return cf;
    const pieces: string[] = [];
    const specs: Spec[] = [];
    const n = fmt.length;
    let lit = '';
    let from = 0;
    let pct = fmt.indexOf('%');
    while (pct >= 0) {
      lit += fmt.slice(from, pct);
      let i = pct + 1;
      if (fmt.charCodeAt(i) === 37) {
        lit += '%';
        from = i + 1;
        pct = fmt.indexOf('%', from);
        continue;
      }
      const spec: Spec = {
        minus: false, plus: false, space: false, hash: false, zero: false, width: 0, prec: -1, conv: 0, text: '',
        scanErr: null, flagErr: null,
      };
      const start = i;
      if (strict) {
        while (i < n && '-+ #0123456789.'.includes(fmt[i]!)) i++;
        if (i + 1 - start >= 22) spec.scanErr = "invalid format string to 'format'";
      } else {
        while (i < n && FLAGS.includes(fmt[i]!)) i++;
        if (i - start >= 6) spec.scanErr = 'invalid format (repeated flags)';
        else {
          if (isDigit(fmt, i)) i++;
          if (isDigit(fmt, i)) i++;
          if (fmt.charCodeAt(i) === 46) {
            i++;
            if (isDigit(fmt, i)) i++;
            if (isDigit(fmt, i)) i++;
          }
          if (isDigit(fmt, i)) spec.scanErr = 'invalid format (width or precision too long)';
        }
      }
      const conv = i < n ? fmt.charCodeAt(i) : 0;
      spec.conv = conv;
      spec.text = '%' + fmt.slice(start, i) + (i < n ? fmt[i] : '');
      parseSpec(fmt, start, i, spec);
      if (spec.scanErr === null) {
        switch (conv) {
          case 99: spec.flagErr = checkSpec(spec, '-', false); break;
          case 100: case 105: spec.flagErr = checkSpec(spec, '-+ 0', true); break;
          case 117: spec.flagErr = checkSpec(spec, '-0', true); break;
          case 111: case 120: case 88: spec.flagErr = checkSpec(spec, '-#0', true); break;
          case 97: case 65:
            if (!hexFloats) spec.scanErr = invalidOption(spec, conv);
            else spec.flagErr = checkSpec(spec, '-+ #0', true);
            break;
          case 101: case 69: case 102: case 103: case 71: spec.flagErr = checkSpec(spec, '-+ #0', true); break;
          case 112:
            if (!strict) spec.scanErr = invalidOption(spec, conv);
            else spec.flagErr = checkSpec(spec, '-', false);
            break;
          case 113:
            if (strict && spec.text.length > 2) spec.flagErr = "specifier '%q' cannot have modifiers";
            break;
          case 115: spec.flagErr = checkSpec(spec, '-', true); break;
          default: spec.scanErr = invalidOption(spec, conv);
        }
        if (!strict) spec.flagErr = null;
      }
      pieces.push(lit);
      specs.push(spec);
      lit = '';
      from = i + 1;
      pct = from < n ? fmt.indexOf('%', from) : -1;
    }
    pieces.push(lit + fmt.slice(from));
    cf = { pieces, specs };
    if (formatCache.size >= 512) formatCache.clear();
    formatCache.set(fmt, cf);
    return cf;
  };
  const formatCache = new Map<string, CFormat>();

  const format = name('string.format', function format(...args: LuaValue[]): LuaValue {
    const self = format as LuaCallable;
    const f0 = args[0];
    const fmt = typeof f0 === 'string' ? f0 : checkString(rt, self, args, 1);
    const cf = compileFormat(fmt);
    const specs = cf.specs;
    const pieces = cf.pieces;
    // pieces joined at the end: a flat string (a rope of `+=` costs far more to keep and read)
    const parts: string[] = [pieces[0]!];
    const top = args.length;
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[k]!;
      const arg = k + 2;
      if (arg > top) argError(rt, self, arg, 'no value');
      if (spec.scanErr !== null) luaError(rt, spec.scanErr);
      const v = args[arg - 1];
      const conv = spec.conv;
      let item: string;
      switch (conv) {
        case 99: /* c */ {
          if (spec.flagErr !== null) luaError(rt, spec.flagErr);
          let c: number;
          if (ints) {
            const iv = checkInteger(rt, self, args, arg);
            c = typeof iv === 'number' ? ((iv % 256) + 256) % 256 : Number(BigInt.asUintN(8, iv));
          } else {
            // 5.1 converts the double to a C int; 5.2 goes through lua_Integer (luaL_checkint)
            const x = toFloat(checkNumber(rt, self, args, arg));
            c = rangeChecks ? lowByte64(x) : lowByte(x);
          }
          item = pad(String.fromCharCode(c), '', spec, false);
          break;
        }
        case 100: case 105: /* d i */
        case 117: /* u */
        case 111: case 120: case 88: /* o x X */ {
          let iv: number | bigint;
          if (ints) {
            iv = typeof v === 'number' && Number.isInteger(v) ? v : checkInteger(rt, self, args, arg);
            if (spec.flagErr !== null) luaError(rt, spec.flagErr);
          } else {
            const f = typeof v === 'number' ? v : toFloat(checkNumber(rt, self, args, arg));
            iv = conv === 100 || conv === 105 ? floatToInt64(rt, self, arg, f, rangeChecks) : floatToUint64(rt, self, arg, f, rangeChecks);
          }
          if (typeof iv === 'number' && spec.text.length === 2 && (conv === 100 || conv === 105)) item = String(iv);
          else item = fmtInt(iv, spec);
          break;
        }
        case 97: case 65: /* a A */
          if (spec.flagErr !== null) luaError(rt, spec.flagErr);
          item = fmtFloat(toFloat(checkNumber(rt, self, args, arg)), spec, v === POS_NAN);
          break;
        case 101: case 69: case 102: case 103: case 71: /* e E f g G */ {
          const x = typeof v === 'number' ? v : toFloat(checkNumber(rt, self, args, arg));
          if (spec.flagErr !== null) luaError(rt, spec.flagErr);
          item = fmtFloat(x, spec, v === POS_NAN);
          break;
        }
        case 112: /* p */ {
          const addr = pointerOf(v);
          if (spec.flagErr !== null) luaError(rt, spec.flagErr);
          item = pad(addr, '', spec, false);
          break;
        }
        case 113: /* q */ {
          if (spec.flagErr !== null) luaError(rt, spec.flagErr);
          parts.push(quoted(self, args, arg), pieces[k + 1]!);
          continue;
        }
        default: /* s */ {
          let s: string;
          if (typeof v === 'string') s = v;
          else if (tostringS) s = tostring(rt, v);
          else s = checkString(rt, self, args, arg);
          if (zerosCheck) {
            if (spec.text.length === 2) {
              parts.push(s, pieces[k + 1]!);
              continue;
            }
            if (s.indexOf('\0') >= 0) argError(rt, self, arg, 'string contains zeros');
            if (spec.flagErr !== null) luaError(rt, spec.flagErr);
          }
          if (spec.prec < 0 && s.length >= 100) {
            parts.push(s, pieces[k + 1]!);
            continue;
          }
          if (!zerosCheck) {
            const z = s.indexOf('\0');
            if (z >= 0) s = s.slice(0, z);
          }
          item = spec.text.length === 2 ? s : fmtString(s, spec);
          break;
        }
      }
      if (!keepNul) {
        const z = item.indexOf('\0');
        if (z >= 0) item = item.slice(0, z);
      }
      parts.push(item, pieces[k + 1]!);
      if (spec.width > 32) rt.charge(spec.width);
    }
    // (a lone conversion, as format('%d', n), is its item)
    const out = parts.length === 3 && parts[0] === '' && parts[2] === '' ? parts[1]! : parts.join('');
    if (out.length > 256) rt.charge(out.length >> 4);
    chargeNewString(rt, out.length);
    return rt.ret1(out);
  });

  /** 5.4's checkformat: the error message for flags or a precision the conversion does not take, or null. */
  function checkSpec(spec: Spec, flags: string, precision: boolean): string | null {
    const t = spec.text;
    let k = 1;
    while (k < t.length && flags.includes(t[k]!)) k++;
    if (t.charCodeAt(k) !== 48 /* 0 */) {
      if (isDigit(t, k)) {
        k++;
        if (isDigit(t, k)) k++;
      }
      if (t.charCodeAt(k) === 46 && precision) {
        k++;
        if (isDigit(t, k)) {
          k++;
          if (isDigit(t, k)) k++;
        }
      }
    }
    const c = t.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return `invalid conversion specification: '${t}'`;
    return null;
  }

  /** The message for an unknown conversion. */
  function invalidOption(spec: Spec, conv: number): string {
    if (strict) {
      let t = spec.text;
      const z = t.indexOf('\0');
      if (z >= 0) t = t.slice(0, z);
      return `invalid conversion '${t}' to 'format'`;
    }
    let ch: string;
    if (escapeChars) ch = conv >= 32 && conv < 127 ? String.fromCharCode(conv) : `<\\${conv}>`;
    else ch = conv === 0 && !keepNul ? '' : String.fromCharCode(conv);
    return `invalid option '%${ch}' to 'format'`;
  }

  function quoted(self: LuaCallable, args: LuaValue[], arg: number): string {
    const v = args[arg - 1];
    if (!quoteLiterals) return quoteString(checkString(rt, self, args, arg), decimalEscapes);
    if (typeof v === 'string') return quoteString(v, decimalEscapes);
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) {
      if (isIntegerValue(v as LuaNumber)) {
        if (typeof v === 'bigint' && v === -(2n ** 63n)) return '0x8000000000000000';
        return String(v);
      }
      const x = toFloat(v as LuaNumber);
      if (floatSpecials) {
        if (x === Infinity) return '1e9999';
        if (x === -Infinity) return '-1e9999';
        if (x !== x) return '(0/0)';
      }
      return fmtFloat(x, HEX_SPEC, v === POS_NAN);
    }
    if (v === undefined || typeof v === 'boolean') return tostring(rt, v);
    argError(rt, self, arg, 'value has no literal form');
  }

  function pointerOf(v: LuaValue): string {
    if (typeof v === 'string') {
      let a = stringAddresses.get(v);
      if (a === undefined) {
        if (stringAddresses.size >= MAX_STRING_ADDRESSES) stringAddresses.clear();
        a = '0x' + (0x5500000000 + nextStringAddress).toString(16).padStart(12, '0');
        nextStringAddress += 0x20;
        stringAddresses.set(v, a);
      }
      return a;
    }
    if (v === undefined || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) return '(null)';
    return addressOf(v as object);
  }

  return format;
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function parseSpec(fmt: string, start: number, end: number, spec: Spec): void {
  let i = start;
  for (; i < end; i++) {
    const c = fmt.charCodeAt(i);
    if (c === 45) spec.minus = true;
    else if (c === 43) spec.plus = true;
    else if (c === 32) spec.space = true;
    else if (c === 35) spec.hash = true;
    else if (c === 48) spec.zero = true;
    else break;
  }
  let w = 0;
  while (i < end && isDigit(fmt, i)) w = w * 10 + fmt.charCodeAt(i++) - 48;
  spec.width = w;
  if (i < end && fmt.charCodeAt(i) === 46) {
    i++;
    let p = 0;
    while (i < end && isDigit(fmt, i)) p = p * 10 + fmt.charCodeAt(i++) - 48;
    spec.prec = p;
  }
}

/** The low byte of (int)x as C converts a double (out-of-range values give INT_MIN). */
function lowByte(x: number): number {
  const t = Math.trunc(x);
  if (!(t >= -2147483648 && t <= 2147483647)) return 0;
  return t & 255;
}

/** The low byte of (int)(long long)x (out-of-range values give INT64_MIN, whose low byte is 0). */
function lowByte64(x: number): number {
  const t = Math.trunc(x);
  if (!(t >= -TWO63 && t < TWO63)) return 0;
  if (Number.isSafeInteger(t)) return ((t % 256) + 256) % 256;
  return Number(BigInt.asUintN(8, BigInt(t)));
}

const TWO63 = 2 ** 63;
const TWO64 = 2 ** 64;
const INT64_MIN = -(2n ** 63n);

/** (long long)x as 5.1 does it (x86: out-of-range gives INT64_MIN), or 5.2's checked version. */
function floatToInt64(rt: Runtime, self: LuaCallable, arg: number, x: number, checked: boolean): number | bigint {
  const t = Math.trunc(x);
  if (!(t >= -TWO63 && t < TWO63)) {
    if (checked) argError(rt, self, arg, 'not a number in proper range');
    return INT64_MIN;
  }
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** (unsigned long long)x as 5.1 does it on x86-64, or 5.2's checked version. */
function floatToUint64(rt: Runtime, self: LuaCallable, arg: number, x: number, checked: boolean): number | bigint {
  if (checked) {
    if (!(x > -1 && x < TWO64)) argError(rt, self, arg, 'not a non-negative number in proper range');
    const t = Math.trunc(x);
    return t === 0 ? 0 : Number.isSafeInteger(t) ? t : BigInt(t);
  }
  if (x !== x) return 2n ** 63n;
  const t = Math.trunc(x);
  if (t >= TWO64) return 0;
  if (t >= TWO63) return BigInt(t);
  if (t < -TWO63) return 2n ** 63n;
  if (t < 0) return BigInt.asUintN(64, BigInt(t));
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

