/**
 * The table library (ltablib's role): insert, remove, concat, sort, pack/unpack, move,
 * create, and 5.1's getn/setn/foreach/foreachi/maxn.
 *
 * Invariants:
 * - Element access follows the dialect: raw in 5.1/5.2; through '__index'/'__newindex'
 *   from 5.3 on, where table-like values (anything whose metatable has the needed
 *   metamethods) are accepted too. Plain tables (no metatable) always take the raw path,
 *   and the common shapes (appending, popping, shifting an array part) work on the
 *   table's array part directly.
 * - The length of the list is the raw border in 5.1 and luaL_len ('__len' honoured,
 *   result checked) later.
 * - table.sort is the same quicksort as the reference implementation (median of three,
 *   Sedgewick's partition, recursion into the smaller half), so comparator calls, the
 *   order of equal elements and the "invalid order function" checks come out alike.
 *   It runs in a frame of its own, so errors it raises itself carry no position, as
 *   errors raised inside a C function do.
 */
import { chargeNewString } from '../runtime/alloc.js';
import { LuaError } from '../runtime/errors.js';
import { isNumber, mkInt, numberToInteger, numberToString, stringToNumber, toFloat } from '../runtime/numbers.js';
import { eq, getMetatable, index, len, lt, numberSyntax, rawLength, setIndex, typeName } from '../runtime/ops.js';
import { TAILCALL, type LuaCallable, type Runtime } from '../runtime/runtime.js';
import { LuaTable, NO_KEY, nextValue } from '../runtime/table.js';
import { LuaFloat, type LuaFunction, type LuaValue } from '../runtime/value.js';
import { def,
  argError, checkInteger, checkNumber, checkString, checkTable, luaError, register, typeError, type Native,
} from './aux.js';
import { unpackFn } from './base.js';

/** What a table-like argument must support (ltablib's TAB_R/TAB_W/TAB_L). */
const TAB_R = 1;
const TAB_W = 2;
const TAB_L = 4;

const INT_MAX = 0x7fffffff;
const TWO63 = 2 ** 63;

/** C's (int)(lua_Integer)d of 5.1/5.2's luaL_checkint: truncation to 64 bits, then the low 32 bits. */
export function toCInt(d: number): number {
  if (!(Math.abs(d) < TWO63)) return 0;
  return d | 0;
}

