/**
 * The string library (lstrlib's role) for every dialect: byte, char, dump, find, format,
 * gmatch (and 5.1's gfind), gsub, len, lower, match, rep, reverse, sub, upper, and from
 * 5.3 pack, packsize and unpack; plus the string metatable (its __index is the string
 * table) with, from 5.4, the arithmetic metamethods that convert numeric strings.
 *
 * Pattern matching lives in string/pattern.ts, string.format in string/format.ts and the
 * binary packing functions in string/pack.ts.
 *
 * Invariant: strings are byte strings (one char per byte); every function charges the
 * instruction budget in proportion to the bytes it produces or scans.
 */
import { chargeNewString, chargeString } from '../runtime/alloc.js';
import { LuaError } from '../runtime/errors.js';
import { stringToNumber, type LuaNumber } from '../runtime/numbers.js';
import { arithNumbers, metamethod, Op, typeName } from '../runtime/ops.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';
import {
  argError, checkInteger, checkString, luaError, native, optString, typeError, type Native,
} from './aux.js';
import { makeFormat } from './string/format.js';
import { makePackFunctions, MAX_STRING } from './string/pack.js';
import { checkPos, makePatternFunctions, patternConfig } from './string/pattern.js';

/** One-char strings for string.char. */
const CHARS: string[] = [];
for (let c = 0; c < 256; c++) CHARS.push(String.fromCharCode(c));

/** Byte maps for lower/upper in the C locale (only ASCII letters change). */
const TO_LOWER = new Uint8Array(256);
const TO_UPPER = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  TO_LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
  TO_UPPER[c] = c >= 97 && c <= 122 ? c - 32 : c;
}
/** Whether a byte string is all ASCII (a loop: no regular expression at any stack depth). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function mapBytes(s: string, map: Uint8Array): string {
  const b = Buffer.from(s, 'latin1');
  for (let i = 0; i < b.length; i++) b[i] = map[b[i]!]!;
  return b.toString('latin1');
}

/** A native's actual arguments (slow paths: conversions and error messages). */
function argList(a: IArguments): LuaValue[] {
  return Array.prototype.slice.call(a) as LuaValue[];
}

/** A string from char codes (chunked to keep argument lists short). */
function fromCodes(codes: number[]): string {
  const n = codes.length;
  if (n <= 4096) return String.fromCharCode.apply(null, codes);
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return out;
}

/** Raised where the host cannot build a string that large (a memory error: no position). */
function notEnoughMemory(): never {
  throw new LuaError('not enough memory');
}

/** Start of an interval from a (1-based, possibly negative) position: posrelatI. */
function startPos(i: number, len: number): number {
  if (i > 0) return i;
  if (i === 0) return 1;
  if (i < -len) return 1;
  return len + i + 1;
}

/** End of an interval (getendpos): clipped to [0, len]. */
function endPos(j: number, len: number): number {
  if (j > len) return len;
  if (j >= 0) return j;
  if (j < -len) return 0;
  return len + j + 1;
}

/**
 * string.dump's format (Luna-specific; loading it back is the loader's job):
 *   "\x1bLua" "Luna" "\0" <JSON>
 * where JSON is an object { v: 1, dialect, chunkName, text, line, lastLine, params,
 * vararg, upvalues, strip }: `text` is the function's source text as written (the whole
 * chunk for a main function, else the text of the function expression/statement from its
 * start), `line` the line it starts at, `upvalues` the names of its upvalues. The JSON is
 * plain ASCII except for bytes 0x80-0xFF of the source, kept as they are.
 */
export const DUMP_SIGNATURE = '\x1bLuaLuna\0';

