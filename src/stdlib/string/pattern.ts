/**
 * Lua patterns (the manual's "Patterns" section): string.find, string.match,
 * string.gmatch and string.gsub.
 *
 * A pattern is first compiled (and cached) into a list of items; the matcher is a
 * backtracking interpreter over those items with the same structure as the reference
 * implementation (one recursion level per pending alternative: captures, '?', '*', '+',
 * '-'), so that the recursion limit ("pattern too complex", 200 levels where the dialect
 * has it), the moment each error is found and every result are the official ones. Subject
 * and pattern are byte strings (one char per byte); positions are 0-based char indices
 * internally and -1 means "no match". Attempts that would fail on their first byte are
 * skipped with indexOf/lastIndexOf (a literal byte the match must begin with).
 *
 * Invariant: a MatchState is used by one top-level operation at a time; states come from
 * a small pool so that re-entrant use (a gsub replacement function calling string.find)
 * gets a fresh one. The instruction budget is charged one unit per matcher step.
 */
import { chargeNewString, chargeString, LARGE_STRING, SIZE } from '../../runtime/alloc.js';
import { numberToString, type LuaNumber } from '../../runtime/numbers.js';
import { index, typeName } from '../../runtime/ops.js';
import type { LuaCallable, Runtime } from '../../runtime/runtime.js';
import { LuaTable } from '../../runtime/table.js';
import { LuaFloat, type LuaValue } from '../../runtime/value.js';
import { argError, checkInt, checkString, luaError, typeError } from '../aux.js';

const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;
const MAXCAPTURES = 32;
/** Recursion levels of the matcher (MAXCCALLS) where the dialect limits them. */
const MAXCCALLS = 200;
/** Without a limit (5.1's matcher recurses on the C stack), a bound that keeps the JS stack safe. */
const UNLIMITED_DEPTH = 4000;

// ---------------------------------------------------------------- character classes (C locale)

const C_ALPHA = 1;
const C_CNTRL = 2;
const C_DIGIT = 4;
const C_GRAPH = 8;
const C_LOWER = 16;
const C_PUNCT = 32;
const C_SPACE = 64;
const C_UPPER = 128;
const C_XDIGIT = 256;
const C_ZERO = 512;
const C_ALNUM = C_ALPHA | C_DIGIT;

/** ctype bits of each byte in the C locale. */
export const CTYPE = new Uint16Array(256);
for (let c = 0; c < 256; c++) {
  let m = 0;
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  const digit = c >= 48 && c <= 57;
  if (upper || lower) m |= C_ALPHA;
  if (c < 32 || c === 127) m |= C_CNTRL;
  if (digit) m |= C_DIGIT;
  if (c >= 33 && c <= 126) m |= C_GRAPH;
  if (lower) m |= C_LOWER;
  if (c >= 33 && c <= 126 && !upper && !lower && !digit) m |= C_PUNCT;
  if (c === 32 || (c >= 9 && c <= 13)) m |= C_SPACE;
  if (upper) m |= C_UPPER;
  if (digit || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) m |= C_XDIGIT;
  if (c === 0) m |= C_ZERO;
  CTYPE[c] = m;
}

/** For each class letter: its ctype mask (negative for the complement), 0 for a literal. */
function classTable(withG: boolean): Int32Array {
  const t = new Int32Array(256);
  const set = (ch: string, mask: number): void => {
    t[ch.charCodeAt(0)] = mask;
    t[ch.toUpperCase().charCodeAt(0)] = -mask;
  };
  set('a', C_ALPHA);
  set('c', C_CNTRL);
  set('d', C_DIGIT);
  if (withG) set('g', C_GRAPH);
  set('l', C_LOWER);
  set('p', C_PUNCT);
  set('s', C_SPACE);
  set('u', C_UPPER);
  set('w', C_ALNUM);
  set('x', C_XDIGIT);
  set('z', C_ZERO);
  return t;
}
const CLASSES_G = classTable(true);
const CLASSES_NO_G = classTable(false);

/** Characters that make a pattern more than a plain string (SPECIALS). */
const SPECIALS = '^$*+?.([%-';
const IS_SPECIAL = new Uint8Array(256);
for (const ch of SPECIALS) IS_SPECIAL[ch.charCodeAt(0)] = 1;

/** One-char strings, to search for a byte without allocating. */
const CHARS: string[] = [];
for (let c = 0; c < 256; c++) CHARS.push(String.fromCharCode(c));

// ---------------------------------------------------------------- configuration

/** Per-dialect pattern behaviour, computed once per runtime. */
export interface PatternConfig {
  readonly classes: Int32Array;
  readonly maxDepth: number;
  /** 5.1: a pattern ends at its first NUL byte; specials are looked for up to it. */
  readonly nulTerminated: boolean;
  readonly numberedPatternCaptureError: boolean;
  readonly numberedReplacementCaptureError: boolean;
  readonly strictReplacement: boolean;
  readonly balanceMessage: string;
  /** 5.3+: gsub/gmatch skip an empty match right where the previous match ended. */
  readonly skipEmptyAfterMatch: boolean;
  readonly findInitPastEndFails: boolean;
  readonly gmatchInit: boolean;
  readonly typedReplacementError: boolean;
  /** 5.2: gsub's count is unsigned (a negative count means no limit). */
  readonly unsignedMaxCount: boolean;
  /** Compiled patterns of this configuration (with and without a leading anchor). */
  readonly cache: Map<string, Compiled>;
  readonly plainCache: Map<string, Compiled>;
}