export function openTable(rt: Runtime, G: LuaTable): void {
  const has = rt.dialect.has;
  const meta = has.tableMetamethods;
  const fns: Record<string, Native> = {};

  // ------------------------------------------------------------------ arguments

  /** An integer argument: 5.3+ luaL_checkinteger (clamped to the safe range), 5.1/5.2 luaL_checkint. */
  const intArg = (self: LuaCallable, args: LuaValue[], n: number): number => {
    if (!rt.hasIntegers) return toCInt(toFloat(checkNumber(rt, self, args, n)));
    const i = checkInteger(rt, self, args, n);
    if (typeof i === 'number') return i;
    return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  };
  const optIntArg = (self: LuaCallable, args: LuaValue[], n: number, def: number): number =>
    args[n - 1] === undefined ? def : intArg(self, args, n);

  /** checktab: a table, or (5.3+) a value whose metatable has the metamethods `what` needs. */
  const checkTab = (self: LuaCallable, args: LuaValue[], n: number, what: number): void => {
    const v = args[n - 1];
    if (v instanceof LuaTable) return;
    if (meta && v !== undefined) {
      const mt = getMetatable(rt, v);
      if (mt && (!(what & TAB_R) || mt.getStr('__index') !== undefined)
        && (!(what & TAB_W) || mt.getStr('__newindex') !== undefined)
        && (!(what & TAB_L) || mt.getStr('__len') !== undefined)) return;
    }
    typeError(rt, self, args, n, 'table');
  };

  /** Whether t's elements can be read and written raw. */
  const isRaw = (t: LuaValue): t is LuaTable => t instanceof LuaTable && (!meta || t.metatable === null);

  const geti = (t: LuaValue, i: number): LuaValue => (isRaw(t) ? t.getInt(i) : index(rt, t, i, 0, null));
  const seti = (t: LuaValue, i: number, v: LuaValue): void => {
    if (isRaw(t)) t.setInt(i, v);
    else setIndex(rt, t, i, v, 0, null);
  };

  /** The length of a list: the raw border in 5.1, luaL_len later. */
  const lengthOf = (t: LuaValue): number => {
    if (t instanceof LuaTable && (t.metatable === null || !has.lenMetamethodForTables)) return rawLength(rt, t);
    const n = len(rt, t, 0, null);
    if (typeof n === 'number' && Number.isInteger(n)) return n;
    if (!rt.hasIntegers) {
      const x = typeof n === 'string' ? stringToNumber(n, numberSyntax(rt)) : isNumber(n) ? n : undefined;
      if (x === undefined) luaError(rt, 'object length is not a number');
      return toCInt(toFloat(x));
    }
    const x = typeof n === 'string' ? stringToNumber(n, numberSyntax(rt)) : isNumber(n) ? n : undefined;
    const i = x === undefined ? null : numberToInteger(x);
    if (i === null) luaError(rt, 'object length is not an integer');
    if (typeof i === 'number') return i;
    return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  };

  /** aux_getn: checks the list argument and returns its length. */
  const getn = (self: LuaCallable, args: LuaValue[], what: number): number => {
    if (meta) checkTab(self, args, 1, what | TAB_L);
    else checkTable(rt, self, args, 1);
    return lengthOf(args[0]);
  };

  /** Charges the instruction budget for work proportional to n. */

  // ------------------------------------------------------------------ insert / remove

  fns.insert = def(function insert(...args: LuaValue[]): LuaValue {
    const self = insert as LuaCallable;
    const n = getn(self, args, TAB_R | TAB_W);
    const t = args[0];
    let e = n + 1; // first empty element
    let pos: number;
    if (args.length === 2) {
      if (isRaw(t) && t.arr.length === n) {
        t.setInt(e, args[1]);
        return rt.ret0();
      }
      pos = e;
    } else if (args.length === 3) {
      pos = intArg(self, args, 2);
      if (has.tablePositionChecks) {
        if (pos < 1 || pos > e) argError(rt, self, 2, 'position out of bounds');
      } else if (pos > e) e = pos; // 5.1 grows the list
      const v = args[2];
      if (isRaw(t) && t.arr.length === n && pos >= 1 && pos <= n) {
        // shift the array part up by one (V8 moves the elements in bulk)
        const a = t.arr;
        if (pos === 1) a.unshift(v);
        else a.splice(pos - 1, 0, v);
        if (t.hash !== null && t.hash.size > 0) t.setInt(n + 1, a.pop()); // let keys n+2... join the array part
        rt.charge(n - pos);
        return rt.ret0();
      }
      rt.charge(e - pos);
      for (let i = e; i > pos; i--) seti(t, i, geti(t, i - 1));
    } else {
      luaError(rt, "wrong number of arguments to 'insert'");
    }
    seti(t, pos, args[args.length - 1]);
    return rt.ret0();
  });

  fns.remove = def(function remove(...args: LuaValue[]): LuaValue {
    const self = remove as LuaCallable;
    const size = getn(self, args, TAB_R | TAB_W);
    const t = args[0];
    let pos = optIntArg(self, args, 2, size);
    if (!has.tablePositionChecks) {
      if (pos < 1 || pos > size) return rt.ret0(); // nothing to remove
    } else if (pos !== size && (pos < 1 || pos > size + 1)) {
      argError(rt, self, has.tableRemoveBlamesPosition ? 2 : 1, 'position out of bounds');
    }
    if (isRaw(t) && t.arr.length === size && pos >= 1 && pos <= size) {
      const a = t.arr;
      const v = a[pos - 1];
      t.keepSize();
      if (pos === size) a.pop();
      else {
        if (pos === 1) a.shift();
        else a.splice(pos - 1, 1);
        rt.charge(size - pos);
      }
      // the array part never ends with a hole
      while (a.length > 0 && a[a.length - 1] === undefined) a.pop();
      return rt.ret1(v);
    }
    const v = geti(t, pos);
    rt.charge(size - pos);
    for (; pos < size; pos++) seti(t, pos, geti(t, pos + 1));
    seti(t, pos, undefined);
    return rt.ret1(v);
  });

  // ------------------------------------------------------------------ concat

  /** One element of table.concat as a string, or the official error. */
  const concatPiece = (v: LuaValue, k: number | bigint): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) return numberToString(v, rt.numFmt);
    const shown = has.concatFullIndex || !rt.hasIntegers ? k : Number(BigInt.asIntN(32, BigInt(k)));
    return luaError(rt, `invalid value (${typeName(v)}) at index ${shown} in table for 'concat'`);
  };

  fns.concat = def(function concat(...args: LuaValue[]): LuaValue {
    const self = concat as LuaCallable;
    let last: number | bigint;
    let sep: string;
    let i: number | bigint;
    if (meta) {
      last = getn(self, args, TAB_R);
      sep = args[1] === undefined ? '' : checkString(rt, self, args, 2);
      i = args[2] === undefined ? 1 : checkInteger(rt, self, args, 3);
      if (args[3] !== undefined) last = checkInteger(rt, self, args, 4);
    } else {
      sep = args[1] === undefined ? '' : checkString(rt, self, args, 2);
      checkTable(rt, self, args, 1);
      i = optIntArg(self, args, 3, 1);
      last = args[3] === undefined ? lengthOf(args[0]) : intArg(self, args, 4);
    }
    if (i > last) return rt.ret1('');
    const t = args[0];
    // Built with '+' (V8 makes a rope, flattened once when first read): several times
    // faster than collecting the parts for Array.prototype.join.
    let out: string;
    if (typeof i === 'number' && typeof last === 'number' && isRaw(t) && i >= 1 && last <= t.arr.length) {
      // the common case: a range of the array part, read in place
      rt.charge(last - i + 1);
      const a = t.arr;
      const v = a[i - 1];
      out = typeof v === 'string' ? v : concatPiece(v, i);
      for (let k = i + 1; k <= last; k++) {
        const v = a[k - 1];
        out = out + sep + (typeof v === 'string' ? v : concatPiece(v, k));
      }
    } else if (typeof i === 'number' && typeof last === 'number') {
      // charged as the elements are added (an error may stop a huge range early)
      out = concatPiece(isRaw(t) ? t.getInt(i) : geti(t, i), i);
      for (let k = i + 1; k <= last; k++) {
        out = out + sep + concatPiece(isRaw(t) ? t.getInt(k) : geti(t, k), k);
        if (((k - i) & 1023) === 1023) rt.charge(1024);
      }
    } else {
      // indices beyond 2^53: integer keys as bigints where they must be
      const hi = BigInt(last);
      out = '';
      for (let k = BigInt(i); k <= hi; k++) {
        const key = mkInt(k);
        const piece = concatPiece(isRaw(t) ? t.get(key) : index(rt, t, key, 0, null), key);
        out = k === BigInt(i) ? piece : out + sep + piece;
        rt.charge(1);
      }
    }
    const total = out.length;
    if (total > 256) rt.charge(total >> 4); // before it is flattened (the budget may stop a huge result)
    chargeNewString(rt, total, t); // (a memory cap too; the table may be in no Lua frame)
    return rt.ret1(out);
  });

  // ------------------------------------------------------------------ sort

  fns.sort = def(function sort(...args: LuaValue[]): LuaValue {
    const self = sort as LuaCallable;
    const n = getn(self, args, TAB_R | TAB_W);
    const t = args[0];
    const cmp = args[1];
    const checkCmp = (): void => {
      if (cmp !== undefined && typeof cmp !== 'function') typeError(rt, self, args, 2, 'function');
    };
    if (has.sortModernQuicksort) {
      if (n <= 1) return rt.ret0();
      if (n >= INT_MAX) argError(rt, self, 1, 'array too big');
      checkCmp();
    } else {
      checkCmp();
    }
    // run in a frame of our own: errors raised here carry no position
    const depth = rt.pushNative(self);
    const fr = rt.frames[rt.depth]!;
    fr[2] = t;
    fr[3] = cmp;
    const s = new Sorter(rt, t, cmp as LuaFunction | undefined, meta);
    if (has.sortModernQuicksort) s.sortModern(1, n, 0);
    else s.sortClassic(1, n, has.sortStopsAtBound);
    rt.depth = depth;
    return rt.ret0();
  });

  // ------------------------------------------------------------------ pack / unpack / move / create

  if (has.tablePack) {
    fns.pack = def(function pack(...args: LuaValue[]): LuaValue {
      const t = new LuaTable();
      t.presize(args.length);
      t.appendAll(args);
      t.setStr('n', args.length);
      return rt.ret1(t);
    });
    fns.unpack = unpackFn(rt, 'unpack');
  }

  if (has.tableMove) {
    fns.move = def(function move(...args: LuaValue[]): LuaValue {
      const self = move as LuaCallable;
      const f = BigInt(checkInteger(rt, self, args, 2));
      const e = BigInt(checkInteger(rt, self, args, 3));
      const to = BigInt(checkInteger(rt, self, args, 4));
      const destArg = args[4] !== undefined ? 5 : 1;
      checkTab(self, args, 1, TAB_R);
      checkTab(self, args, destArg, TAB_W);
      const a1 = args[0];
      const a2 = args[destArg - 1];
      if (e >= f) {
        const MAXI = (1n << 63n) - 1n;
        if (!(f > 0n || e < MAXI + f)) argError(rt, self, 3, 'too many elements to move');
        const count = e - f + 1n;
        if (!(to <= MAXI - count + 1n)) argError(rt, self, 4, 'destination wrap around');
        rt.charge(Number(count));
        const safe = (x: bigint): boolean => x >= -9007199254740991n && x <= 9007199254740991n;
        const forward = to > e || to <= f || (destArg !== 1 && !eq(rt, a1, a2));
        if (safe(f) && safe(e) && safe(to) && safe(to + count)) {
          const fi = Number(f);
          const ti = Number(to);
          const m = Number(count);
          if (forward) for (let i = 0; i < m; i++) seti(a2, ti + i, geti(a1, fi + i));
          else for (let i = m - 1; i >= 0; i--) seti(a2, ti + i, geti(a1, fi + i));
        } else {
          const key = (x: bigint): LuaValue => (safe(x) ? Number(x) : x);
          const get = (x: bigint): LuaValue => (isRaw(a1) ? a1.get(key(x)) : index(rt, a1, key(x), 0, null));
          const set = (x: bigint, v: LuaValue): void => {
            if (isRaw(a2)) {
              const k = key(x);
              if (typeof k === 'number') a2.setInt(k, v);
              else a2.set(k, v);
            } else setIndex(rt, a2, key(x), v, 0, null);
          };
          if (forward) for (let i = 0n; i < count; i++) set(to + i, get(f + i));
          else for (let i = count - 1n; i >= 0n; i--) set(to + i, get(f + i));
        }
      }
      return rt.ret1(a2);
    });
  }

  if (has.tableCreate) {
    fns.create = def(function create(...args: LuaValue[]): LuaValue {
      const self = create as LuaCallable;
      const nseq = checkInteger(rt, self, args, 1);
      if (nseq < 0 || nseq > INT_MAX) argError(rt, self, 1, 'out of range');
      if (args[1] !== undefined) {
        const nrec = checkInteger(rt, self, args, 2);
        if (nrec < 0 || nrec > INT_MAX) argError(rt, self, 2, 'out of range');
      }
      const t = new LuaTable();
      t.presize(Number(nseq));
      return rt.ret1(t);
    });
  }

  // ------------------------------------------------------------------ 5.1 / 5.2 extras

  if (has.tableMaxn) {
    fns.maxn = def(function maxn(...args: LuaValue[]): LuaValue {
      const t = checkTable(rt, maxn as LuaCallable, args, 1);
      let max = 0;
      const a = t.arr;
      for (let i = a.length; i > 0; i--) {
        if (a[i - 1] !== undefined) {
          max = i;
          break;
        }
      }
      if (t.hash !== null) {
        for (const k of t.hash.keys()) {
          if (typeof k === 'number' && k > max) max = k;
        }
      }
      return rt.ret1(max);
    });
  }

  if (has.tableGetnForeach) {
    fns.getn = def(function getn_(...args: LuaValue[]): LuaValue {
      const t = checkTable(rt, getn_ as LuaCallable, args, 1);
      return rt.ret1(rawLength(rt, t));
    });
    fns.setn = def(function setn(...args: LuaValue[]): LuaValue {
      checkTable(rt, setn as LuaCallable, args, 1);
      luaError(rt, "'setn' is obsolete");
    });
    fns.foreachi = def(function foreachi(...args: LuaValue[]): LuaValue {
      const self = foreachi as LuaCallable;
      const t = checkTable(rt, self, args, 1);
      const n = rawLength(rt, t);
      const f = args[1];
      if (typeof f !== 'function') typeError(rt, self, args, 2, 'function');
      for (let i = 1; i <= n; i++) {
        const r = rt.call(f, [i, t.getInt(i)]);
        if (r !== undefined) return rt.ret1(r);
      }
      return rt.ret0();
    });
    fns.foreach = def(function foreach(...args: LuaValue[]): LuaValue {
      const self = foreach as LuaCallable;
      const t = checkTable(rt, self, args, 1);
      const f = args[1];
      if (typeof f !== 'function') typeError(rt, self, args, 2, 'function');
      let k: LuaValue = undefined;
      for (;;) {
        const key = t.next(k);
        if (key === null) luaError(rt, "invalid key to 'next'");
        if (key === NO_KEY) break;
        k = key as LuaValue;
        const r = rt.call(f, [k, nextValue]);
        if (r !== undefined) return rt.ret1(r);
      }
      return rt.ret0();
    });
  }

  const T = new LuaTable();
  register(T, 'table', fns);
  G.setStr('table', T);
}