export function openString(rt: Runtime, G: LuaTable): LuaTable {
  const has = rt.dialect.has;
  const S = new LuaTable();
  const fns: Record<string, LuaCallable> = {};
  const mk = (q: string, f: Native): LuaCallable => native(q, f);
  const maxResults = (nargs: number): number => (has.smallResultLimit ? 8000 - nargs : 1000000 - 40 - nargs);

  fns.len = mk('string.len', function len(s: LuaValue): LuaValue {
    return rt.ret1(typeof s === 'string' ? s.length : checkString(rt, fns.len!, argList(arguments), 1).length);
  } as Native);

  const subSlow = (args: LuaValue[]): LuaValue => {
    const self = fns.sub!;
    const s = checkString(rt, self, args, 1);
    const i = checkPos(rt, self, args, 2);
    const j = args[2] === undefined ? -1 : checkPos(rt, self, args, 3);
    return sub(s, i, j);
  };
  const sub = (s: string, i: number, j: number): LuaValue => {
    const l = s.length;
    const start = startPos(i, l);
    const end = endPos(j, l);
    if (start > end) return rt.ret1('');
    if (start === 1 && end === l) return rt.ret1(s);
    chargeString(end - start + 1);
    return rt.ret1(s.slice(start - 1, end));
  };
  fns.sub = mk('string.sub', function sub_(s: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
    if (typeof s === 'string' && typeof a === 'number' && (a | 0) === a) {
      if (b === undefined) return sub(s, a, -1);
      if (typeof b === 'number' && (b | 0) === b) return sub(s, a, b);
    }
    return subSlow(argList(arguments));
  } as Native);

  const byte = (s: string, pi: number, pj: number, nargs: number): LuaValue => {
    const l = s.length;
    const posi = startPos(pi, l);
    const pose = endPos(pj, l);
    if (posi > pose) return rt.ret0();
    const n = pose - posi + 1;
    if (n === 1) return rt.ret1(s.charCodeAt(posi - 1));
    if (n > maxResults(nargs)) luaError(rt, 'stack overflow (string slice too long)');
    const rets = rt.rets;
    for (let k = 1; k < n; k++) rets[k] = s.charCodeAt(posi - 1 + k);
    rt.nret = n;
    if (n > 64) rt.charge(n >> 3);
    return s.charCodeAt(posi - 1);
  };
  fns.byte = mk('string.byte', function byte_(s: LuaValue, a: LuaValue, b: LuaValue): LuaValue {
    if (typeof s === 'string') {
      if (a === undefined) {
        if (b === undefined) return s.length > 0 ? rt.ret1(s.charCodeAt(0)) : rt.ret0();
      } else if (typeof a === 'number' && (a | 0) === a) {
        if (b === undefined) return byte(s, a, a, arguments.length);
        if (typeof b === 'number' && (b | 0) === b) return byte(s, a, b, arguments.length);
      }
    }
    const args = argList(arguments);
    const self = fns.byte!;
    const str = checkString(rt, self, args, 1);
    const pi = args[1] === undefined ? 1 : checkPos(rt, self, args, 2);
    const pj = args[2] === undefined ? pi : checkPos(rt, self, args, 3);
    return byte(str, pi, pj, args.length);
  } as Native);

  fns.char = mk('string.char', function char(c: LuaValue): LuaValue {
    const n = arguments.length;
    if (n === 1 && typeof c === 'number' && c >= 0 && c <= 255 && (c | 0) === c) return rt.ret1(CHARS[c]!);
    if (n <= 16) {
      // all bytes given as integers (the common case): no array copies
      let ok = true;
      for (let i = 0; i < n; i++) {
        const v: unknown = arguments[i];
        if (!(typeof v === 'number' && (v | 0) === v && v >= 0 && v <= 255)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        chargeNewString(rt, n);
        return rt.ret1(String.fromCharCode.apply(null, arguments as unknown as number[]));
      }
    }
    const args = argList(arguments);
    const self = fns.char!;
    const codes = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const v = args[i];
      const k = typeof v === 'number' && (v | 0) === v ? v : checkPos(rt, self, args, i + 1);
      if (!(k >= 0 && k <= 255)) argError(rt, self, i + 1, has.charValueOutOfRange ? 'value out of range' : 'invalid value');
      codes[i] = k;
    }
    if (n > 64) rt.charge(n >> 3);
    chargeNewString(rt, n);
    return rt.ret1(fromCodes(codes));
  } as Native);

  fns.lower = mk('string.lower', function lower(s0: LuaValue): LuaValue {
    const s = typeof s0 === 'string' ? s0 : checkString(rt, fns.lower!, argList(arguments), 1);
    if (s.length > 256) rt.charge(s.length >> 4);
    chargeNewString(rt, s.length);
    if (isAscii(s)) return rt.ret1(s.toLowerCase());
    return rt.ret1(mapBytes(s, TO_LOWER));
  } as Native);

  fns.upper = mk('string.upper', function upper(s0: LuaValue): LuaValue {
    const s = typeof s0 === 'string' ? s0 : checkString(rt, fns.upper!, argList(arguments), 1);
    if (s.length > 256) rt.charge(s.length >> 4);
    chargeNewString(rt, s.length);
    if (isAscii(s)) return rt.ret1(s.toUpperCase());
    return rt.ret1(mapBytes(s, TO_UPPER));
  } as Native);

  fns.reverse = mk('string.reverse', function reverse(s0: LuaValue): LuaValue {
    const s = typeof s0 === 'string' ? s0 : checkString(rt, fns.reverse!, argList(arguments), 1);
    const l = s.length;
    if (l < 2) return rt.ret1(s);
    chargeNewString(rt, l);
    if (l <= 32) {
      let r = '';
      for (let k = l - 1; k >= 0; k--) r += s[k];
      return rt.ret1(r);
    }
    rt.charge(l >> 4);
    return rt.ret1(Buffer.from(s, 'latin1').reverse().toString('latin1'));
  } as Native);

  fns.rep = mk('string.rep', function rep(s0: LuaValue, n0: LuaValue, sep0: LuaValue): LuaValue {
    let s: string;
    let n: number | bigint;
    let sep: string;
    if (typeof s0 === 'string' && typeof n0 === 'number' && (n0 | 0) === n0 && (sep0 === undefined || typeof sep0 === 'string')) {
      s = s0;
      n = n0;
      sep = sep0 === undefined || !has.repSeparator ? '' : sep0;
    } else {
      const args = argList(arguments);
      const self = fns.rep!;
      s = checkString(rt, self, args, 1);
      n = checkInteger(rt, self, args, 2);
      sep = has.repSeparator ? optString(rt, self, args, 3, '') : '';
      if (!has.integers) {
        // luaL_checkint: the count is a C int
        n = typeof n === 'number' && n > -(2 ** 63) && n < 2 ** 63 && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n | 0 : 0;
      }
    }
    if (n <= 0) return rt.ret1('');
    const l = s.length;
    const lsep = sep.length;
    const unit = l + lsep;
    if (unit === 0) return rt.ret1('');
    const count = typeof n === 'bigint' ? Number(n) : n;
    const total = l * count + lsep * (count - 1);
    if (total > MAX_STRING) {
      if (has.stringLimitIntMax) {
        if (unit > Math.floor(0x7fffffff / count)) luaError(rt, 'resulting string too large');
      } else if (has.integers && BigInt(unit) > (2n ** 63n - 1n) / BigInt(n)) {
        luaError(rt, 'resulting string too large');
      }
      notEnoughMemory();
    }
    if (total > 64) rt.charge(total >> 4);
    if (count === 1) return rt.ret1(s);
    chargeNewString(rt, total);
    if (lsep === 0) return rt.ret1(s.repeat(count));
    return rt.ret1((s + sep).repeat(count - 1) + s);
  } as Native);

  fns.dump = mk('string.dump', function dump(...args: LuaValue[]): LuaValue {
    const self = fns.dump!;
    const f = args[0];
    const P = typeof f === 'function' ? (f as LuaCallable).P : undefined;
    if (has.dumpNeedsLuaFunction) {
      if (!P) argError(rt, self, 1, 'Lua function expected');
    } else if (typeof f !== 'function') typeError(rt, self, args, 1, 'function');
    if (!P) luaError(rt, 'unable to dump given function');
    const strip = has.dumpStrip && args[1] !== undefined && args[1] !== false;
    const meta = {
      v: 1,
      dialect: rt.dialect.name,
      chunkName: strip ? '=?' : P.source,
      text: P.chunkSource.slice(P.start, P.end),
      line: P.lineDefined,
      lastLine: P.lastLineDefined,
      params: P.numParams,
      vararg: P.isVararg,
      upvalues: P.upvalueNames,
      strip,
    };
    return rt.ret1(DUMP_SIGNATURE + JSON.stringify(meta));
  });

  const cfg = patternConfig(rt);
  const pat = makePatternFunctions(rt, cfg, mk);
  fns.find = pat.find;
  fns.match = pat.match;
  fns.gmatch = pat.gmatch;
  fns.gsub = pat.gsub;
  fns.format = makeFormat(rt, mk);
  if (has.stringPack) {
    const pk = makePackFunctions(rt, mk);
    fns.pack = pk.pack;
    fns.packsize = pk.packsize;
    fns.unpack = pk.unpack;
  }

  for (const [k, f] of Object.entries(fns)) S.setStr(k, f);
  if (has.gfindAlias) S.setStr('gfind', fns.gmatch);
  G.setStr('string', S);

  // ---- the string metatable
  const meta = new LuaTable();
  meta.setStr('__index', S);
  if (has.stringArithmeticMetamethods) addArithmetic(rt, meta);
  rt.stringMeta = meta;
  return S;
}