const configs = new Map<string, PatternConfig>();

export function patternConfig(rt: Runtime): PatternConfig {
  const has = rt.dialect.has;
  const key = rt.dialect.name;
  const known = configs.get(key);
  if (known) return known;
  const cfg: PatternConfig = {
    classes: has.patternClassG ? CLASSES_G : CLASSES_NO_G,
    maxDepth: has.patternDepthLimit ? MAXCCALLS : UNLIMITED_DEPTH,
    nulTerminated: has.patternNulTerminated,
    numberedPatternCaptureError: has.patternCaptureIndexNumbered,
    numberedReplacementCaptureError: has.replacementCaptureIndexNumbered,
    strictReplacement: has.strictReplacementEscapes,
    balanceMessage: has.patternBalanceArgsMessage ? "malformed pattern (missing arguments to '%b')" : 'unbalanced pattern',
    skipEmptyAfterMatch: has.gsubSkipsEmptyAfterMatch,
    findInitPastEndFails: has.findInitPastEndFails,
    gmatchInit: has.gmatchInit,
    typedReplacementError: has.typedArgExpected,
    unsignedMaxCount: has.gsubCountUnsigned,
    cache: new Map(),
    plainCache: new Map(),
  };
  configs.set(key, cfg);
  return cfg;
}

// ---------------------------------------------------------------- compiled patterns
//
// A pattern is parsed once into a list of items, exactly as the reference matcher reads
// it from left to right: a capture opening '(' or '()', a capture closing ')', the final
// '$', '%b', '%f[set]', a back-reference '%1'-'%9', or a single-character class (a
// literal, '.', '%x' or '[set]') with an optional quantifier. A malformed construct
// becomes an ERROR item carrying the official message: like the reference, the error is
// raised only when matching reaches it.

const I_OPEN = 0;
const I_POSCAP = 1;
const I_CLOSE = 2;
const I_END = 3;
const I_BALANCE = 4;
const I_FRONTIER = 5;
const I_BACKREF = 6;
const I_ERROR = 7;
const I_LIT = 8;
const I_ANY = 9;
const I_SET = 10;

const Q_NONE = 0;
const Q_STAR = 1;
const Q_PLUS = 2;
const Q_MIN = 3;
const Q_OPT = 4;

export interface Compiled {
  readonly n: number;
  readonly kind: Uint8Array;
  readonly quant: Uint8Array;
  /** I_LIT: the byte; I_BALANCE: open | close << 8; I_BACKREF: the digit's code. */
  readonly arg: Int32Array;
  /** I_SET and I_FRONTIER: membership of each byte. */
  readonly sets: (Uint8Array | null)[];
  readonly errors: (string | null)[];
  /** Whether the pattern starts with '^' (find, match and gsub anchor it). */
  readonly anchor: boolean;
  /** The byte every match must start with (after leading captures), or -1. */
  readonly firstLit: number;
  /** Else the set every match must start with, or null. */
  readonly firstSet: Uint8Array | null;
  /** For each item: the byte the following item must match first, or -1. */
  readonly nextLit: Int32Array;
}

const CLASS_SETS = new Map<Int32Array, (Uint8Array | undefined)[]>();

/** Membership table of '%<cl>' (or of the literal cl when it is not a class letter). */
function classSet(classes: Int32Array, cl: number): Uint8Array {
  let byTable = CLASS_SETS.get(classes);
  if (!byTable) {
    byTable = new Array(256);
    CLASS_SETS.set(classes, byTable);
  }
  let t = byTable[cl];
  if (!t) {
    t = new Uint8Array(256);
    for (let c = 0; c < 256; c++) t[c] = matchClassRaw(classes, c, cl) ? 1 : 0;
    byTable[cl] = t;
  }
  return t;
}

function matchClassRaw(classes: Int32Array, c: number, cl: number): boolean {
  const m = classes[cl]!;
  if (m === 0) return cl === c;
  return m > 0 ? (CTYPE[c]! & m) !== 0 : (CTYPE[c]! & -m) === 0;
}

/** The set [p .. ec] (p at '[', ec at the closing ']') as a membership table. */
function bracketSet(classes: Int32Array, pat: string, p: number, ec: number): Uint8Array {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    let q = p;
    let sig = 1;
    if (pat.charCodeAt(q + 1) === 94 /* ^ */) {
      sig = 0;
      q++;
    }
    let res = 1 - sig;
    while (++q < ec) {
      const pc = pat.charCodeAt(q);
      if (pc === 37 /* % */) {
        q++;
        if (matchClassRaw(classes, c, pat.charCodeAt(q))) {
          res = sig;
          break;
        }
      } else if (pat.charCodeAt(q + 1) === 45 /* - */ && q + 2 < ec) {
        q += 2;
        if (pc <= c && c <= pat.charCodeAt(q)) {
          res = sig;
          break;
        }
      } else if (pc === c) {
        res = sig;
        break;
      }
    }
    t[c] = res;
  }
  return t;
}