// ===================================================================== quicksort

/** Pivot randomisation threshold of the 5.3+ sort (RANLIMIT). */
const RANLIMIT = 100;

/** One sort: the list, its order, and element access per dialect. */
class Sorter {
  constructor(
    private readonly rt: Runtime,
    private readonly t: LuaValue,
    private readonly cmp: LuaFunction | undefined,
    private readonly meta: boolean,
  ) {}

  private get(i: number): LuaValue {
    const t = this.t;
    if (t instanceof LuaTable && (!this.meta || t.metatable === null)) return t.getInt(i);
    return index(this.rt, t, i, 0, null);
  }

  private set(i: number, v: LuaValue): void {
    const t = this.t;
    if (t instanceof LuaTable && (!this.meta || t.metatable === null)) t.setInt(i, v);
    else setIndex(this.rt, t, i, v, 0, null);
  }

  /** a < b by the comparator, or by Lua's '<'. */
  private less(a: LuaValue, b: LuaValue): boolean {
    const f = this.cmp;
    if (f !== undefined) {
      let r = f(a, b);
      if (r === TAILCALL) r = this.rt.finishTail();
      return r !== undefined && r !== false;
    }
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    if (typeof a === 'string' && typeof b === 'string') return a < b;
    return lt(this.rt, a, b, 0);
  }

