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
import { def,
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

// ===================================================================== correctly rounded functions
//
// glibc's exp, log, log2, pow, sin, cos, tan, asin, acos, atan and atan2 return the
// correctly rounded result in all but very rare cases; V8's Math functions are within an
// ulp but differ from it in a few percent of arguments (visible with %.17g and in 5.5's
// tostring). These versions evaluate the function in double-double arithmetic (about 100
// significant bits) and round once, so they agree with glibc wherever glibc is correctly
// rounded. Double-double helpers return the high part and leave the low part in REG[0].

/** Registers of the double-double code: [low part, reduced argument hi, reduced argument lo] (a typed array: no boxing). */
const REG = new Float64Array(3);
const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  REG[0] = a - (s - bb) + (b - bb);
  return s;
}
function quickTwoSum(a: number, b: number): number {
  const s = a + b;
  REG[0] = b - (s - a);
  return s;
}
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  REG[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}
function ddAdd(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  const e = REG[0];
  const t = twoSum(al, bl);
  const f = REG[0];
  const s2 = quickTwoSum(s, e + t);
  return quickTwoSum(s2, REG[0] + f);
}
function ddMul(ah: number, al: number, bh: number, bl: number): number {
  const p = twoProd(ah, bh);
  return quickTwoSum(p, REG[0] + (ah * bl + al * bh));
}
function ddMulD(ah: number, al: number, b: number): number {
  const p = twoProd(ah, b);
  return quickTwoSum(p, REG[0] + al * b);
}
function ddDiv(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let ph = ddMulD(bh, bl, q1);
  let rh = ddAdd(ah, al, -ph, -REG[0]);
  let rl = REG[0];
  const q2 = rh / bh;
  ph = ddMulD(bh, bl, q2);
  rh = ddAdd(rh, rl, -ph, -REG[0]);
  rl = REG[0];
  const q3 = rh / bh;
  const q = quickTwoSum(q1, q2);
  return ddAdd(q, REG[0], q3, 0);
}
function ddSqrt(ah: number, al: number): number {
  const x = Math.sqrt(ah);
  if (x === 0) {
    REG[0] = 0;
    return x;
  }
  const sq = twoProd(x, x);
  const r = ddAdd(ah, al, -sq, -REG[0]);
  return quickTwoSum(x, r / (2 * x));
}

// ---- constants, computed once with big integers

/** floor(atan(1/n) * 2^bits) by the alternating series. */
function atanInvBig(n: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  let power = one / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += (k & 2n ? -power : power) / k;
    power /= n2;
  }
  return sum;
}

/** The value n / 2^shift as count doubles of at most `width` significant bits each (truncated). */
function bigParts(n: bigint, shift: number, count: number, width: number): number[] {
  const parts: number[] = [];
  let rest = n;
  for (let i = 0; i < count; i++) {
    const len = rest.toString(2).length;
    if (rest === 0n) {
      parts.push(0);
      continue;
    }
    const drop = BigInt(Math.max(0, len - width));
    const top = rest >> drop;
    parts.push(Number(top) * 2 ** (Number(drop) - shift));
    rest -= top << drop;
  }
  return parts;
}

interface Constants {
  ln2: number[]; // 3 parts of 53 bits
  invLn2: number[]; // 2 parts
  pio2: number[]; // 2 parts of 53 bits
  pio2cw: number[]; // 8 parts of 24 bits (Cody-Waite)
  twoOverPi: bigint; // floor(2/pi * 2^TWO_OVER_PI_BITS)
  invFact: number[]; // 1/n! as pairs (hi, lo) for n = 0..30
  invOdd: number[]; // 1/(2j+1) as pairs for j = 0..15
}
const TWO_OVER_PI_BITS = 1400;
let K: Constants | null = null;