/** 5.4+: __add & co. for strings (lstrlib's arith functions and trymt). */
function addArithmetic(rt: Runtime, meta: LuaTable): void {
  const tonum = (v: LuaValue): LuaNumber | undefined => {
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) return v;
    if (typeof v === 'string') return stringToNumber(v, 'lua53');
    return undefined;
  };
  const ops: [string, Op][] = [
    ['__add', Op.ADD], ['__sub', Op.SUB], ['__mul', Op.MUL], ['__mod', Op.MOD], ['__pow', Op.POW],
    ['__div', Op.DIV], ['__idiv', Op.IDIV], ['__unm', Op.UNM],
  ];
  for (const [event, op] of ops) {
    const f = native(event, function arith(...args: LuaValue[]): LuaValue {
      const a = args[0];
      const b = args[1];
      const x = tonum(a);
      // (lstrlib's tonum pushes its result: called with one argument, the second operand
      // is the converted first one)
      const y = x === undefined ? undefined : args.length < 2 ? x : tonum(b);
      if (x !== undefined && y !== undefined) {
        if ((op === Op.IDIV || op === Op.MOD) && isIntZero(y) && isInt(x)) {
          throw new LuaError(op === Op.IDIV ? 'attempt to divide by zero' : "attempt to perform 'n%0'");
        }
        return rt.ret1(arithNumbers(rt, op, x, op === Op.UNM ? x : y, 0));
      }
      // trymt: the second operand's metamethod, unless it is a string
      const h = typeof b === 'string' ? undefined : metamethod(rt, b, event);
      if (h === undefined) {
        luaError(rt, `attempt to ${event.slice(2)} a '${typeName(a)}' with a '${typeName(b)}'`);
      }
      return rt.ret1(rt.call(h, [a, b]));
    });
    meta.setStr(event, f);
  }
}

function isInt(v: LuaNumber): boolean {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
}

function isIntZero(v: LuaNumber): boolean {
  return v === 0;
}