  private invalidOrder(): never {
    throw new LuaError(this.rt.where(2) + 'invalid order function for sorting');
  }

  /** Sorts lo..up so that a[lo] <= a[p] <= a[up] (median of three); returns false when that sorted everything. */
  private medianOfThree(lo: number, up: number, p: number): boolean {
    let a = this.get(lo);
    let b = this.get(up);
    if (this.less(b, a)) {
      this.set(lo, b);
      this.set(up, a);
    }
    if (up - lo === 1) return false;
    a = this.get(p);
    b = this.get(lo);
    if (this.less(a, b)) {
      this.set(p, b);
      this.set(lo, a);
    } else {
      b = this.get(up);
      if (this.less(b, a)) {
        this.set(p, b);
        this.set(up, a);
      }
    }
    return up - lo !== 2;
  }

  /** 5.3+ auxsort: partition around a[up - 1] with the checks against a bad order. */
  sortModern(lo: number, up: number, rnd: number): void {
    while (lo < up) {
      this.rt.charge(up - lo);
      let p = up - lo < RANLIMIT || rnd === 0 ? Math.floor((lo + up) / 2) : choosePivot(lo, up, rnd);
      if (!this.medianOfThree(lo, up, p)) return;
      const P = this.get(p);
      this.set(p, this.get(up - 1));
      this.set(up - 1, P);
      // partition: a[lo .. i] <= P <= a[j .. up]
      let i = lo;
      let j = up - 1;
      for (;;) {
        let ai: LuaValue;
        while (this.less((ai = this.get(++i)), P)) {
          if (i === up - 1) this.invalidOrder();
        }
        let aj: LuaValue;
        while (this.less(P, (aj = this.get(--j)))) {
          if (j < i) this.invalidOrder();
        }
        if (j < i) {
          this.set(up - 1, ai);
          this.set(i, P);
          break;
        }
        this.set(i, aj);
        this.set(j, ai);
      }
      p = i;
      let n: number;
      if (p - lo < up - p) {
        this.sortModern(lo, p - 1, rnd);
        n = p - lo;
        lo = p + 1;
      } else {
        this.sortModern(p + 1, up, rnd);
        n = up - p;
        up = p - 1;
      }
      if (Math.floor((up - lo) / 128) > n) rnd = randomizePivot();
    }
  }