function constants(): Constants {
  if (K !== null) return K;
  const B = 1600n;
  const pi = 16n * atanInvBig(5n, B) - 4n * atanInvBig(239n, B); // pi * 2^1600
  // ln 2 = 2 atanh(1/3) = 2 * sum 1/((2k+1) 3^(2k+1))
  let ln2 = 0n;
  {
    const one = 1n << B;
    let p = one / 3n;
    for (let k = 1n; p !== 0n; k += 2n) {
      ln2 += p / k;
      p /= 9n;
    }
    ln2 *= 2n;
  }
  const dd = (n: bigint, shift: number, count = 2): number[] => bigParts(n, shift, count, 53);
  const fact: bigint[] = [1n];
  for (let i = 1n; i <= 30n; i++) fact.push(fact[fact.length - 1]! * i);
  const invFact: number[] = [];
  for (const f of fact) invFact.push(...dd((1n << 300n) / f, 300));
  const invOdd: number[] = [];
  for (let j = 0n; j <= 15n; j++) invOdd.push(...dd((1n << 300n) / (2n * j + 1n), 300));
  K = {
    ln2: dd(ln2, 1600, 3),
    invLn2: dd((1n << 3200n) / ln2, 1600),
    pio2: dd(pi, 1601),
    pio2cw: bigParts(pi, 1601, 8, 24),
    twoOverPi: (1n << BigInt(1600 + TWO_OVER_PI_BITS + 1)) / pi,
    invFact,
    invOdd,
  };
  return K;
}

// ---- exp and log

/** exp(xh + xl) as a double-double by Taylor and squarings (slow; builds the table of expDD). */
function expDDSlow(xh: number, xl: number): number {
  const k = Math.round(xh * 1.4426950408889634);
  const c = constants();
  // r = x - k ln2
  let rh = ddAdd(xh, xl, -twoProd(k, c.ln2[0]!), -REG[0]);
  let rl = REG[0];
  rh = ddAdd(rh, rl, -twoProd(k, c.ln2[1]!), -REG[0]);
  rl = REG[0] - k * c.ln2[2]!;
  // expm1(r / 256) by Taylor, then eight squarings in the form m -> m (m + 2)
  const sh = rh / 256;
  const sl = rl / 256;
  const f = c.invFact;
  let ah = f[22]!;
  let al = f[23]!;
  for (let j = 10; j >= 1; j--) {
    ah = ddMul(ah, al, sh, sl);
    ah = ddAdd(ah, REG[0], f[2 * j]!, f[2 * j + 1]!);
    al = REG[0];
  }
  let mh = ddMul(ah, al, sh, sl);
  let ml = REG[0];
  for (let i = 0; i < 8; i++) {
    const th = ddAdd(mh, ml, 2, 0);
    mh = ddMul(mh, ml, th, REG[0]);
    ml = REG[0];
  }
  const h = ddAdd(1, 0, mh, ml);
  // scale by 2^k in two exact steps (k may be 1024 just below the overflow threshold)
  const k1 = k >> 1;
  const s1 = 2 ** k1;
  const s2 = 2 ** (k - k1);
  REG[0] = REG[0] * s1 * s2;
  return h * s1 * s2;
}


/** Sloppy double-double addition (no cancellation expected: Horner steps). */
function ddAddFast(ah: number, al: number, bh: number, bl: number): number {
  const s = twoSum(ah, bh);
  return quickTwoSum(s, REG[0] + al + bl);
}

/** 2^(j/256) for j = 0..255 as double-double pairs. */
let expTable: Float64Array | null = null;
function expTab(): Float64Array {
  if (expTable !== null) return expTable;
  const c = constants();
  const t = new Float64Array(512);
  for (let j = 0; j < 256; j++) {
    const ah = ddMulD(c.ln2[0]!, c.ln2[1]!, j);
    const al = REG[0] + j * c.ln2[2]!;
    t[2 * j] = expDDSlow(ah / 256, al / 256);
    t[2 * j + 1] = REG[0];
  }
  return (expTable = t);
}

/** exp(xh + xl) as a double-double (|xh| <= 709.8): 2^k 2^(j/256) expm1-series of the rest. */
function expDD(xh: number, xl: number): number {
  const c = constants();
  const T = expTab();
  const n = Math.round(xh * 369.3299304675746); // 256 / ln 2
  let rh = ddAdd(xh, xl, -twoProd(n, c.ln2[0]! / 256), -REG[0]);
  let rl = REG[0];
  rh = ddAdd(rh, rl, -twoProd(n, c.ln2[1]! / 256), -REG[0]);
  rl = REG[0] - (n * c.ln2[2]!) / 256;
  const f = c.invFact;
  let ah = f[18]!;
  let al = f[19]!;
  for (let i = 8; i >= 1; i--) {
    ah = ddMul(ah, al, rh, rl);
    ah = ddAddFast(ah, REG[0], f[2 * i]!, f[2 * i + 1]!);
    al = REG[0];
  }
  const mh = ddMul(ah, al, rh, rl);
  const ml = REG[0];
  const j = n & 255;
  const k = (n - j) / 256;
  const th = T[2 * j]!;
  const tl = T[2 * j + 1]!;
  const ph = ddMul(th, tl, mh, ml);
  const h = ddAdd(th, tl, ph, REG[0]);
  const k1 = k >> 1;
  const s1 = 2 ** k1;
  const s2 = 2 ** (k - k1);
  REG[0] = REG[0] * s1 * s2;
  return h * s1 * s2;
}

