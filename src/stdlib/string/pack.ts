/**
 * string.pack, string.packsize and string.unpack (the manual's "Format Strings for Pack
 * and Unpack"), for a 64-bit little-endian host like the official builds: native int 4
 * bytes, short 2, long/size_t/lua_Integer/lua_Number 8, native maximum alignment 8.
 *
 * Invariant: a format string is read up to its first NUL (the C implementation reads it as
 * a C string); errors and their order follow the reference implementation.
 */
import { chargeNewString } from '../../runtime/alloc.js';
import { LuaError as LuaErrorCtor } from '../../runtime/errors.js';
import { mkFloat, mkInt, POS_NAN, toBig, toFloat } from '../../runtime/numbers.js';
import type { LuaCallable, Runtime } from '../../runtime/runtime.js';
import type { LuaValue } from '../../runtime/value.js';
import { argError, checkInteger, checkNumber, checkString, luaError } from '../aux.js';
import { CTYPE } from './pattern.js';

const enum K {
  Int, Uint, Float, Double, Char, String, Zstr, Padding, Paddalign, Nop,
}

const MAXINTSIZE = 16;
const SZINT = 8;
const NATIVE_MAXALIGN = 8;
/** Longest string the host can build (V8's limit); longer results are "not enough memory". */
export const MAX_STRING = 0x1fffffe8;

interface Header {
  little: boolean;
  maxalign: number;
}

/** The state of reading a format string. */
interface FmtState {
  fmt: string;
  pos: number;
  size: number;
  ntoalign: number;
}

export interface PackFunctions {
  pack: LuaCallable;
  packsize: LuaCallable;
  unpack: LuaCallable;
}