  /** 5.1/5.2 auxsort; `stopAtBound`: 5.2's checks before reading past the array. */
  sortClassic(l: number, u: number, stopAtBound: boolean): void {
    while (l < u) {
      this.rt.charge(u - l);
      let i = Math.floor((l + u) / 2);
      if (!this.medianOfThree(l, u, i)) return;
      const P = this.get(i);
      this.set(i, this.get(u - 1));
      this.set(u - 1, P);
      i = l;
      let j = u - 1;
      for (;;) {
        let ai: LuaValue;
        while (this.less((ai = this.get(++i)), P)) {
          if (stopAtBound ? i >= u : i > u) this.invalidOrder();
        }
        let aj: LuaValue;
        while (this.less(P, (aj = this.get(--j)))) {
          if (stopAtBound ? j <= l : j < l) this.invalidOrder();
        }
        if (j < i) break;
        this.set(i, aj);
        this.set(j, ai);
      }
      const x = this.get(u - 1);
      const y = this.get(i);
      this.set(u - 1, y);
      this.set(i, x);
      if (i - l < u - i) {
        this.sortClassic(l, i - 1, stopAtBound);
        l = i + 1;
      } else {
        this.sortClassic(i + 1, u, stopAtBound);
        u = i - 1;
      }
    }
  }
}

function choosePivot(lo: number, up: number, rnd: number): number {
  const r4 = Math.floor((up - lo) / 4);
  return (rnd % (r4 * 2)) + (lo + r4);
}

/** A fresh pivot seed (PUC mixes clock() and time()). */
function randomizePivot(): number {
  return (Math.floor(Math.random() * 0x100000000) >>> 0) || 1;
}