/** Rounds a double-double to the nearest double. */
function roundDD(h: number, l: number): number {
  return h + l;
}


// ---- quick phase: about 66 correct bits in mostly double arithmetic; the result is
// returned when that decides the rounding, else the double-double path runs (rarely)

/** The rounding of hi + lo when an error of `eps` cannot change it; NaN otherwise. */
function roundIfSafe(hi: number, lo: number, eps: number): number {
  const y = hi + lo;
  return hi + (lo + eps) === y && hi + (lo - eps) === y ? y : NaN;
}

/** sin (cos when `cos`) of a reduced argument held in REG[1], REG[2]; NaN when undecided. */
function sinCosQuick(cos: boolean, quadrantNegates: boolean): number {
  let rh = REG[1]!;
  let rl = REG[2]!;
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const T = trigTab();
  const j = Math.round(rh * 64);
  const dh = rh - j / 64; // exact
  const dl = rl;
  const d2 = dh * dh + 2 * dh * dl;
  // tails: cos d = 1 + cd, sin d = d + sd
  const cd = d2 * (-0.5 + d2 * (1 / 24 + d2 * (-1 / 720 + d2 * (1 / 40320))));
  const sd = dh * d2 * (-1 / 6 + d2 * (1 / 120 + d2 * (-1 / 5040 + d2 * (1 / 362880))));
  const Sh = T[4 * j]!;
  const Sl = T[4 * j + 1]!;
  const Ch = T[4 * j + 2]!;
  const Cl = T[4 * j + 3]!;
  let hi: number;
  let lo: number;
  if (cos) {
    // C (1 + cd) - S (d + sd)
    const p = twoProd(Sh, dh);
    const pe = REG[0]!;
    hi = twoSum(Ch, -p);
    lo = REG[0]! - pe + Cl + Ch * cd - Sh * dl - Sl * dh - Sh * sd;
  } else {
    // S (1 + cd) + C (d + sd)
    const p = twoProd(Ch, dh);
    const pe = REG[0]!;
    hi = twoSum(Sh, p);
    lo = REG[0]! + pe + Sl + Sh * cd + Ch * dl + Cl * dh + Ch * sd;
    if (neg) {
      hi = -hi;
      lo = -lo;
    }
  }
  if (quadrantNegates) {
    hi = -hi;
    lo = -lo;
  }
  return roundIfSafe(hi, lo, Math.abs(hi) * 2 ** -62);
}

/** exp(x) to about 66 bits as hi + REG[0], for x giving a normal result (-708 < x < 709.7). */
function expQuickDD(x: number): number {
  const c = constants();
  const T = expTab();
  const n = Math.round(x * 369.3299304675746); // 256 / ln 2
  // r = x - n ln2/256, ln2/256 = A + B + C; x - nA is exact (Sterbenz)
  const ah = twoProd(n, c.ln2[0]! / 256);
  const ae = REG[0]!;
  const bh = twoProd(n, c.ln2[1]! / 256);
  const t = ae + bh + REG[0]! + (n * c.ln2[2]!) / 256;
  const rh = twoSum(x - ah, -t);
  const rl = REG[0]!;
  // e^r = 1 + r + p, p = r^2/2 + r^3/6 + ... (from rh; rh rl is the cross term)
  const p = rh * rh * (0.5 + rh * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720)))));
  const j = n & 255;
  const k = (n - j) / 256;
  const Th = T[2 * j]!;
  const Tl = T[2 * j + 1]!;
  const q = twoProd(Th, rh);
  const qe = REG[0]!;
  const hi = twoSum(Th, q);
  const lo = REG[0]! + qe + Tl + Tl * rh + Th * rl + Th * p + Th * rh * rl;
  const k1 = k >> 1;
  const sc = 2 ** k1 * 2 ** (k - k1);
  REG[0] = lo * sc;
  return hi * sc;
}

