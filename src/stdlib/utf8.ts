/**
 * The utf8 library (lutf8lib's role), 5.3+.
 *
 * Invariants:
 * - Strings are byte strings (one char per byte); positions are 1-based byte positions,
 *   negative ones counting from the end (u_posrelat).
 * - Decoding follows the reference decoder: up to 4 bytes and U+10FFFF in 5.3 (surrogates
 *   accepted); from 5.4 up to 6 bytes and 2^31-1, with a strict mode (the default) that
 *   rejects surrogates and values above U+10FFFF, and a 'lax' flag that accepts them.
 *   Overlong forms are always invalid.
 */
import { chargeNewString } from '../runtime/alloc.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';
import { argError, checkInteger, checkString, luaError, optInteger, register, type Native } from './aux.js';

const MAXUNICODE = 0x10ffff;
const MAXUTF = 0x7fffffff;

const isCont = (s: string, i: number): boolean => (s.charCodeAt(i) & 0xc0) === 0x80;

/** Minimum code of each sequence length (overlong check), 5.4 table. */
const LIMITS = [Infinity, 0x80, 0x800, 0x10000, 0x200000, 0x4000000];

/** The UTF-8 encoding of a code (up to 6 bytes for codes up to 2^31-1), as a byte string. */
export function utf8Encode(x: number): string {
  if (x < 0x80) return String.fromCharCode(x);
  const bytes: number[] = [];
  let mfb = 0x3f; // largest value that fits in the first byte
  do {
    bytes.push(0x80 | (x & 0x3f));
    x = Math.floor(x / 64);
    mfb >>= 1;
  } while (x > mfb);
  bytes.push(((~mfb << 1) & 0xff) | x);
  bytes.reverse();
  return String.fromCharCode(...bytes);
}

/** A decoded character: its code and the position after it. */
interface Decoded {
  code: number;
  next: number;
}

