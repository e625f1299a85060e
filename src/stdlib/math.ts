/**
 * The math library (lmathlib's role) for every dialect, with the pseudo-random generators
 * of the reference interpreters.
 *
 * Invariants:
 * - Results are canonical numbers (value.ts): in 5.3+ float results go through mkFloat,
 *   integer results are plain numbers or bigints; in 5.1/5.2 every result is a double.
 * - A NaN a function produces from non-NaN arguments is the x86 "default NaN" (sign bit
 *   set, printed "-nan"), as glibc returns it; a NaN argument is passed through.
 * - math.random: 5.1-5.3 use C's rand()/random(), which on glibc is the additive feedback
 *   generator of random_r (TYPE_3, seeded by srandom; the interpreters never seed it, so
 *   the state starts as srandom(1)). 5.4+ use xoshiro256** exactly as lmathlib.c does,
 *   kept as 32-bit halves so no bigint arithmetic runs in the common cases.
 */
import { mkFloat, mkInt, numberToInteger, stringToNumber, toBig, toFloat, type LuaNumber } from '../runtime/numbers.js';
import { lt, numberSyntax } from '../runtime/ops.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';
import {
  argError, checkAny, checkInteger, checkNumber, luaError, optInteger, register, type Native,
} from './aux.js';
import { number2unsigned } from './bit32.js';
import { toCInt } from './table.js';

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
function nanWithSign(negative: boolean): number {
  words[0] = 0;
  words[1] = negative ? 0xfff80000 : 0x7ff80000;
  return bits[0]!;
}
/** The NaN x86 produces for invalid operations (printed "-nan"). */
export const DEFAULT_NAN = nanWithSign(true);
const POSITIVE_NAN = nanWithSign(false);

/** r, with a NaN result made the default NaN unless it comes from a NaN argument. */
function nanFix(r: number, x: number, y = 0): number {
  if (r === r) return r;
  if (x !== x) return x;
  if (y !== y) return y;
  return DEFAULT_NAN;
}

const TWO63 = 2 ** 63;
const TWO32 = 2 ** 32;

/** A float's value as an integer when it fits in 64 bits (lua_numbertointeger), else null. */
function fitsInteger(f: number): number | bigint | null {
  if (f >= -TWO63 && f < TWO63) {
    if (f >= -Number.MAX_SAFE_INTEGER && f <= Number.MAX_SAFE_INTEGER) return f === 0 ? 0 : f;
    return BigInt(f);
  }
  return null;
}

// ===================================================================== frexp / ldexp

/** C's frexp: [m, e] with x = m * 2^e and 0.5 <= |m| < 1 (m = x for 0, inf, NaN). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  bits[0] = x;
  let exp = (words[1]! >>> 20) & 0x7ff;
  let extra = 0;
  if (exp === 0) {
    // subnormal: scale into the normal range first
    bits[0] = x * 2 ** 64;
    exp = (words[1]! >>> 20) & 0x7ff;
    extra = -64;
  }
  const e = exp - 1022 + extra;
  words[1] = (words[1]! & 0x800fffff) | (1022 << 20);
  return [bits[0]!, e];
}

/** C's ldexp: x * 2^e with a single rounding. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  if (e > 1023) {
    x *= 2 ** 1023;
    e -= 1023;
    if (e > 1023) {
      x *= 2 ** 1023;
      e -= 1023;
      if (e > 1023) e = 1023;
    }
  } else if (e < -1022) {
    // scale by steps that stay normal, so only the last multiplication rounds
    x *= 2 ** -1022 * 2 ** 53;
    e += 1022 - 53;
    if (e < -1022) {
      x *= 2 ** -1022 * 2 ** 53;
      e += 1022 - 53;
      if (e < -1022) e = -1022;
    }
  }
  return x * 2 ** e;
}

// ===================================================================== glibc random()

/** glibc's random_r TYPE_3 generator (what rand() and random() return). */
export class GlibcRandom {
  private readonly state = new Int32Array(31);
  private f = 3;
  private r = 0;

  constructor(seed = 1) {
    this.seed(seed);
  }