/** Quick exp: NaN when undecided. */
function expQuick(x: number): number {
  if (!(x > -708 && x < 709.7)) return NaN;
  const hi = expQuickDD(x);
  return roundIfSafe(hi, REG[0]!, Math.abs(hi) * 2 ** -62);
}

/** The exponent logReduce found. */
let logExp = 0;

/** x = m * 2^logExp with m in [0.75, 1.5), for finite x > 0 (subnormals scaled first); returns m. */
function logReduce(x: number): number {
  let e = 0;
  let m = x;
  if (m < 2 ** -1000) {
    m *= 2 ** 200;
    e -= 200;
  }
  const fr = frexp(m);
  m = fr[0];
  e += fr[1];
  if (m < 0.75) {
    m *= 2;
    e -= 1;
  }
  logExp = e;
  return m;
}

/** Quick log for finite x > 0: NaN when undecided. */
function logQuick(x: number): number {
  const c = constants();
  const m = logReduce(x);
  const e = logExp;
  let lh: number;
  let ll: number;
  if (Math.abs(m - 1) < 1 / 16) {
    // log m = 2 atanh(s), s = f / (2 + f), f = m - 1 exactly
    const f = m - 1;
    const dh = twoSum(2, f);
    const dl = REG[0]!;
    const sh = f / dh;
    const ph = twoProd(sh, dh);
    const sl = (f - ph - REG[0]! - sh * dl) / dh;
    const z = sh * sh;
    const tail = 2 * sh * z * (1 / 3 + z * (1 / 5 + z * (1 / 7 + z * (1 / 9 + z * (1 / 11 + z * (1 / 13 + z / 15))))));
    lh = 2 * sh;
    ll = 2 * sl + tail;
  } else {
    // y0 + log1p(m e^-y0 - 1)
    const y0 = Math.log(m);
    const eh = expQuickDD(-y0);
    const el = REG[0]!;
    const ph = twoProd(m, eh);
    const d = ph - 1 + REG[0]! + m * el;
    lh = twoSum(y0, d);
    ll = REG[0]! - (d * d) / 2;
  }
  if (e !== 0) {
    const kh = ddMulD(c.ln2[0]!, c.ln2[1]!, e);
    const kl = REG[0]! + e * c.ln2[2]!;
    const h = twoSum(kh, lh);
    ll = REG[0]! + kl + ll;
    lh = h;
  }
  return roundIfSafe(lh, ll, Math.abs(lh) * 2 ** -62);
}

/** Correctly rounded exp. */
export function crExp(x: number): number {
  if (!(x > -708 && x < 709.78) || x === 0) return Math.exp(x);
  const y = expQuick(x);
  if (y === y) return y;
  const h = expDD(x, 0);
  return roundDD(h, REG[0]);
}

/** log(x) as a double-double for finite x > 0. */
function logDD(x: number): number {
  const c = constants();
  const m = logReduce(x);
  const e = logExp;
  let lh: number;
  let ll: number;
  if (Math.abs(m - 1) < 1 / 16) {
    // log(m) = 2 atanh(f / (2 + f)), f = m - 1 exactly
    const f = m - 1;
    const dh = twoSum(2, f);
    const sh = ddDiv(f, 0, dh, REG[0]);
    const sl = REG[0];
    const zh = ddMul(sh, sl, sh, sl);
    const zl = REG[0];
    const o = c.invOdd;
    let ah = o[30]!;
    let al = o[31]!;
    for (let j = 14; j >= 0; j--) {
      ah = ddMul(ah, al, zh, zl);
      ah = ddAddFast(ah, REG[0], o[2 * j]!, o[2 * j + 1]!);
      al = REG[0];
    }
    lh = ddMul(ah, al, sh, sl);
    ll = REG[0] * 2;
    lh *= 2;
  } else {
    // one Newton step from Math.log: y = y0 + log1p(m e^-y0 - 1)
    const y0 = Math.log(m);
    const eh = expDD(-y0, 0);
    const th = ddMulD(eh, REG[0], m);
    const dh = ddAdd(th, REG[0], -1, 0);
    const dl = REG[0];
    lh = ddAdd(y0, 0, dh - (dh * dh) / 2, dl);
    ll = REG[0];
  }
  if (e === 0) {
    REG[0] = ll;
    return lh;
  }
  const kh = ddMulD(c.ln2[0]!, c.ln2[1]!, e);
  const kl = REG[0] + e * c.ln2[2]!;
  return ddAdd(kh, kl, lh, ll);
}