const MAX_CACHE = 512;

/**
 * The compiled form of a pattern (cached). With `anchored`, a leading '^' anchors the
 * match (find, match, gsub); gmatch takes it as an ordinary character.
 */
function compile(pat: string, cfg: PatternConfig, anchored: boolean): Compiled {
  const cache = anchored ? cfg.cache : cfg.plainCache;
  let cp = cache.get(pat);
  if (cp !== undefined) return cp;
  cp = compileUncached(pat, cfg, anchored && pat.charCodeAt(0) === 94);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(pat, cp);
  return cp;
}

function compileUncached(pat: string, cfg: PatternConfig, anchor: boolean): Compiled {
  const classes = cfg.classes;
  const kinds: number[] = [];
  const quants: number[] = [];
  const args: number[] = [];
  const sets: (Uint8Array | null)[] = [];
  const errors: (string | null)[] = [];
  const pEnd = pat.length;
  const push = (k: number, q: number, a: number, set: Uint8Array | null, err: string | null): void => {
    kinds.push(k);
    quants.push(q);
    args.push(a);
    sets.push(set);
    errors.push(err);
  };
  /** classEnd: the end of the single-char class at p, or an error message. */
  const classEnd = (p: number): number | string => {
    const c = pat.charCodeAt(p++);
    if (c === 37 /* % */) {
      if (p >= pEnd) return "malformed pattern (ends with '%')";
      return p + 1;
    }
    if (c === 91 /* [ */) {
      if (pat.charCodeAt(p) === 94) p++;
      do {
        if (p >= pEnd) return "malformed pattern (missing ']')";
        const cc = pat.charCodeAt(p++);
        if (cc === 37 && p < pEnd) p++;
      } while (pat.charCodeAt(p) !== 93);
      return p + 1;
    }
    return p;
  };
  let p = anchor ? 1 : 0;
  while (p < pEnd) {
    const c = pat.charCodeAt(p);
    if (c === 40 /* ( */) {
      if (pat.charCodeAt(p + 1) === 41) {
        push(I_POSCAP, Q_NONE, 0, null, null);
        p += 2;
      } else {
        push(I_OPEN, Q_NONE, 0, null, null);
        p++;
      }
      continue;
    }
    if (c === 41 /* ) */) {
      push(I_CLOSE, Q_NONE, 0, null, null);
      p++;
      continue;
    }
    if (c === 36 /* $ */ && p + 1 === pEnd) {
      push(I_END, Q_NONE, 0, null, null);
      p++;
      continue;
    }
    if (c === 37 /* % */) {
      const nc = pat.charCodeAt(p + 1);
      if (nc === 98 /* b */) {
        if (p + 2 >= pEnd - 1) {
          push(I_ERROR, Q_NONE, 0, null, cfg.balanceMessage);
          break;
        }
        push(I_BALANCE, Q_NONE, pat.charCodeAt(p + 2) | (pat.charCodeAt(p + 3) << 8), null, null);
        p += 4;
        continue;
      }
      if (nc === 102 /* f */) {
        p += 2;
        if (pat.charCodeAt(p) !== 91) {
          push(I_ERROR, Q_NONE, 0, null, "missing '[' after '%f' in pattern");
          break;
        }
        const ep = classEnd(p);
        if (typeof ep === 'string') {
          push(I_ERROR, Q_NONE, 0, null, ep);
          break;
        }
        push(I_FRONTIER, Q_NONE, 0, bracketSet(classes, pat, p, ep - 1), null);
        p = ep;
        continue;
      }
      if (nc >= 48 && nc <= 57) {
        push(I_BACKREF, Q_NONE, nc, null, null);
        p += 2;
        continue;
      }
    }
    // a single-character class plus an optional quantifier
    const ep = classEnd(p);
    if (typeof ep === 'string') {
      push(I_ERROR, Q_NONE, 0, null, ep);
      break;
    }
    const qc = pat.charCodeAt(ep);
    const q = qc === 42 ? Q_STAR : qc === 43 ? Q_PLUS : qc === 45 ? Q_MIN : qc === 63 ? Q_OPT : Q_NONE;
    if (c === 46 /* . */) push(I_ANY, q, 0, null, null);
    else if (c === 37) push(I_SET, q, 0, classSet(classes, pat.charCodeAt(p + 1)), null);
    else if (c === 91) push(I_SET, q, 0, bracketSet(classes, pat, p, ep - 1), null);
    else push(I_LIT, q, c, null, null);
    p = q === Q_NONE ? ep : ep + 1;
  }
  const n = kinds.length;
  const kind = Uint8Array.from(kinds);
  const quant = Uint8Array.from(quants);
  const arg = Int32Array.from(args);
  const litAt = (i: number): number =>
    i < n && kind[i] === I_LIT && (quant[i] === Q_NONE || quant[i] === Q_PLUS) ? arg[i]! : -1;
  const nextLit = new Int32Array(n);
  for (let i = 0; i < n; i++) nextLit[i] = litAt(i + 1);
  let k = 0;
  while (k < n && k < MAXCAPTURES && (kind[k] === I_OPEN || kind[k] === I_POSCAP)) k++;
  const firstLit = litAt(k);
  const firstSet = firstLit < 0 && k < n && kind[k] === I_SET && (quant[k] === Q_NONE || quant[k] === Q_PLUS) ? sets[k]! : null;
  return { n, kind, quant, arg, sets, errors, anchor, firstLit, firstSet, nextLit };
}