  /** srandom(seed), seed taken as a C unsigned int. */
  seed(seed: number): void {
    let s = seed >>> 0;
    if (s === 0) s = 1;
    const st = this.state;
    let word = s | 0;
    st[0] = word;
    for (let i = 1; i < 31; i++) {
      // word = 16807 * word % 2147483647 by Schrage's method (C division truncates)
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      st[i] = word;
    }
    this.f = 3;
    this.r = 0;
    for (let i = 0; i < 310; i++) this.next();
  }

  /** The next value in [0, 2^31). */
  next(): number {
    const st = this.state;
    const v = (st[this.f]! + st[this.r]!) | 0;
    st[this.f] = v;
    if (++this.f >= 31) {
      this.f = 0;
      this.r++;
    } else if (++this.r >= 31) this.r = 0;
    return (v >>> 0) >>> 1;
  }
}

// ===================================================================== xoshiro256**

/** xoshiro256** with 64-bit words kept as (high, low) 32-bit halves. */
export class Xoshiro {
  /** s0.hi, s0.lo, s1.hi, s1.lo, s2.hi, s2.lo, s3.hi, s3.lo */
  private readonly s = new Uint32Array(8);
  /** The last output. */
  hi = 0;
  lo = 0;

  /** Seeds as lmathlib's setseed: {n1, 0xff, n2, 0}, then 16 values discarded. */
  seed(n1: bigint, n2: bigint): void {
    const s = this.s;
    const a = BigInt.asUintN(64, n1);
    const b = BigInt.asUintN(64, n2);
    s[0] = Number(a >> 32n);
    s[1] = Number(a & 0xffffffffn);
    s[2] = 0;
    s[3] = 0xff;
    s[4] = Number(b >> 32n);
    s[5] = Number(b & 0xffffffffn);
    s[6] = 0;
    s[7] = 0;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** Advances the state; the output is left in hi/lo. */
  next(): void {
    const s = this.s;
    const h1 = s[2]!;
    const l1 = s[3]!;
    // res = rotl(s1 * 5, 7) * 9
    let lo = (l1 << 2) >>> 0;
    let hi = ((h1 << 2) | (l1 >>> 30)) >>> 0;
    let sl = (lo + l1) >>> 0;
    let sh = (hi + h1 + (sl < lo ? 1 : 0)) >>> 0;
    const rh = ((sh << 7) | (sl >>> 25)) >>> 0;
    const rl = ((sl << 7) | (sh >>> 25)) >>> 0;
    lo = (rl << 3) >>> 0;
    hi = ((rh << 3) | (rl >>> 29)) >>> 0;
    sl = (lo + rl) >>> 0;
    sh = (hi + rh + (sl < lo ? 1 : 0)) >>> 0;
    this.hi = sh;
    this.lo = sl;
    // t = s1 << 17
    const th = ((h1 << 17) | (l1 >>> 15)) >>> 0;
    const tl = (l1 << 17) >>> 0;
    // s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
    s[4] = (s[4]! ^ s[0]!) >>> 0;
    s[5] = (s[5]! ^ s[1]!) >>> 0;
    s[6] = (s[6]! ^ h1) >>> 0;
    s[7] = (s[7]! ^ l1) >>> 0;
    s[2] = (h1 ^ s[4]!) >>> 0;
    s[3] = (l1 ^ s[5]!) >>> 0;
    s[0] = (s[0]! ^ s[6]!) >>> 0;
    s[1] = (s[1]! ^ s[7]!) >>> 0;
    s[4] = (s[4]! ^ th) >>> 0;
    s[5] = (s[5]! ^ tl) >>> 0;
    // rotl by 45 = swap halves, then rotl by 13
    const h3 = s[6]!;
    const l3 = s[7]!;
    s[6] = ((l3 << 13) | (h3 >>> 19)) >>> 0;
    s[7] = ((h3 << 13) | (l3 >>> 19)) >>> 0;
  }

  /** The last output as an unsigned bigint. */
  big(): bigint {
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** The last output as a float in [0, 1): its 53 high bits (I2d). */
  float(): number {
    return (this.hi * 2097152 + (this.lo >>> 11)) * 2 ** -53;
  }

  /** The last output as a signed 64-bit Lua integer. */
  integer(): number | bigint {
    const v = (this.hi | 0) * TWO32 + this.lo;
    if (Number.isSafeInteger(v)) return v;
    return BigInt.asIntN(64, this.big());
  }

  /** lmathlib's project: a value in [0, n] from the last output, drawing anew while out of range. */
  project(n: number | bigint): number | bigint {
    if (typeof n === 'number' && n <= 0xffffffff) {
      if ((n & (n + 1)) === 0) return (this.lo & n) >>> 0;
      let lim = n;
      lim |= lim >>> 1;
      lim |= lim >>> 2;
      lim |= lim >>> 4;
      lim |= lim >>> 8;
      lim |= lim >>> 16;
      lim >>>= 0;
      let r = (this.lo & lim) >>> 0;
      while (r > n) {
        this.next();
        r = (this.lo & lim) >>> 0;
      }
      return r;
    }
    const N = BigInt(n);
    let ran = this.big();
    if ((N & (N + 1n)) === 0n) return ran & N;
    let lim = N;
    for (let sh = 1n; sh <= 32n; sh *= 2n) lim |= lim >> sh;
    while ((ran &= lim) > N) {
      this.next();
      ran = this.big();
    }
    return ran;
  }
}

// ===================================================================== the library

export function openMath(rt: Runtime, G: LuaTable): void {
  const has = rt.dialect.has;
  const ints = rt.hasIntegers;
  const fns: Record<string, Native> = {};

  /** luaL_checknumber as a double. */
  const num = (self: LuaCallable, args: LuaValue[], n: number): number => {
    const v = args[n - 1];
    if (typeof v === 'number') return v;
    return toFloat(checkNumber(rt, self, args, n));
  };
  /** A float result in the dialect's representation. */
  const flt = (x: number): LuaValue => (ints ? mkFloat(x) : x);
  /** lua_isinteger: an integer value (not a string). */
  const isInt = (v: LuaValue): v is number | bigint =>
    ints && ((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint');
  /** pushnumint (5.3+): an integral float as an integer when it fits, else as a float. */
  const numint = (f: number): LuaValue => {
    const i = fitsInteger(f);
    return i === null ? mkFloat(f) : i;
  };

  /** A unary float function. */
  const unary = (name: string, f: (x: number) => number): void => {
    fns[name] = {
      [name](...args: LuaValue[]): LuaValue {
        const x = num(fns[name] as LuaCallable, args, 1);
        return rt.ret1(flt(nanFix(f(x), x)));
      },
    }[name]!;
  };

  fns.abs = function abs(...args: LuaValue[]): LuaValue {
    const v = args[0];
    if (isInt(v)) {
      if (typeof v === 'number') return rt.ret1(v < 0 ? -v : v);
      return rt.ret1(mkInt(v < 0n ? -v : v));
    }
    const x = num(abs as LuaCallable, args, 1);
    return rt.ret1(flt(x !== x ? POSITIVE_NAN : Math.abs(x)));
  };

  const rounding = (name: 'floor' | 'ceil', f: (x: number) => number): void => {
    fns[name] = {
      [name](...args: LuaValue[]): LuaValue {
        const v = args[0];
        if (ints) {
          if (isInt(v)) return rt.ret1(v);
          const x = num(fns[name] as LuaCallable, args, 1);
          return rt.ret1(numint(f(x)));
        }
        return rt.ret1(f(num(fns[name] as LuaCallable, args, 1)));
      },
    }[name]!;
  };
  rounding('floor', Math.floor);
  rounding('ceil', Math.ceil);

  fns.fmod = function fmod(...args: LuaValue[]): LuaValue {
    const self = fmod as LuaCallable;
    const a = args[0];
    const b = args[1];
    if (isInt(a) && isInt(b)) {
      if (b === 0 || b === -1) {
        if (b === 0) argError(rt, self, 2, 'zero');
        return rt.ret1(0);
      }
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a % b;
        return rt.ret1(r === 0 ? 0 : r);
      }
      return rt.ret1(mkInt(toBig(a) % toBig(b)));
    }
    const x = num(self, args, 1);
    const y = num(self, args, 2);
    return rt.ret1(flt(nanFix(x % y, x, y)));
  };
  if (has.tableGetnForeach) fns.mod = fns.fmod;

  fns.modf = function modf(...args: LuaValue[]): LuaValue {
    const self = modf as LuaCallable;
    if (ints) {
      const v = args[0];
      if (isInt(v)) return rt.ret2(v, new LuaFloat(0));
      const n = num(self, args, 1);
      const ip = n < 0 ? Math.ceil(n) : Math.floor(n);
      const frac = n === ip ? 0 : n - ip;
      return rt.ret2(n !== n ? n : numint(ip), flt(n !== n ? n : frac));
    }
    const x = num(self, args, 1);
    if (x !== x) return rt.ret2(x, x);
    const ip = Math.trunc(x);
    let fp = Number.isFinite(x) ? x - ip : 0;
    if (fp === 0 && (x < 0 || Object.is(x, -0))) fp = -0;
    return rt.ret2(ip, fp);
  };

  unary('sqrt', Math.sqrt);
  unary('exp', Math.exp);
  unary('sin', Math.sin);
  unary('cos', Math.cos);
  unary('tan', Math.tan);
  unary('asin', Math.asin);
  unary('acos', Math.acos);

  if (ints) {
    fns.atan = function atan(...args: LuaValue[]): LuaValue {
      const self = atan as LuaCallable;
      const y = num(self, args, 1);
      const x = args[1] === undefined ? 1 : num(self, args, 2);
      return rt.ret1(flt(nanFix(Math.atan2(y, x), y, x)));
    };
  } else unary('atan', Math.atan);

  if (has.mathDeprecatedFunctions) {
    unary('cosh', Math.cosh);
    unary('sinh', Math.sinh);
    unary('tanh', Math.tanh);
    unary('log10', Math.log10);
    if (ints) fns.atan2 = fns.atan!;
    else {
      fns.atan2 = function atan2(...args: LuaValue[]): LuaValue {
        const self = atan2 as LuaCallable;
        const y = num(self, args, 1);
        const x = num(self, args, 2);
        return rt.ret1(nanFix(Math.atan2(y, x), y, x));
      };
    }
    fns.pow = function pow(...args: LuaValue[]): LuaValue {
      const self = pow as LuaCallable;
      const x = num(self, args, 1);
      const y = num(self, args, 2);
      return rt.ret1(flt(nanFix(Math.pow(x, y), x, y)));
    };
  }

  fns.log = function log(...args: LuaValue[]): LuaValue {
    const self = log as LuaCallable;
    const x = num(self, args, 1);
    let r: number;
    if (!has.mathLogBase || args[1] === undefined) r = Math.log(x);
    else {
      const base = num(self, args, 2);
      if (base === 2 && has.mathLog2) r = Math.log2(x);
      else if (base === 10) r = Math.log10(x);
      else r = Math.log(x) / Math.log(base);
      r = nanFix(r, x, base);
    }
    return rt.ret1(flt(nanFix(r, x)));
  };

  fns.deg = function deg(...args: LuaValue[]): LuaValue {
    const x = num(deg as LuaCallable, args, 1);
    return rt.ret1(flt(has.mathDegMultiplies ? x * (180 / Math.PI) : x / (Math.PI / 180)));
  };
  fns.rad = function rad(...args: LuaValue[]): LuaValue {
    const x = num(rad as LuaCallable, args, 1);
    return rt.ret1(flt(x * (Math.PI / 180)));
  };

  fns.frexp = function frexp_(...args: LuaValue[]): LuaValue {
    const x = num(frexp_ as LuaCallable, args, 1);
    const [m, e] = frexp(x);
    return rt.ret2(flt(m), e);
  };
  fns.ldexp = function ldexp_(...args: LuaValue[]): LuaValue {
    const self = ldexp_ as LuaCallable;
    const x = num(self, args, 1);
    let e: number;
    if (ints) {
      const i = checkInteger(rt, self, args, 2);
      e = typeof i === 'number' ? (Math.abs(i) < 2 ** 31 ? i : Number(BigInt.asIntN(32, BigInt(i)))) : Number(BigInt.asIntN(32, i));
    } else e = toCInt(num(self, args, 2));
    return rt.ret1(flt(ldexp(x, e)));
  };

  // ---- min / max

  const extreme = (name: 'min' | 'max'): void => {
    const isMax = name === 'max';
    fns[name] = {
      [name](...args: LuaValue[]): LuaValue {
        const self = fns[name] as LuaCallable;
        if (!ints) {
          let best = num(self, args, 1);
          for (let i = 2; i <= args.length; i++) {
            const d = num(self, args, i);
            if (isMax ? d > best : d < best) best = d;
          }
          return rt.ret1(best);
        }
        if (args.length < 1) argError(rt, self, 1, 'value expected');
        let best = args[0];
        // comparisons run as if inside the C function: their errors carry no position
        const depth = rt.depth;
        let entered = false;
        for (let i = 1; i < args.length; i++) {
          const v = args[i];
          let less: boolean;
          if (typeof v === 'number' && typeof best === 'number') less = isMax ? best < v : v < best;
          else {
            if (!entered) {
              const d = ++rt.depth;
              const fr = rt.frames[d] ?? rt.frame(d);
              fr[0] = self;
              fr[1] = 0;
              entered = true;
            }
            less = isMax ? lt(rt, best, v, 0) : lt(rt, v, best, 0);
          }
          if (less) best = v;
        }
        rt.depth = depth;
        return rt.ret1(best);
      },
    }[name]!;
  };
  extreme('min');
  extreme('max');

  // ---- 5.3+ integer functions

  if (ints) {
    fns.tointeger = function tointeger(...args: LuaValue[]): LuaValue {
      const v = args[0];
      if (typeof v === 'number' && Number.isInteger(v)) return rt.ret1(v);
      let x: LuaNumber | undefined;
      if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) x = v;
      else if (typeof v === 'string') x = stringToNumber(v, numberSyntax(rt));
      const i = x === undefined ? null : numberToInteger(x);
      if (i === null) {
        checkAny(rt, tointeger as LuaCallable, args, 1);
        return rt.ret1(undefined);
      }
      return rt.ret1(i);
    };
    fns.type = function type(...args: LuaValue[]): LuaValue {
      const v = args[0];
      if (typeof v === 'number') return rt.ret1(Number.isInteger(v) ? 'integer' : 'float');
      if (typeof v === 'bigint') return rt.ret1('integer');
      if (v instanceof LuaFloat) return rt.ret1('float');
      checkAny(rt, type as LuaCallable, args, 1);
      return rt.ret1(undefined);
    };
    fns.ult = function ult(...args: LuaValue[]): LuaValue {
      const self = ult as LuaCallable;
      const a = checkInteger(rt, self, args, 1);
      const b = checkInteger(rt, self, args, 2);
      if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0) return rt.ret1(a < b);
      return rt.ret1(BigInt.asUintN(64, toBig(a)) < BigInt.asUintN(64, toBig(b)));
    };
  }

  // ---- random

  if (has.xoshiroRandom) openXoshiro(rt, fns);
  else openGlibcRandom(rt, fns);

  const M = new LuaTable();
  register(M, 'math', fns);
  M.setStr('pi', Math.PI);
  M.setStr('huge', Infinity);
  if (ints) {
    M.setStr('maxinteger', (1n << 63n) - 1n);
    M.setStr('mininteger', -(1n << 63n));
  }
  G.setStr('math', M);
}

/** 5.1-5.3: rand()/random() of glibc. */
function openGlibcRandom(rt: Runtime, fns: Record<string, Native>): void {
  const has = rt.dialect.has;
  const gen = new GlibcRandom(1);
  const RAND_MAX = 2147483647;

  fns.random = function random(...args: LuaValue[]): LuaValue {
    const self = random as LuaCallable;
    if (rt.hasIntegers) {
      // 5.3: r in [0, 1) from random() / (RAND_MAX + 1)
      let r = gen.next() * (1 / (RAND_MAX + 1));
      let low: number | bigint;
      let up: number | bigint;
      switch (args.length) {
        case 0: return rt.ret1(mkFloat(r));
        case 1:
          low = 1;
          up = checkInteger(rt, self, args, 1);
          break;
        case 2:
          low = checkInteger(rt, self, args, 1);
          up = checkInteger(rt, self, args, 2);
          break;
        default: luaError(rt, 'wrong number of arguments');
      }
      if (!(low <= up)) argError(rt, self, 1, 'interval is empty');
      const MAXI = (1n << 63n) - 1n;
      if (!(low >= 0 || toBig(up) <= MAXI + toBig(low))) argError(rt, self, 1, 'interval too large');
      if (typeof low === 'number' && typeof up === 'number' && up - low <= Number.MAX_SAFE_INTEGER) {
        r *= (up - low) + 1;
        return rt.ret1(Math.trunc(r) + low);
      }
      const span = Number(toBig(up) - toBig(low));
      r *= span + 1;
      const ir = fitsInteger(Math.trunc(r));
      return rt.ret1(mkInt(toBig(ir ?? 0) + toBig(low)));
    }
    const r = (gen.next() % RAND_MAX) / RAND_MAX;
    switch (args.length) {
      case 0: return rt.ret1(r);
      case 1: {
        if (has.mathRandomFloatBounds) {
          const u = toFloat(checkNumber(rt, self, args, 1));
          if (!(1 <= u)) argError(rt, self, 1, 'interval is empty');
          return rt.ret1(Math.floor(r * u) + 1);
        }
        const u = toCInt(toFloat(checkNumber(rt, self, args, 1)));
        if (!(1 <= u)) argError(rt, self, 1, 'interval is empty');
        return rt.ret1(Math.floor(r * u) + 1);
      }
      case 2: {
        if (has.mathRandomFloatBounds) {
          const l = toFloat(checkNumber(rt, self, args, 1));
          const u = toFloat(checkNumber(rt, self, args, 2));
          if (!(l <= u)) argError(rt, self, 2, 'interval is empty');
          return rt.ret1(Math.floor(r * (u - l + 1)) + l);
        }
        const l = toCInt(toFloat(checkNumber(rt, self, args, 1)));
        const u = toCInt(toFloat(checkNumber(rt, self, args, 2)));
        if (!(l <= u)) argError(rt, self, 2, 'interval is empty');
        return rt.ret1(Math.floor(r * ((u - l + 1) | 0)) + l);
      }
      default: luaError(rt, 'wrong number of arguments');
    }
  };

  fns.randomseed = function randomseed(...args: LuaValue[]): LuaValue {
    const self = randomseed as LuaCallable;
    const x = toFloat(checkNumber(rt, self, args, 1));
    if (rt.hasIntegers) {
      // (unsigned int)(lua_Integer)x
      gen.seed(Math.abs(x) < TWO63 ? Number(BigInt.asUintN(32, BigInt(Math.trunc(x)))) : 0);
      gen.next();
    } else if (has.mathRandomFloatBounds) {
      gen.seed(number2unsigned(x)); // luaL_checkunsigned
      gen.next();
    } else gen.seed(toCInt(x) >>> 0);
    return rt.ret0();
  };
}

/** 5.4+: xoshiro256**. */
function openXoshiro(rt: Runtime, fns: Record<string, Native>): void {
  const gen = new Xoshiro();
  const randomSeed = (): [bigint, bigint] => {
    const t = BigInt(Math.floor(Date.now() / 1000));
    const r = BigInt(Math.floor(Math.random() * 2 ** 48));
    return [t, r];
  };
  {
    const [a, b] = randomSeed();
    gen.seed(a, b);
  }

  fns.random = function random(...args: LuaValue[]): LuaValue {
    const self = random as LuaCallable;
    gen.next();
    let low: number | bigint;
    let up: number | bigint;
    switch (args.length) {
      case 0: return rt.ret1(mkFloat(gen.float()));
      case 1:
        low = 1;
        up = checkInteger(rt, self, args, 1);
        if (up === 0) return rt.ret1(gen.integer());
        break;
      case 2:
        low = checkInteger(rt, self, args, 1);
        up = checkInteger(rt, self, args, 2);
        break;
      default: luaError(rt, 'wrong number of arguments');
    }
    if (!(low <= up)) argError(rt, self, 1, 'interval is empty');
    if (typeof low === 'number' && typeof up === 'number') {
      const n = up - low;
      if (n <= Number.MAX_SAFE_INTEGER) {
        const p = gen.project(n);
        return rt.ret1(typeof p === 'number' ? p + low : mkInt(p + BigInt(low)));
      }
    }
    const n = BigInt.asUintN(64, toBig(up) - toBig(low));
    const p = toBig(gen.project(n));
    return rt.ret1(mkInt(p + toBig(low)));
  };

  fns.randomseed = function randomseed(...args: LuaValue[]): LuaValue {
    const self = randomseed as LuaCallable;
    let n1: bigint;
    let n2: bigint;
    if (args.length === 0) [n1, n2] = randomSeed();
    else {
      n1 = toBig(checkInteger(rt, self, args, 1));
      n2 = toBig(optInteger(rt, self, args, 2, 0));
    }
    gen.seed(n1, n2);
    return rt.ret2(mkInt(n1), mkInt(n2));
  };
}