/** Correctly rounded log. */
export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity || x === 1) return Math.log(x);
  const y = logQuick(x);
  if (y === y) return y;
  const h = logDD(x);
  return roundDD(h, REG[0]);
}

/** Correctly rounded log2. */
export function crLog2(x: number): number {
  if (!(x > 0) || x === Infinity || x === 1) return Math.log2(x);
  const fr = frexp(x);
  if (fr[0] === 0.5) return fr[1] - 1;
  const c = constants();
  const h = logDD(x);
  const r = ddMul(h, REG[0], c.invLn2[0]!, c.invLn2[1]!);
  return roundDD(r, REG[0]);
}

/** Correctly rounded pow for x > 0 (other cases are exact or special in Math.pow). */
export function crPow(x: number, y: number): number {
  const p = Math.pow(x, y);
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 1 || !Number.isFinite(p) || p === 0) {
    if (x < 0 && Number.isFinite(x) && Number.isInteger(y) && Number.isFinite(p) && p !== 0) {
      const r = crPow(-x, y);
      return Math.abs(y) % 2 === 1 ? -r : r;
    }
    return p;
  }
  if (Math.abs(p) < 2 ** -1020 || Math.abs(p) > 2 ** 1020) return p;
  const lh = logDD(x);
  const th = ddMulD(lh, REG[0], y);
  const h = expDD(th, REG[0]);
  return roundDD(h, REG[0]);
}

// ---- trigonometric functions

/** Reduces x by multiples of pi/2: returns the quadrant (0-3); the reduced argument is left in REG[1]/REG[2]. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= Math.PI / 4) {
    REG[1] = x;
    REG[2] = 0;
    return 0;
  }
  const c = constants();
  if (ax < 2 ** 29) {
    const k = Math.round(x * 0.6366197723675814);
    const p = c.pio2cw;
    let h = x - k * p[0]!;
    let l = 0;
    for (let i = 1; i < 8; i++) {
      h = ddAdd(h, l, -k * p[i]!, 0);
      l = REG[0];
    }
    REG[1] = h;
    REG[2] = l;
    return ((k % 4) + 4) % 4;
  }
  // Payne-Hanek with big integers: x * 2/pi = int + frac
  const fr = frexp(ax);
  const M = BigInt(fr[0] * 2 ** 53);
  const E = fr[1] - 53;
  const P = M * c.twoOverPi;
  const point = BigInt(TWO_OVER_PI_BITS - E);
  let q = Number((P >> point) & 3n);
  let frac = P & ((1n << point) - 1n);
  const half = 1n << (point - 1n);
  if (frac >= half) {
    frac -= 1n << point;
    q = (q + 1) & 3;
  }
  // frac / 2^point as a double-double, times pi/2
  const neg = frac < 0n;
  let a = neg ? -frac : frac;
  const len = a.toString(2).length;
  const drop = Math.max(0, len - 110);
  a >>= BigInt(drop);
  const hiBits = a >> 57n;
  const fh = Number(hiBits) * 2 ** (57 + drop - Number(point));
  const fl = Number(a - (hiBits << 57n)) * 2 ** (drop - Number(point));
  let h = ddMul(fh, fl, c.pio2[0]!, c.pio2[1]!);
  let l = REG[0];
  if (neg) {
    h = -h;
    l = -l;
  }
  if (x < 0) {
    h = -h;
    l = -l;
    q = (4 - q) & 3;
  }
  REG[1] = h;
  REG[2] = l;
  return q;
}

/** sin(r) (cos when `cos`) of |r| <= pi/4 by Taylor series (slow; builds the table of sinCosDD). */
function sinCosDDSlow(rh: number, rl: number, cos: boolean): number {
  const f = constants().invFact;
  const zh = ddMul(rh, rl, rh, rl);
  const zl = REG[0];
  // sin r = r sum (-1)^j r^2j/(2j+1)!, cos r = sum (-1)^j r^2j/(2j)!
  const top = 14;
  const idx = (j: number): number => 2 * (cos ? 2 * j : 2 * j + 1);
  let ah = f[idx(top)]! * (top % 2 ? -1 : 1);
  let al = f[idx(top) + 1]! * (top % 2 ? -1 : 1);
  for (let j = top - 1; j >= 0; j--) {
    const s = j % 2 ? -1 : 1;
    ah = ddMul(ah, al, zh, zl);
    ah = ddAdd(ah, REG[0], s * f[idx(j)]!, s * f[idx(j) + 1]!);
    al = REG[0];
  }
  if (cos) {
    REG[0] = al;
    return ah;
  }
  return ddMul(ah, al, rh, rl);
}