// ---------------------------------------------------------------- the match state

class MatchState {
  src = '';
  srcEnd = 0;
  cp: Compiled = EMPTY;
  level = 0;
  depth = 0;
  readonly capInit = new Int32Array(MAXCAPTURES);
  readonly capLen = new Int32Array(MAXCAPTURES);
  constructor(readonly rt: Runtime, readonly cfg: PatternConfig) {}
}

const EMPTY: Compiled = {
  n: 0, kind: new Uint8Array(0), quant: new Uint8Array(0), arg: new Int32Array(0), sets: [], errors: [], anchor: false, firstLit: -1, firstSet: null,
  nextLit: new Int32Array(0),
};

const pools = new WeakMap<Runtime, MatchState[]>();

function acquire(rt: Runtime, cfg: PatternConfig, src: string, cp: Compiled): MatchState {
  let pool = pools.get(rt);
  if (pool === undefined) {
    pool = [];
    pools.set(rt, pool);
  }
  const ms = pool.pop() ?? new MatchState(rt, cfg);
  ms.src = src;
  ms.srcEnd = src.length;
  ms.cp = cp;
  ms.level = 0;
  ms.depth = cfg.maxDepth;
  return ms;
}

function release(ms: MatchState): void {
  ms.src = '';
  ms.cp = EMPTY;
  pools.get(ms.rt)!.push(ms);
}

// ---------------------------------------------------------------- the matcher

/** Whether item i (a single-character class) matches the byte at s. */
function singleMatch(ms: MatchState, s: number, i: number): boolean {
  if (s >= ms.srcEnd) return false;
  const cp = ms.cp;
  switch (cp.kind[i]) {
    case I_LIT: return ms.src.charCodeAt(s) === cp.arg[i];
    case I_ANY: return true;
    default: return cp.sets[i]![ms.src.charCodeAt(s)] === 1;
  }
}

function matchBalance(ms: MatchState, s: number, be: number): number {
  const src = ms.src;
  const b = be & 0xff;
  if (s >= ms.srcEnd || src.charCodeAt(s) !== b) return -1;
  const e = be >> 8;
  const end = ms.srcEnd;
  let cont = 1;
  while (++s < end) {
    const c = src.charCodeAt(s);
    if (c === e) {
      if (--cont === 0) return s + 1;
    } else if (c === b) cont++;
  }
  return -1;
}

function maxExpand(ms: MatchState, s: number, i: number): number {
  const cp = ms.cp;
  const src = ms.src;
  const end = ms.srcEnd;
  let k = 0;
  const kind = cp.kind[i];
  if (kind === I_ANY) k = end - s;
  else if (kind === I_LIT) {
    const c = cp.arg[i];
    while (s + k < end && src.charCodeAt(s + k) === c) k++;
  } else {
    const set = cp.sets[i]!;
    while (s + k < end && set[src.charCodeAt(s + k)] === 1) k++;
  }
  if (k > 64) ms.rt.charge(k >> 3);
  const lit = cp.nextLit[i]!;
  if (lit >= 0) {
    if (ms.depth === 0) luaError(ms.rt, 'pattern too complex');
    const ch = CHARS[lit]!;
    while (k >= 0) {
      const pos = src.lastIndexOf(ch, s + k);
      if (pos < s) return -1;
      k = pos - s;
      const res = doMatch(ms, pos, i + 1);
      if (res !== -1) return res;
      k--;
    }
    return -1;
  }
  while (k >= 0) {
    const res = doMatch(ms, s + k, i + 1);
    if (res !== -1) return res;
    k--;
  }
  return -1;
}

function minExpand(ms: MatchState, s: number, i: number): number {
  const lit = ms.cp.nextLit[i]!;
  if (lit >= 0) {
    if (ms.depth === 0) luaError(ms.rt, 'pattern too complex');
    const src = ms.src;
    const any = ms.cp.kind[i] === I_ANY;
    for (;;) {
      if (src.charCodeAt(s) === lit) {
        const res = doMatch(ms, s, i + 1);
        if (res !== -1) return res;
      } else if (any) {
        const pos = src.indexOf(CHARS[lit]!, s);
        const scanned = (pos < 0 ? ms.srcEnd : pos) - s;
        if (scanned > 64) ms.rt.charge(scanned >> 3);
        if (pos < 0) return -1;
        s = pos;
        continue;
      }
      if (singleMatch(ms, s, i)) s++;
      else return -1;
    }
  }
  for (;;) {
    const res = doMatch(ms, s, i + 1);
    if (res !== -1) return res;
    if (singleMatch(ms, s, i)) s++;
    else return -1;
  }
}

