/**
 * The bit32 library (lbitlib's role) of 5.2, kept by 5.3 for compatibility.
 *
 * Invariant: every operation works on the low 32 bits of its arguments and returns an
 * unsigned 32-bit result. Arguments convert as luaL_checkunsigned does: in 5.2 a double
 * is rounded to nearest and taken modulo 2^32 (the IEEE trick of its luaconf.h, which
 * keeps the low 32 bits of `x + 2^52 + 2^51`); in 5.3 it must be an integer (low 32 bits
 * kept). Shift counts and field positions are C ints (5.2: truncated) or Lua integers.
 */
import { toFloat } from '../runtime/numbers.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { argError, checkInteger, checkNumber, luaError, register, type Native } from './aux.js';
import { toCInt } from './table.js';

const conv = new Float64Array(1);
const convWords = new Uint32Array(conv.buffer);

/** 5.2's lua_number2unsigned: the low word of x + 2^52 + 2^51. */
export function number2unsigned(x: number): number {
  conv[0] = x + 6755399441055744.0;
  return convWords[0]!;
}

export function openBit32(rt: Runtime, G: LuaTable): void {
  const ints = rt.hasIntegers;
  const fns: Record<string, Native> = {};

  /** luaL_checkunsigned, reduced to 32 bits. */
  const u32 = (self: LuaCallable, args: LuaValue[], n: number): number => {
    if (!ints) {
      const v = args[n - 1];
      return number2unsigned(typeof v === 'number' ? v : toFloat(checkNumber(rt, self, args, n)));
    }
    const i = checkInteger(rt, self, args, n);
    return typeof i === 'number' ? i >>> 0 : Number(BigInt.asUintN(32, i));
  };
  /** A count (shift, field position or width): a C int in 5.2, a Lua integer (clamped) in 5.3. */
  const count = (self: LuaCallable, args: LuaValue[], n: number): number => {
    if (!ints) return toCInt(toFloat(checkNumber(rt, self, args, n)));
    const i = checkInteger(rt, self, args, n);
    return typeof i === 'number' ? i : i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  };
  /** A rotation amount reduced modulo 32 (from the full integer). */
  const rotation = (self: LuaCallable, args: LuaValue[], n: number): number => {
    if (!ints) return toCInt(toFloat(checkNumber(rt, self, args, n))) & 31;
    const i = checkInteger(rt, self, args, n);
    return typeof i === 'number' ? Number(BigInt.asUintN(5, BigInt(i))) : Number(BigInt.asUintN(5, i));
  };

  const shift = (r: number, i: number): number => {
    if (i < 0) {
      i = -i;
      return i >= 32 ? 0 : r >>> i;
    }
    return i >= 32 ? 0 : (r << i) >>> 0;
  };

  fns.band = function band(...args: LuaValue[]): LuaValue {
    let r = 0xffffffff;
    for (let i = 1; i <= args.length; i++) r = (r & u32(band as LuaCallable, args, i)) >>> 0;
    return rt.ret1(r);
  };
  fns.btest = function btest(...args: LuaValue[]): LuaValue {
    let r = 0xffffffff;
    for (let i = 1; i <= args.length; i++) r = (r & u32(btest as LuaCallable, args, i)) >>> 0;
    return rt.ret1(r !== 0);
  };
  fns.bor = function bor(...args: LuaValue[]): LuaValue {
    let r = 0;
    for (let i = 1; i <= args.length; i++) r = (r | u32(bor as LuaCallable, args, i)) >>> 0;
    return rt.ret1(r);
  };
  fns.bxor = function bxor(...args: LuaValue[]): LuaValue {
    let r = 0;
    for (let i = 1; i <= args.length; i++) r = (r ^ u32(bxor as LuaCallable, args, i)) >>> 0;
    return rt.ret1(r);
  };
  fns.bnot = function bnot(...args: LuaValue[]): LuaValue {
    return rt.ret1(~u32(bnot as LuaCallable, args, 1) >>> 0);
  };
  fns.lshift = function lshift(...args: LuaValue[]): LuaValue {
    const self = lshift as LuaCallable;
    const r = u32(self, args, 1);
    return rt.ret1(shift(r, count(self, args, 2)));
  };
  fns.rshift = function rshift(...args: LuaValue[]): LuaValue {
    const self = rshift as LuaCallable;
    const r = u32(self, args, 1);
    const i = count(self, args, 2);
    return rt.ret1(shift(r, -i));
  };
  fns.arshift = function arshift(...args: LuaValue[]): LuaValue {
    const self = arshift as LuaCallable;
    const r = u32(self, args, 1);
    const i = count(self, args, 2);
    if (i < 0 || !(r & 0x80000000)) return rt.ret1(shift(r, -i));
    if (i >= 32) return rt.ret1(0xffffffff);
    return rt.ret1((r >> i) >>> 0);
  };
  fns.lrotate = function lrotate(...args: LuaValue[]): LuaValue {
    const self = lrotate as LuaCallable;
    const r = u32(self, args, 1);
    const i = rotation(self, args, 2);
    return rt.ret1(i === 0 ? r : ((r << i) | (r >>> (32 - i))) >>> 0);
  };
  fns.rrotate = function rrotate(...args: LuaValue[]): LuaValue {
    const self = rrotate as LuaCallable;
    const r = u32(self, args, 1);
    const i = (32 - rotation(self, args, 2)) & 31;
    return rt.ret1(i === 0 ? r : ((r << i) | (r >>> (32 - i))) >>> 0);
  };

  /** fieldargs: the field position and width arguments, checked. */
  const field = (self: LuaCallable, args: LuaValue[], farg: number): [number, number] => {
    const f = count(self, args, farg);
    const w = args[farg] === undefined ? 1 : count(self, args, farg + 1);
    if (!(f >= 0)) argError(rt, self, farg, 'field cannot be negative');
    if (!(w > 0)) argError(rt, self, farg + 1, 'width must be positive');
    if (f + w > 32) luaError(rt, 'trying to access non-existent bits');
    return [f, w];
  };
  const mask = (w: number): number => (w >= 32 ? 0xffffffff : (1 << w) - 1) >>> 0;

  fns.extract = function extract(...args: LuaValue[]): LuaValue {
    const self = extract as LuaCallable;
    const r = u32(self, args, 1);
    const [f, w] = field(self, args, 2);
    return rt.ret1(((r >>> f) & mask(w)) >>> 0);
  };
  fns.replace = function replace(...args: LuaValue[]): LuaValue {
    const self = replace as LuaCallable;
    const r = u32(self, args, 1);
    let v = u32(self, args, 2);
    const [f, w] = field(self, args, 3);
    const m = mask(w);
    v = (v & m) >>> 0;
    return rt.ret1(((r & ~(m << f)) | (v << f)) >>> 0);
  };

  const B = new LuaTable();
  register(B, 'bit32', fns);
  G.setStr('bit32', B);
}