/** sin(j/64) and cos(j/64) for j = 0..51, as double-double pairs (sin hi, sin lo, cos hi, cos lo). */
let trigTable: Float64Array | null = null;
function trigTab(): Float64Array {
  if (trigTable !== null) return trigTable;
  const t = new Float64Array(52 * 4);
  for (let j = 0; j < 52; j++) {
    t[4 * j] = sinCosDDSlow(j / 64, 0, false);
    t[4 * j + 1] = REG[0];
    t[4 * j + 2] = sinCosDDSlow(j / 64, 0, true);
    t[4 * j + 3] = REG[0];
  }
  return (trigTable = t);
}

/** sin(r) (cos when `cos`) of a reduced argument |r| <= pi/4, as a double-double: r = j/64 + d. */
function sinCosDD(rh: number, rl: number, cos: boolean): number {
  const f = constants().invFact;
  const T = trigTab();
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 64);
  const dh = rh - j / 64; // exact (Sterbenz)
  const dl = rl;
  const zh = ddMul(dh, dl, dh, dl);
  const zl = REG[0];
  // sin d = d sum (-1)^i d^2i/(2i+1)!, cos d = sum (-1)^i d^2i/(2i)!, i <= 6
  let sh = f[26]!;
  let sl = f[27]!;
  let ch = f[24]!;
  let cl = f[25]!;
  for (let i = 5; i >= 0; i--) {
    const sg = i % 2 ? -1 : 1;
    sh = ddMul(sh, sl, zh, zl);
    sh = ddAddFast(sh, REG[0], sg * f[2 * (2 * i + 1)]!, sg * f[2 * (2 * i + 1) + 1]!);
    sl = REG[0];
    ch = ddMul(ch, cl, zh, zl);
    ch = ddAddFast(ch, REG[0], sg * f[4 * i]!, sg * f[4 * i + 1]!);
    cl = REG[0];
  }
  sh = ddMul(sh, sl, dh, dl);
  sl = REG[0];
  const Sh = T[4 * j]!;
  const Sl = T[4 * j + 1]!;
  const Ch = T[4 * j + 2]!;
  const Cl = T[4 * j + 3]!;
  let h: number;
  if (cos) {
    // cos(a + d) = cos a cos d - sin a sin d
    const a = ddMul(Ch, Cl, ch, cl);
    const al = REG[0];
    const b = ddMul(Sh, Sl, sh, sl);
    h = ddAdd(a, al, -b, -REG[0]);
    return h;
  }
  // sin(a + d) = sin a cos d + cos a sin d
  const a = ddMul(Sh, Sl, ch, cl);
  const al = REG[0];
  const b = ddMul(Ch, Cl, sh, sl);
  h = ddAdd(a, al, b, REG[0]);
  if (neg) {
    REG[0] = -REG[0];
    return -h;
  }
  return h;
}

/** sin or cos of x as a double-double (x finite). */
function trigDD(x: number, cos: boolean): number {
  const q = reduce(x);
  const rh = REG[1];
  const rl = REG[2];
  const useCos = cos !== (q % 2 === 1);
  let h = sinCosDD(rh, rl, useCos);
  let l = REG[0];
  const negate = cos ? q === 1 || q === 2 : q >= 2;
  if (negate) {
    h = -h;
    l = -l;
  }
  REG[0] = l;
  return h;
}

export function crSin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < 2 ** -26) return Math.abs(x) < 2 ** -26 ? x : Math.sin(x);
  const q = reduce(x);
  const y = sinCosQuick(q % 2 === 1, q >= 2);
  if (y === y) return y;
  const h = trigDD(x, false);
  return roundDD(h, REG[0]);
}

export function crCos(x: number): number {
  if (!Number.isFinite(x)) return Math.cos(x);
  if (Math.abs(x) < 2 ** -27) return 1;
  const q = reduce(x);
  const y = sinCosQuick(q % 2 === 0, q === 1 || q === 2);
  if (y === y) return y;
  const h = trigDD(x, true);
  return roundDD(h, REG[0]);
}