function startCapture(ms: MatchState, s: number, i: number, what: number): number {
  const level = ms.level;
  if (level >= MAXCAPTURES) luaError(ms.rt, 'too many captures');
  ms.capInit[level] = s;
  ms.capLen[level] = what;
  ms.level = level + 1;
  const res = doMatch(ms, s, i);
  if (res === -1) ms.level--;
  return res;
}

function endCapture(ms: MatchState, s: number, i: number): number {
  let l = ms.level - 1;
  for (; l >= 0; l--) if (ms.capLen[l] === CAP_UNFINISHED) break;
  if (l < 0) luaError(ms.rt, 'invalid pattern capture');
  ms.capLen[l] = s - ms.capInit[l]!;
  const res = doMatch(ms, s, i);
  if (res === -1) ms.capLen[l] = CAP_UNFINISHED;
  return res;
}

function matchCapture(ms: MatchState, s: number, lc: number): number {
  const l = lc - 49; /* '1' */
  if (l < 0 || l >= ms.level || ms.capLen[l] === CAP_UNFINISHED) {
    luaError(ms.rt, ms.cfg.numberedPatternCaptureError ? `invalid capture index %${l + 1}` : 'invalid capture index');
  }
  const len = ms.capLen[l]!;
  if (len < 0 || ms.srcEnd - s < len) return -1;
  const src = ms.src;
  const init = ms.capInit[l]!;
  for (let k = 0; k < len; k++) if (src.charCodeAt(init + k) !== src.charCodeAt(s + k)) return -1;
  return s + len;
}

/** Matches the items from i against the subject from s: the end of the match, or -1. */
function doMatch(ms: MatchState, s: number, i: number): number {
  if (ms.depth-- === 0) luaError(ms.rt, 'pattern too complex');
  const rt = ms.rt;
  if (--rt.budget <= 0) rt.tick();
  const cp = ms.cp;
  const n = cp.n;
  const kind = cp.kind;
  const src = ms.src;
  const srcEnd = ms.srcEnd;
  outer: for (;;) {
    if (i === n) break;
    switch (kind[i]) {
      case I_LIT:
        if (cp.quant[i] === Q_NONE) {
          if (s < srcEnd && src.charCodeAt(s) === cp.arg[i]) {
            s++;
            i++;
            continue;
          }
          s = -1;
          break outer;
        }
        break;
      case I_OPEN:
        s = startCapture(ms, s, i + 1, CAP_UNFINISHED);
        break outer;
      case I_POSCAP:
        s = startCapture(ms, s, i + 1, CAP_POSITION);
        break outer;
      case I_CLOSE:
        s = endCapture(ms, s, i + 1);
        break outer;
      case I_END:
        if (s !== srcEnd) s = -1;
        break outer;
      case I_BALANCE:
        s = matchBalance(ms, s, cp.arg[i]!);
        if (s !== -1) {
          i++;
          continue;
        }
        break outer;
      case I_FRONTIER: {
        const set = cp.sets[i]!;
        const prev = s === 0 ? 0 : src.charCodeAt(s - 1);
        const cur = s < srcEnd ? src.charCodeAt(s) : 0;
        if (set[prev] === 0 && set[cur] === 1) {
          i++;
          continue;
        }
        s = -1;
        break outer;
      }
      case I_BACKREF:
        s = matchCapture(ms, s, cp.arg[i]!);
        if (s !== -1) {
          i++;
          continue;
        }
        break outer;
      case I_ERROR:
        luaError(rt, cp.errors[i]!);
    }
    // a single-character class plus an optional quantifier
    const q = cp.quant[i];
    let m = false;
    if (s < srcEnd) {
      const k = kind[i];
      m = k === I_ANY || (k === I_LIT ? src.charCodeAt(s) === cp.arg[i] : cp.sets[i]![src.charCodeAt(s)] === 1);
    }
    if (!m) {
      if (q === Q_STAR || q === Q_OPT || q === Q_MIN) {
        i++;
        continue;
      }
      s = -1;
      break;
    }
    switch (q) {
      case Q_OPT: {
        const res = doMatch(ms, s + 1, i + 1);
        if (res !== -1) {
          s = res;
          break outer;
        }
        i++;
        continue;
      }
      case Q_PLUS:
        s = maxExpand(ms, s + 1, i);
        break outer;
      case Q_STAR:
        s = maxExpand(ms, s, i);
        break outer;
      case Q_MIN:
        s = minExpand(ms, s, i);
        break outer;
      default:
        s++;
        i++;
        continue;
    }
  }
  ms.depth++;
  return s;
}

// ---------------------------------------------------------------- captures

/** Capture i as a Lua value (s..e is the whole match, used when there are no captures). */
function getCapture(ms: MatchState, i: number, s: number, e: number, numbered: boolean): LuaValue {
  if (i >= ms.level) {
    if (i !== 0) luaError(ms.rt, numbered ? `invalid capture index %${i + 1}` : 'invalid capture index');
    chargeString(e - s);
    return ms.src.slice(s, e);
  }
  const l = ms.capLen[i]!;
  const init = ms.capInit[i]!;
  if (l === CAP_UNFINISHED) luaError(ms.rt, 'unfinished capture');
  if (l === CAP_POSITION) return init + 1;
  chargeString(l);
  return ms.src.slice(init, init + l);
}