export function makePackFunctions(rt: Runtime, name: (q: string, f: (...args: LuaValue[]) => LuaValue) => LuaCallable): PackFunctions {
  const has = rt.dialect.has;
  const intMaxLimit = has.stringLimitIntMax;
  /** MAXSIZE of lstrlib: INT_MAX (5.3, 5.4) or the largest lua_Integer (approximated). */
  const MAXSIZE = intMaxLimit ? 0x7fffffff : Number.MAX_SAFE_INTEGER;
  const getnumLimit = Math.floor((MAXSIZE - 9) / 10);
  const escapeChars = has.fstringEscapesControlChars;

  function getnum(st: FmtState, df: number): number {
    const fmt = st.fmt;
    let c = fmt.charCodeAt(st.pos);
    if (!(c >= 48 && c <= 57)) return df;
    let a = 0;
    do {
      a = a * 10 + (c - 48);
      st.pos++;
      c = fmt.charCodeAt(st.pos);
    } while (c >= 48 && c <= 57 && a <= getnumLimit);
    return a;
  }

  function getnumlimit(st: FmtState, df: number): number {
    const sz = getnum(st, df);
    if (sz > MAXINTSIZE || sz <= 0) luaError(rt, `integral size (${sz}) out of limits [1,${MAXINTSIZE}]`);
    return sz;
  }

  function getoption(h: Header, st: FmtState): K {
    const opt = st.fmt.charCodeAt(st.pos++);
    st.size = 0;
    switch (opt) {
      case 98: st.size = 1; return K.Int; // b
      case 66: st.size = 1; return K.Uint; // B
      case 104: st.size = 2; return K.Int; // h
      case 72: st.size = 2; return K.Uint; // H
      case 108: st.size = 8; return K.Int; // l
      case 76: st.size = 8; return K.Uint; // L
      case 106: st.size = 8; return K.Int; // j
      case 74: st.size = 8; return K.Uint; // J
      case 84: st.size = 8; return K.Uint; // T
      case 102: st.size = 4; return K.Float; // f
      case 110: st.size = 8; return K.Double; // n
      case 100: st.size = 8; return K.Double; // d
      case 105: st.size = getnumlimit(st, 4); return K.Int; // i
      case 73: st.size = getnumlimit(st, 4); return K.Uint; // I
      case 115: st.size = getnumlimit(st, 8); return K.String; // s
      case 99: // c
        st.size = getnum(st, -1);
        if (st.size === -1) luaError(rt, "missing size for format option 'c'");
        return K.Char;
      case 122: return K.Zstr; // z
      case 120: st.size = 1; return K.Padding; // x
      case 88: return K.Paddalign; // X
      case 32: break;
      case 60: h.little = true; break; // <
      case 62: h.little = false; break; // >
      case 61: h.little = true; break; // =
      case 33: h.maxalign = getnumlimit(st, NATIVE_MAXALIGN); break; // !
      default: {
        const ch = escapeChars && !(CTYPE[opt]! & 8) ? `<\\${opt}>` : String.fromCharCode(opt);
        luaError(rt, `invalid format option '${ch}'`);
      }
    }
    return K.Nop;
  }

  function getdetails(self: LuaCallable, h: Header, totalsize: number, st: FmtState): K {
    const opt = getoption(h, st);
    let align = st.size;
    if (opt === K.Paddalign) {
      if (st.pos >= st.fmt.length) argError(rt, self, 1, "invalid next option for option 'X'");
      const size = st.size;
      const next = getoption(h, st);
      align = st.size;
      st.size = size;
      if (next === K.Char || align === 0) argError(rt, self, 1, "invalid next option for option 'X'");
    }
    if (align <= 1 || opt === K.Char) st.ntoalign = 0;
    else {
      if (align > h.maxalign) align = h.maxalign;
      if ((align & (align - 1)) !== 0) argError(rt, self, 1, 'format asks for alignment not power of 2');
      st.ntoalign = (align - (totalsize & (align - 1))) & (align - 1);
    }
    return opt;
  }

  const formatOf = (self: LuaCallable, args: LuaValue[]): string => {
    const f = checkString(rt, self, args, 1);
    const z = f.indexOf('\0');
    return z >= 0 ? f.slice(0, z) : f;
  };

  const fview = new DataView(new ArrayBuffer(8));

  const pack = name('string.pack', function pack(...args: LuaValue[]): LuaValue {
    const self = pack as LuaCallable;
    const fmt = formatOf(self, args);
    const h: Header = { little: true, maxalign: 1 };
    const st: FmtState = { fmt, pos: 0, size: 0, ntoalign: 0 };
    const parts: string[] = [];
    let arg = 1;
    let totalsize = 0;
    while (st.pos < fmt.length) {
      const opt = getdetails(self, h, totalsize, st);
      const size = st.size;
      totalsize += st.ntoalign + size;
      if (st.ntoalign > 0) parts.push('\0'.repeat(st.ntoalign));
      arg++;
      // (str_pack pushes a nil after its arguments: a missing one is "nil", not "no value")
      if (arg > args.length && opt !== K.Padding && opt !== K.Paddalign && opt !== K.Nop) args.length = arg;
      switch (opt) {
        case K.Int: {
          const n = checkInteger(rt, self, args, arg);
          if (size < SZINT) {
            const lim = 2 ** (size * 8 - 1);
            if (!(-lim <= n && n < lim)) argError(rt, self, arg, 'integer overflow');
          }
          parts.push(packInt(toBig(n), h.little, size, n < 0));
          break;
        }
        case K.Uint: {
          const n = checkInteger(rt, self, args, arg);
          if (size < SZINT && !(n >= 0 && n < 2 ** (size * 8))) argError(rt, self, arg, 'unsigned overflow');
          parts.push(packInt(toBig(n), h.little, size, false));
          break;
        }
        case K.Float:
        case K.Double: {
          const v = checkNumber(rt, self, args, arg);
          const x = toFloat(v);
          if (x !== x) {
            // C's default NaN has its sign bit set; POS_NAN (a negated NaN) has not
            const hi = (v === POS_NAN ? 0 : 0x80000000) | (size === 4 ? 0x7fc00000 : 0x7ff80000);
            fview.setUint32(0, 0);
            fview.setUint32(size === 4 ? 0 : 4, 0);
            if (size === 4) fview.setUint32(0, hi >>> 0, h.little);
            else {
              fview.setUint32(h.little ? 4 : 0, hi >>> 0, h.little);
              fview.setUint32(h.little ? 0 : 4, 0, h.little);
            }
          } else if (size === 4) fview.setFloat32(0, x, h.little);
          else fview.setFloat64(0, x, h.little);
          let s = '';
          for (let i = 0; i < size; i++) s += String.fromCharCode(fview.getUint8(i));
          parts.push(s);
          break;
        }
        case K.Char: {
          const s = checkString(rt, self, args, arg);
          if (s.length > size) argError(rt, self, arg, 'string longer than given size');
          checkSize(totalsize);
          parts.push(s);
          if (s.length < size) parts.push('\0'.repeat(size - s.length));
          break;
        }
        case K.String: {
          const s = checkString(rt, self, args, arg);
          if (size < 8 && s.length >= 2 ** (size * 8)) argError(rt, self, arg, 'string length does not fit in given size');
          parts.push(packInt(BigInt(s.length), h.little, size, false));
          parts.push(s);
          totalsize += s.length;
          break;
        }
        case K.Zstr: {
          const s = checkString(rt, self, args, arg);
          if (s.indexOf('\0') >= 0) argError(rt, self, arg, 'string contains zeros');
          parts.push(s, '\0');
          totalsize += s.length + 1;
          break;
        }
        case K.Padding:
          parts.push('\0');
          arg--;
          break;
        default:
          arg--;
          break;
      }
      checkSize(totalsize);
    }
    rt.charge(totalsize >> 4);
    chargeNewString(rt, totalsize);
    return rt.ret1(parts.join(''));
  });

  const checkSize = (n: number): void => {
    if (n > MAX_STRING) throw new LuaErrorCtor('not enough memory');
  };

  const packsize = name('string.packsize', function packsize(...args: LuaValue[]): LuaValue {
    const self = packsize as LuaCallable;
    const fmt = formatOf(self, args);
    const h: Header = { little: true, maxalign: 1 };
    const st: FmtState = { fmt, pos: 0, size: 0, ntoalign: 0 };
    let totalsize = 0;
    while (st.pos < fmt.length) {
      const opt = getdetails(self, h, totalsize, st);
      if (opt === K.String || opt === K.Zstr) argError(rt, self, 1, 'variable-length format');
      const size = st.size + st.ntoalign;
      if (!(totalsize <= MAXSIZE - size)) argError(rt, self, 1, 'format result too large');
      totalsize += size;
    }
    return rt.ret1(totalsize);
  });

  const unpack = name('string.unpack', function unpack(...args: LuaValue[]): LuaValue {
    const self = unpack as LuaCallable;
    const fmt = formatOf(self, args);
    const data = checkString(rt, self, args, 2);
    const ld = data.length;
    let pos: number;
    const i = args[2] === undefined ? 1 : checkIntArg(self, args, 3);
    if (has.unpackClampsPosition) {
      pos = (i > 0 ? i : i === 0 || i < -ld ? 1 : ld + i + 1) - 1;
    } else {
      pos = (i >= 0 ? i : -i > ld ? 0 : ld + i + 1) - 1;
      if (pos < 0) pos = Infinity;
    }
    if (!(pos <= ld)) argError(rt, self, 3, 'initial position out of string');
    const h: Header = { little: true, maxalign: 1 };
    const st: FmtState = { fmt, pos: 0, size: 0, ntoalign: 0 };
    const out: LuaValue[] = [];
    while (st.pos < fmt.length) {
      const opt = getdetails(self, h, pos, st);
      const size = st.size;
      if (st.ntoalign + size > ld - pos) argError(rt, self, 2, 'data string too short');
      pos += st.ntoalign;
      if (out.length >= 999900) luaError(rt, 'stack overflow (too many results)');
      switch (opt) {
        case K.Int:
        case K.Uint:
          out.push(unpackInt(data, pos, h.little, size, opt === K.Int));
          break;
        case K.Float:
        case K.Double: {
          for (let k = 0; k < size; k++) fview.setUint8(k, data.charCodeAt(pos + k));
          const x = size === 4 ? fview.getFloat32(0, h.little) : fview.getFloat64(0, h.little);
          if (x !== x) {
            const signByte = data.charCodeAt(pos + (h.little ? size - 1 : 0));
            out.push(signByte & 0x80 ? NaN : POS_NAN);
          } else out.push(mkFloat(x));
          break;
        }
        case K.Char:
          out.push(data.slice(pos, pos + size));
          break;
        case K.String: {
          const len = unpackInt(data, pos, h.little, size, false);
          if (!(typeof len === 'number' && len >= 0 && len <= ld - pos - size)) argError(rt, self, 2, 'data string too short');
          out.push(data.slice(pos + size, pos + size + len));
          pos += len;
          break;
        }
        case K.Zstr: {
          let z = data.indexOf('\0', pos);
          if (z < 0) {
            if (has.unpackZChecksEnd) argError(rt, self, 2, "unfinished string for format 'z'");
            z = ld;
          }
          out.push(data.slice(pos, z));
          pos = z + 1;
          break;
        }
        default:
          break;
      }
      pos += size;
    }
    out.push(pos + 1);
    rt.charge(out.length);
    return rt.ret(out);
  });

  const checkIntArg = (self: LuaCallable, args: LuaValue[], n: number): number => {
    const v = checkInteger(rt, self, args, n);
    return typeof v === 'number' ? v : v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  };

  /** Reads a size-byte integer (checking that bytes beyond 8 are a sign extension). */
  function unpackInt(data: string, pos: number, little: boolean, size: number, signed: boolean): number | bigint {
    const limit = size <= SZINT ? size : SZINT;
    if (limit <= 6) {
      // fits a double exactly
      let res = 0;
      for (let k = limit - 1; k >= 0; k--) res = res * 256 + data.charCodeAt(pos + (little ? k : size - 1 - k));
      if (size < SZINT) {
        if (signed && res >= 2 ** (size * 8 - 1)) res -= 2 ** (size * 8);
        return res;
      }
    }
    let res = 0n;
    for (let k = limit - 1; k >= 0; k--) res = (res << 8n) | BigInt(data.charCodeAt(pos + (little ? k : size - 1 - k)));
    if (size < SZINT) {
      if (signed) res = BigInt.asIntN(size * 8, res);
    } else if (size > SZINT) {
      const mask = !signed || BigInt.asIntN(64, res) >= 0n ? 0 : 0xff;
      for (let k = limit; k < size; k++) {
        if (data.charCodeAt(pos + (little ? k : size - 1 - k)) !== mask) luaError(rt, `${size}-byte integer does not fit into Lua Integer`);
      }
    }
    return mkInt(res);
  }

  return { pack, packsize, unpack };
}

/** The bytes of the low `size` bytes of v (two's complement), sign-extended past 8 bytes. */
function packInt(v: bigint, little: boolean, size: number, neg: boolean): string {
  const bytes = new Array<number>(size);
  let u = BigInt.asUintN(64, v);
  for (let i = 0; i < size; i++) {
    let b: number;
    if (i < SZINT) {
      b = Number(u & 0xffn);
      u >>= 8n;
    } else b = neg ? 0xff : 0;
    bytes[little ? i : size - 1 - i] = b;
  }
  return String.fromCharCode(...bytes);
}