export function crTan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < 2 ** -27) return Math.abs(x) < 2 ** -27 ? x : Math.tan(x);
  const q = reduce(x);
  const rh = REG[1];
  const rl = REG[2];
  const sh = sinCosDD(rh, rl, false);
  const sl = REG[0];
  const ch = sinCosDD(rh, rl, true);
  const cl = REG[0];
  const h = q % 2 === 0 ? ddDiv(sh, sl, ch, cl) : -ddDiv(ch, cl, sh, sl);
  return roundDD(h, q % 2 === 0 ? REG[0] : -REG[0]);
}

/** atan2(yh + yl, xh + xl) from the estimate t0: t0 + (y cos t0 - x sin t0) / (x cos t0 + y sin t0). */
function atanCorrect(t0: number, yh: number, yl: number, xh: number, xl: number): number {
  if (t0 === 0) return t0;
  const sh = trigDD(t0, false);
  const sl = REG[0];
  const ch = trigDD(t0, true);
  const cl = REG[0];
  const a = ddMul(yh, yl, ch, cl);
  const al = REG[0];
  const b = ddMul(xh, xl, sh, sl);
  const nh = ddAdd(a, al, -b, -REG[0]);
  const nl = REG[0];
  const d1 = ddMul(xh, xl, ch, cl);
  const d1l = REG[0];
  const d2 = ddMul(yh, yl, sh, sl);
  const dh = ddAdd(d1, d1l, d2, REG[0]);
  const delta = ddDiv(nh, nl, dh, REG[0]);
  const h = ddAdd(t0, 0, delta, REG[0]);
  return roundDD(h, REG[0]);
}

export function crAtan2(y: number, x: number): number {
  const t0 = Math.atan2(y, x);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || !Number.isFinite(t0)) return t0;
  // scale to keep the products in range
  const s = Math.max(Math.abs(x), Math.abs(y));
  const e = frexp(s)[1];
  const ys = ldexp(y, -e);
  const xs = ldexp(x, -e);
  if (Math.abs(ys) < 2 ** -900 || Math.abs(xs) < 2 ** -900) return t0;
  return atanCorrect(t0, ys, 0, xs, 0);
}

export function crAtan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < 2 ** -27) return Math.atan(x);
  if (Math.abs(x) > 2 ** 60) return Math.atan(x);
  return crAtan2(x, 1);
}

/** sqrt(1 - x^2) as a double-double for |x| <= 1. */
function cosOfAsinDD(x: number): number {
  const ax = Math.abs(x);
  if (ax >= 0.5) {
    const a = 1 - ax; // exact
    const bh = twoSum(1, ax);
    const ph = ddMulD(bh, REG[0], a);
    return ddSqrt(ph, REG[0]);
  }
  const sq = twoProd(x, x);
  const dh = ddAdd(1, 0, -sq, -REG[0]);
  return ddSqrt(dh, REG[0]);
}

export function crAsin(x: number): number {
  const t0 = Math.asin(x);
  if (!(Math.abs(x) < 1) || Math.abs(x) < 2 ** -26) return t0;
  const ch = cosOfAsinDD(x);
  return atanCorrect(t0, x, 0, ch, REG[0]);
}