export function openUtf8(rt: Runtime, G: LuaTable): void {
  const has = rt.dialect.has;
  const lax54 = has.utf8Lax;
  const fns: Record<string, Native> = {};
  const MSG = 'invalid UTF-8 code';
  const outOfRange = lax54 ? 'out of bounds' : 'out of range';

  /** Decodes the character at byte index i (0-based); null when invalid. */
  const decode = (s: string, i: number, strict: boolean): Decoded | null => {
    let c = s.charCodeAt(i) || 0;
    let res = 0;
    let next = i + 1;
    if (c >= 0x80) {
      let count = 0;
      for (; c & 0x40; c <<= 1) {
        const cc = s.charCodeAt(i + ++count) || 0;
        if ((cc & 0xc0) !== 0x80) return null;
        res = res * 64 + (cc & 0x3f);
      }
      if (lax54) {
        if (count > 5) return null;
        res += (c & 0x7f) * 2 ** (count * 5);
        if (res > MAXUTF || res < LIMITS[count]!) return null;
      } else {
        if (count > 3) return null;
        res += (c & 0x7f) * 2 ** (count * 5);
        if (res > MAXUNICODE || res <= [0xff, 0x7f, 0x7ff, 0xffff][count]!) return null;
      }
      next = i + count + 1;
    } else res = c;
    if (strict && lax54 && (res > MAXUNICODE || (res >= 0xd800 && res <= 0xdfff))) return null;
    return { code: res, next };
  };

  /** u_posrelat: a relative position as an absolute one (0 when before the start). */
  const posrelat = (pos: number, len: number): number => (pos >= 0 ? pos : -pos > len ? 0 : len + pos + 1);

  /** An integer argument clamped to the safe range. */
  const intArg = (self: LuaCallable, args: LuaValue[], n: number, def: number): number => {
    const v = optInteger(rt, self, args, n, def);
    return typeof v === 'number' ? v : v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  };

  fns.char = function char(...args: LuaValue[]): LuaValue {
    const self = char as LuaCallable;
    let out = '';
    for (let i = 1; i <= args.length; i++) {
      const code = checkInteger(rt, self, args, i);
      const ok = lax54 ? code >= 0 && code <= MAXUTF : code >= 0 && code <= MAXUNICODE;
      if (!ok) argError(rt, self, i, 'value out of range');
      out += utf8Encode(Number(code));
    }
    chargeNewString(rt, out.length);
    return rt.ret1(out);
  };

  fns.codepoint = function codepoint(...args: LuaValue[]): LuaValue {
    const self = codepoint as LuaCallable;
    const s = checkString(rt, self, args, 1);
    const len = s.length;
    const posi = posrelat(intArg(self, args, 2, 1), len);
    const pose = posrelat(intArg(self, args, 3, posi), len);
    const strict = !(lax54 && args[3] !== undefined && args[3] !== false);
    if (posi < 1) argError(rt, self, 2, outOfRange);
    if (pose > len) argError(rt, self, 3, outOfRange);
    if (posi > pose) return rt.ret0();
    const out: LuaValue[] = [];
    for (let i = posi - 1; i < pose;) {
      const d = decode(s, i, strict);
      if (d === null) luaError(rt, MSG);
      out.push(d.code);
      i = d.next;
    }
    return rt.ret(out);
  };

  fns.len = function len(...args: LuaValue[]): LuaValue {
    const self = len as LuaCallable;
    const s = checkString(rt, self, args, 1);
    const n = s.length;
    let posi = posrelat(intArg(self, args, 2, 1), n);
    let posj = posrelat(intArg(self, args, 3, -1), n);
    const strict = !(lax54 && args[3] !== undefined && args[3] !== false);
    if (!(posi >= 1 && --posi <= n)) argError(rt, self, 2, lax54 ? 'initial position out of bounds' : 'initial position out of string');
    if (!(--posj < n)) argError(rt, self, 3, lax54 ? 'final position out of bounds' : 'final position out of string');
    let count = 0;
    while (posi <= posj) {
      const d = decode(s, posi, strict);
      if (d === null) return rt.ret2(undefined, posi + 1);
      posi = d.next;
      count++;
    }
    return rt.ret1(count);
  };

  fns.offset = function offset(...args: LuaValue[]): LuaValue {
    const self = offset as LuaCallable;
    const s = checkString(rt, self, args, 1);
    const len = s.length;
    let n = intArg(self, args, 2, 0);
    if (args[1] === undefined) checkInteger(rt, self, args, 2);
    let posi = posrelat(intArg(self, args, 3, n >= 0 ? 1 : len + 1), len);
    if (!(posi >= 1 && --posi <= len)) argError(rt, self, 3, lax54 ? 'position out of bounds' : 'position out of range');
    if (n === 0) {
      while (posi > 0 && isCont(s, posi)) posi--;
    } else {
      if (isCont(s, posi)) luaError(rt, 'initial position is a continuation byte');
      if (n < 0) {
        while (n < 0 && posi > 0) {
          do posi--;
          while (posi > 0 && isCont(s, posi));
          n++;
        }
      } else {
        n--;
        while (n > 0 && posi < len) {
          do posi++;
          while (isCont(s, posi));
          n--;
        }
      }
    }
    if (n !== 0) return rt.ret1(undefined);
    if (!has.utf8OffsetEnd) return rt.ret1(posi + 1);
    const start = posi + 1;
    if ((s.charCodeAt(posi) || 0) & 0x80) {
      do posi++;
      while (isCont(s, posi + 1));
    }
    return rt.ret2(start, posi + 1);
  };

  // ---- codes: the iterator differs per version (see the file comment of each case)
  const iterAux = (strict: boolean): Native => unnamed(function codesAux(...args: LuaValue[]): LuaValue {
    const s = checkString(rt, codesAux as LuaCallable, args, 1);
    const len = s.length;
    const ctl = args[1];
    const ci = typeof ctl === 'number' && Number.isInteger(ctl) ? ctl : toIntegerOrZero(ctl);
    let n: number;
    if (!lax54) {
      // 5.3: the control is the position of the previous character
      n = ci - 1;
      if (n < 0) n = 0;
      else if (n < len) {
        n++;
        while (isCont(s, n)) n++;
      }
    } else {
      n = ci;
      if (n < 0) return rt.ret0(); // as unsigned: beyond any string
      if (n < len) while (isCont(s, n)) n++;
    }
    if (n >= len) return rt.ret0();
    const d = decode(s, n, strict);
    if (d === null) luaError(rt, MSG);
    if (has.utf8StrictCodes || !lax54) {
      if (isCont(s, d.next)) luaError(rt, MSG);
    }
    return rt.ret2(n + 1, d.code);
  });
  const auxStrict = iterAux(true);
  const auxLax = iterAux(false);

  fns.codes = function codes(...args: LuaValue[]): LuaValue {
    const self = codes as LuaCallable;
    const lax = lax54 && args[1] !== undefined && args[1] !== false;
    const s = checkString(rt, self, args, 1);
    if (has.utf8StrictCodes && isCont(s, 0)) argError(rt, self, 1, MSG);
    return rt.ret3(lax ? auxLax : auxStrict, s, 0);
  };

  const U = new LuaTable();
  register(U, 'utf8', fns);
  U.setStr('charpattern', lax54 ? '[\0-\x7F\xC2-\xFD][\x80-\xBF]*' : '[\0-\x7F\xC2-\xF4][\x80-\xBF]*');
  G.setStr('utf8', U);
}

/** A native without a qualified name: messages call it '?' unless its call site names it. */
function unnamed(fn: Native): Native {
  (fn as LuaCallable).N = '?';
  return fn;
}

/** lua_tointeger of a control value: integers (floats with exact values, numeric strings), else 0. */
function toIntegerOrZero(v: LuaValue): number {
  if (typeof v === 'number') return Number.isInteger(v) ? v : 0;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (v instanceof LuaFloat) {
    const n = v.n;
    return Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : 0;
  }
  if (typeof v === 'string') {
    const n = Number(v);
    return Number.isInteger(n) ? n : 0;
  }
  return 0;
}