/** All captures (or the whole match when s >= 0 and there are none). */
function captures(ms: MatchState, s: number, e: number): LuaValue[] {
  const n = ms.level === 0 && s >= 0 ? 1 : ms.level;
  const out = new Array<LuaValue>(n);
  for (let i = 0; i < n; i++) out[i] = getCapture(ms, i, s, e, false);
  return out;
}

/** Returns the captures from a native: the first as the JS result, the rest in rt.rets. */
function returnCaptures(rt: Runtime, ms: MatchState, s: number, e: number): LuaValue {
  const n = ms.level === 0 && s >= 0 ? 1 : ms.level;
  if (n === 1) return rt.ret1(getCapture(ms, 0, s, e, false));
  if (n === 0) return rt.ret0();
  const first = getCapture(ms, 0, s, e, false);
  const rets = rt.rets;
  for (let i = 1; i < n; i++) rets[i] = getCapture(ms, i, s, e, false);
  rt.nret = n;
  return first;
}

// ---------------------------------------------------------------- helpers

const TWO63 = 2 ** 63;

/**
 * An integer argument as the string library reads positions and counts: like checkInt,
 * except that in float-only dialects a float outside the 64-bit range (or NaN) becomes
 * the most negative integer, as the C conversion does on the official builds.
 */
export function checkPos(rt: Runtime, self: LuaCallable, args: LuaValue[], n: number): number {
  const r = checkInt(rt, self, args, n);
  if (!rt.hasIntegers && (r >= Number.MAX_SAFE_INTEGER || r <= -Number.MAX_SAFE_INTEGER || r !== r)) {
    const v = args[n - 1];
    const f = typeof v === 'number' ? v : Number(r);
    if (!(f >= -TWO63 && f < TWO63)) return -Number.MAX_SAFE_INTEGER;
  }
  return r;
}

/** Whether a pattern has no special characters (then find does a plain search). */
function noSpecials(p: string, cfg: PatternConfig): boolean {
  const n = p.length;
  for (let i = 0; i < n; i++) {
    const c = p.charCodeAt(i);
    if (c === 0 && cfg.nulTerminated) return true;
    if (IS_SPECIAL[c]) return false;
  }
  return true;
}

/** The pattern as the matcher sees it (5.1: up to its first NUL). */
function effectivePattern(p: string, cfg: PatternConfig): string {
  if (cfg.nulTerminated) {
    const z = p.indexOf('\0');
    if (z >= 0) return p.slice(0, z);
  }
  return p;
}

/** posrelat for a start position: 1-based, clamped to >= 1. */
function startPos(i: number, len: number): number {
  if (i > 0) return i;
  if (i === 0) return 1;
  if (i < -len) return 1;
  return len + i + 1;
}

// ---------------------------------------------------------------- the library functions

export interface PatternFunctions {
  find: LuaCallable;
  match: LuaCallable;
  gmatch: LuaCallable;
  gsub: LuaCallable;
}

type Namer = (q: string, f: (...args: LuaValue[]) => LuaValue) => LuaCallable;

/** A native's actual arguments (for the slow paths: conversions and error messages). */
function argList(a: IArguments): LuaValue[] {
  return Array.prototype.slice.call(a) as LuaValue[];
}

/** An integer argument that is already a small JS integer, else undefined. */
function smallInt(v: LuaValue): number | undefined {
  return typeof v === 'number' && (v | 0) === v ? v : undefined;
}