export function crAcos(x: number): number {
  const t0 = Math.acos(x);
  if (!(Math.abs(x) < 1)) return t0;
  if (x === 0) return t0;
  const ch = cosOfAsinDD(x);
  return atanCorrect(t0, ch, REG[0], x, 0);
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

  fns.abs = def(function abs(...args: LuaValue[]): LuaValue {
    const v = args[0];
    if (isInt(v)) {
      if (typeof v === 'number') return rt.ret1(v < 0 ? -v : v);
      return rt.ret1(mkInt(v < 0n ? -v : v));
    }
    const x = num(abs as LuaCallable, args, 1);
    return rt.ret1(flt(x !== x ? POSITIVE_NAN : Math.abs(x)));
  });

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

  fns.fmod = def(function fmod(...args: LuaValue[]): LuaValue {
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
  });
  if (has.tableGetnForeach) fns.mod = fns.fmod;

  fns.modf = def(function modf(...args: LuaValue[]): LuaValue {
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
  });

  unary('sqrt', Math.sqrt);
  unary('exp', crExp);
  unary('sin', crSin);
  unary('cos', crCos);
  unary('tan', crTan);
  unary('asin', crAsin);
  unary('acos', crAcos);

  if (ints) {
    fns.atan = def(function atan(...args: LuaValue[]): LuaValue {
      const self = atan as LuaCallable;
      const y = num(self, args, 1);
      const x = args[1] === undefined ? 1 : num(self, args, 2);
      return rt.ret1(flt(nanFix(crAtan2(y, x), y, x)));
    });
  } else unary('atan', crAtan);

  if (has.mathDeprecatedFunctions) {
    unary('cosh', Math.cosh);
    unary('sinh', Math.sinh);
    unary('tanh', Math.tanh);
    unary('log10', Math.log10);
    if (ints) fns.atan2 = fns.atan!;
    else {
      fns.atan2 = def(function atan2(...args: LuaValue[]): LuaValue {
        const self = atan2 as LuaCallable;
        const y = num(self, args, 1);
        const x = num(self, args, 2);
        return rt.ret1(nanFix(crAtan2(y, x), y, x));
      });
    }
    fns.pow = def(function pow(...args: LuaValue[]): LuaValue {
      const self = pow as LuaCallable;
      const x = num(self, args, 1);
      const y = num(self, args, 2);
      return rt.ret1(flt(nanFix(crPow(x, y), x, y)));
    });
  }

  fns.log = def(function log(...args: LuaValue[]): LuaValue {
    const self = log as LuaCallable;
    const x = num(self, args, 1);
    let r: number;
    if (!has.mathLogBase || args[1] === undefined) r = crLog(x);
    else {
      const base = num(self, args, 2);
      if (base === 2 && has.mathLog2) r = crLog2(x);
      else if (base === 10) r = Math.log10(x);
      else r = crLog(x) / crLog(base);
      r = nanFix(r, x, base);
    }
    return rt.ret1(flt(nanFix(r, x)));
  });

  fns.deg = def(function deg(...args: LuaValue[]): LuaValue {
    const x = num(deg as LuaCallable, args, 1);
    return rt.ret1(flt(has.mathDegMultiplies ? x * (180 / Math.PI) : x / (Math.PI / 180)));
  });
  fns.rad = def(function rad(...args: LuaValue[]): LuaValue {
    const x = num(rad as LuaCallable, args, 1);
    return rt.ret1(flt(x * (Math.PI / 180)));
  });

  fns.frexp = def(function frexp_(...args: LuaValue[]): LuaValue {
    const x = num(frexp_ as LuaCallable, args, 1);
    const [m, e] = frexp(x);
    return rt.ret2(flt(m), e);
  });
  fns.ldexp = def(function ldexp_(...args: LuaValue[]): LuaValue {
    const self = ldexp_ as LuaCallable;
    const x = num(self, args, 1);
    let e: number;
    if (ints) {
      const i = checkInteger(rt, self, args, 2);
      e = typeof i === 'number' ? (Math.abs(i) < 2 ** 31 ? i : Number(BigInt.asIntN(32, BigInt(i)))) : Number(BigInt.asIntN(32, i));
    } else e = toCInt(num(self, args, 2));
    return rt.ret1(flt(ldexp(x, e)));
  });

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
              rt.pushNative(self);
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
    fns.tointeger = def(function tointeger(...args: LuaValue[]): LuaValue {
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
    });
    fns.type = def(function type(...args: LuaValue[]): LuaValue {
      const v = args[0];
      if (typeof v === 'number') return rt.ret1(Number.isInteger(v) ? 'integer' : 'float');
      if (typeof v === 'bigint') return rt.ret1('integer');
      if (v instanceof LuaFloat) return rt.ret1('float');
      checkAny(rt, type as LuaCallable, args, 1);
      return rt.ret1(undefined);
    });
    fns.ult = def(function ult(...args: LuaValue[]): LuaValue {
      const self = ult as LuaCallable;
      const a = checkInteger(rt, self, args, 1);
      const b = checkInteger(rt, self, args, 2);
      if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0) return rt.ret1(a < b);
      return rt.ret1(BigInt.asUintN(64, toBig(a)) < BigInt.asUintN(64, toBig(b)));
    });
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

  fns.random = def(function random(...args: LuaValue[]): LuaValue {
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
  });

  fns.randomseed = def(function randomseed(...args: LuaValue[]): LuaValue {
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
  });
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

  fns.random = def(function random(...args: LuaValue[]): LuaValue {
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
  });

  fns.randomseed = def(function randomseed(...args: LuaValue[]): LuaValue {
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
  });
}