export function makePatternFunctions(rt: Runtime, cfg: PatternConfig, name: Namer): PatternFunctions {
  /** str_find_aux, once the arguments are known to be right. */
  const findAux = (s: string, p: string, i: number, plain: boolean, find: boolean): LuaValue => {
    const ls = s.length;
    let init: number;
    if (cfg.findInitPastEndFails) {
      init = startPos(i, ls) - 1;
      if (init > ls) return rt.ret1(undefined);
    } else {
      // 5.1: posrelat, then clamped into [0, len]
      let pos = i < 0 ? i + ls + 1 : i;
      if (pos < 0) pos = 0;
      init = pos - 1;
      if (init < 0) init = 0;
      else if (init > ls) init = ls;
    }
    if (find && (plain || noSpecials(p, cfg))) {
      const at = s.indexOf(p, init);
      if (at < 0) return rt.ret1(undefined);
      return rt.ret2(at + 1, at + p.length);
    }
    const cp = compile(effectivePattern(p, cfg), cfg, true);
    const anchor = cp.anchor;
    const ms = acquire(rt, cfg, s, cp);
    const lit = anchor ? -1 : cp.firstLit;
    const litCh = lit >= 0 ? CHARS[lit]! : '';
    const set = anchor ? null : cp.firstSet;
    let s1 = init;
    do {
      if (lit >= 0) {
        const at = s.indexOf(litCh, s1);
        if (at < 0) break;
        s1 = at;
      } else if (set !== null) {
        while (s1 < ls && set[s.charCodeAt(s1)] === 0) s1++;
        if (s1 >= ls) break;
      }
      ms.level = 0;
      ms.depth = cfg.maxDepth;
      const res = doMatch(ms, s1, 0);
      if (res !== -1) {
        let r: LuaValue;
        if (find) {
          if (ms.level === 0) r = rt.ret2(s1 + 1, res);
          else {
            const caps = captures(ms, -1, 0);
            r = rt.ret([s1 + 1, res, ...caps]);
          }
        } else r = returnCaptures(rt, ms, s1, res);
        release(ms);
        return r;
      }
    } while (s1++ < ls && !anchor);
    release(ms);
    return rt.ret1(undefined);
  };

  const findSlow = (self: LuaCallable, args: LuaValue[], find: boolean): LuaValue => {
    const s = checkString(rt, self, args, 1);
    const p = checkString(rt, self, args, 2);
    const i = args[2] !== undefined ? checkPos(rt, self, args, 3) : 1;
    return findAux(s, p, i, find && args[3] !== undefined && args[3] !== false, find);
  };

  const find = name('string.find', function find(s: LuaValue, p: LuaValue, init: LuaValue, plain: LuaValue): LuaValue {
    const i = init === undefined ? 1 : smallInt(init);
    if (typeof s !== 'string' || typeof p !== 'string' || i === undefined) return findSlow(find, argList(arguments), true);
    return findAux(s, p, i, plain !== undefined && plain !== false, true);
  } as (...args: LuaValue[]) => LuaValue);

  const match = name('string.match', function match(s: LuaValue, p: LuaValue, init: LuaValue): LuaValue {
    const i = init === undefined ? 1 : smallInt(init);
    if (typeof s !== 'string' || typeof p !== 'string' || i === undefined) return findSlow(match, argList(arguments), false);
    return findAux(s, p, i, false, false);
  } as (...args: LuaValue[]) => LuaValue);

  const gmatch = name('string.gmatch', function gmatch(...args: LuaValue[]): LuaValue {
    const self = gmatch as LuaCallable;
    const s = checkString(rt, self, args, 1);
    const p = effectivePattern(checkString(rt, self, args, 2), cfg);
    const ls = s.length;
    let src = 0;
    if (cfg.gmatchInit) {
      const i = args[2] === undefined ? 1 : checkPos(rt, self, args, 3);
      src = startPos(i, ls) - 1;
      if (src > ls) src = ls + 1;
    }
    const cp = compile(p, cfg, false);
    let lastMatch = -1;
    const lit = cp.firstLit;
    const litCh = lit >= 0 ? CHARS[lit]! : '';
    const set = cp.firstSet;
    const skipEmpty = cfg.skipEmptyAfterMatch;
    const iter = function gmatchIter(): LuaValue {
      const ms = acquire(rt, cfg, s, cp);
      for (; src <= ls; src++) {
        if (lit >= 0) {
          const at = s.indexOf(litCh, src);
          if (at < 0) {
            src = ls + 1;
            break;
          }
          src = at;
        } else if (set !== null) {
          while (src < ls && set[s.charCodeAt(src)] === 0) src++;
          if (src >= ls) {
            src = ls + 1;
            break;
          }
        }
        ms.level = 0;
        ms.depth = cfg.maxDepth;
        const e = doMatch(ms, src, 0);
        if (e !== -1) {
          if (skipEmpty && e === lastMatch) continue;
          const start = src;
          if (skipEmpty) src = lastMatch = e;
          else src = e === start ? e + 1 : e;
          const r = returnCaptures(rt, ms, start, e);
          release(ms);
          return r;
        }
      }
      release(ms);
      return rt.ret0();
    };
    return rt.ret1(iter);
  });

  const gsubSlow = (self: LuaCallable, args: LuaValue[]): LuaValue => {
    const src = checkString(rt, self, args, 1);
    const p = checkString(rt, self, args, 2);
    const repl = args[2];
    const tr = typeof repl;
    let maxS = args[3] === undefined ? src.length + 1 : checkPos(rt, self, args, 4);
    if (maxS < 0 && cfg.unsignedMaxCount) maxS = Infinity;
    if (!(tr === 'string' || tr === 'number' || tr === 'bigint' || repl instanceof LuaFloat || tr === 'function' || repl instanceof LuaTable)) {
      if (cfg.typedReplacementError) typeError(rt, self, args, 3, 'string/function/table');
      argError(rt, self, 3, 'string/function/table expected');
    }
    return gsubAux(src, p, repl, maxS);
  };

  const gsub = name('string.gsub', function gsub(src: LuaValue, p: LuaValue, repl: LuaValue, n: LuaValue): LuaValue {
    const tr = typeof repl;
    if (typeof src !== 'string' || typeof p !== 'string' || n !== undefined || !(tr === 'string' || tr === 'function' || repl instanceof LuaTable)) {
      return gsubSlow(gsub, argList(arguments));
    }
    return gsubAux(src, p, repl, src.length + 1);
  } as (...args: LuaValue[]) => LuaValue);

  const gsubAux = (src: string, p: string, repl: LuaValue, maxS: number): LuaValue => {
    const tr = typeof repl;
    const srcl = src.length;
    const cp = compile(effectivePattern(p, cfg), cfg, true);
    const anchor = cp.anchor;

    // the replacement
    let replStr: string | null = null;
    let replPlain = false;
    if (tr === 'string') replStr = repl as string;
    else if (tr === 'number' || tr === 'bigint' || repl instanceof LuaFloat) replStr = numberToString(repl as LuaNumber, rt.numFmt);
    if (replStr !== null) replPlain = replStr.indexOf('%') < 0;

    const ms = acquire(rt, cfg, src, cp);
    const lit = anchor ? -1 : cp.firstLit;
    const litCh = lit >= 0 ? CHARS[lit]! : '';
    const set = anchor ? null : cp.firstSet;
    // the result's pieces, joined at the end (a flat string: the result is usually read
    // again, and a rope of slices costs more to keep and to read)
    const out: string[] = [];
    let outLen = 0;
    let copied = 0; // src[copied .. s) still has to be copied to out
    let s = 0;
    let n = 0;
    let lastMatch = -1;
    // the result grows in 'out': reserved with the collector each time it passes this
    let reserveAt = LARGE_STRING;
    const skipEmpty = cfg.skipEmptyAfterMatch;
    while (n < maxS) {
      if (lit >= 0) {
        const at = src.indexOf(litCh, s);
        if (at < 0) break;
        s = at;
      } else if (set !== null) {
        while (s < srcl && set[src.charCodeAt(s)] === 0) s++;
        if (s >= srcl) break;
      }
      ms.level = 0;
      ms.depth = cfg.maxDepth;
      const e = doMatch(ms, s, 0);
      if (e !== -1 && (!skipEmpty || e !== lastMatch)) {
        n++;
        // add the replacement of src[s..e)
        let piece: string;
        if (s > copied) {
          out.push(src.slice(copied, s));
          outLen += s - copied;
        }
        if (replPlain) piece = replStr!;
        else if (replStr !== null) piece = expandReplacement(ms, replStr, s, e);
        else {
          let v: LuaValue;
          if (tr === 'function') {
            const nc = ms.level === 0 ? 1 : ms.level;
            const args = nc === 1 ? [getCapture(ms, 0, s, e, false)] : captures(ms, s, e);
            // (gsub takes a level while the function runs: tracebacks and hooks show it)
            const depth = rt.pushNative(gsub as unknown as LuaCallable);
            v = rt.call(repl, args);
            rt.depth = depth;
          } else {
            const key = getCapture(ms, 0, s, e, false);
            const t = repl as LuaTable;
            v = t.metatable === null ? (typeof key === 'string' ? t.getStr(key) : t.get(key)) : index(rt, t, key, 0, null);
          }
          if (v === undefined || v === false) piece = src.slice(s, e);
          else if (typeof v === 'string') piece = v;
          else if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) piece = numberToString(v, rt.numFmt);
          else luaError(rt, `invalid replacement value (a ${typeName(v)})`);
        }
        out.push(piece);
        outLen += piece.length;
        if (outLen > reserveAt && rt.collector !== null) {
          // the pieces so far, each with a header (and the replacement, which no Lua frame may hold)
          rt.collector.reserve(outLen + SIZE.string * n, repl);
          reserveAt = outLen + (outLen >> 2);
        }
        copied = e;
        if (skipEmpty) s = lastMatch = e;
        else if (e > s) s = e;
        else if (s < srcl) s++;
        else break;
      } else if (s < srcl) s++;
      else break;
      if (anchor) break;
    }
    release(ms);
    if (n === 0) return rt.ret2(src, 0);
    if (copied < srcl) out.push(src.slice(copied));
    const result = out.join('');
    if (result.length > 256) rt.charge(result.length >> 4);
    chargeNewString(rt, result.length, repl);
    return rt.ret2(result, n);
  };

  /** A replacement string with %0-%9 and %% expanded. */
  const expandReplacement = (ms: MatchState, news: string, s: number, e: number): string => {
    let out = '';
    const l = news.length;
    let from = 0;
    let at = news.indexOf('%');
    while (at >= 0) {
      out += news.slice(from, at);
      const c = at + 1 < l ? news.charCodeAt(at + 1) : 0;
      if (c === 37) out += '%';
      else if (c >= 48 && c <= 57) {
        if (c === 48) out += ms.src.slice(s, e);
        else {
          const v = getCapture(ms, c - 49, s, e, cfg.numberedReplacementCaptureError);
          out += typeof v === 'string' ? v : String(v);
        }
      } else if (cfg.strictReplacement) {
        luaError(rt, "invalid use of '%' in replacement string");
      } else {
        out += String.fromCharCode(c);
      }
      from = at + 2;
      if (from > l) from = l;
      at = from < l ? news.indexOf('%', from) : -1;
    }
    return out + news.slice(from);
  };

  return { find, match, gmatch, gsub };
}

