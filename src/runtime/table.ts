/**
 * Lua tables: an array part and a hash part.
 *
 * Invariants:
 * - `arr[i]` holds the value of integer key i+1 for 1 <= key <= arr.length; a nil there is
 *   `undefined` (a hole). The array part never ends with a hole (trailing nils are
 *   dropped), and integer key arr.length+1 is never in the hash part: appending that key
 *   moves any following keys from the hash part into the array, so sequences built in any
 *   order end up in the array part.
 * - String keys live in `str`, a plain JS object (class Fields, no prototype chain to
 *   speak of): tables used as records get V8 hidden classes and compiled code reads
 *   `t.str["name"]` through inline caches. A field set to nil keeps its property with the
 *   value undefined (deleting would drop the object into dictionary mode); such dead keys
 *   are counted and the object is rebuilt when they outnumber the live ones, only when a
 *   new key is added (as Lua rehashes only on insertion, so traversals stay valid).
 *   Tables without string keys share the empty EMPTY_FIELDS object, which is never written.
 * - Every other key is in `hash`, a Map from normalised keys to non-nil values; assigning
 *   nil deletes the entry. Keys are normalised by the caller (ops.ts): integral floats
 *   become integers, nil and NaN keys are rejected before reaching the table.
 * - `next` walks the array part, then the string fields (a snapshot of their keys taken
 *   when the traversal reaches them), then the Map in insertion order. Assigning nil to
 *   existing fields during a traversal is allowed, as in Lua: the key snapshot and the Map
 *   iterator both survive it.
 * - A zero key keeps the sign it had when its entry was made (PUC 5.1/5.2 keep the node's key;
 *   only they can store -0: 5.3+ make such keys the integer 0). As a node of PUC, the entry
 *   of a key set to nil keeps that sign for a new zero key until the hash part gets another
 *   new key (a rehash would drop the dead node). The sign lives in the Traversal (`negZero`),
 *   so that other tables carry nothing for it.
 * - `mmAbsent` caches, for a table used as a metatable, which metamethods it lacks (PUC's
 *   `flags`); every store into the table clears it.
 * - `lenSize` and `lenHint` stand for PUC 5.5's array size and length hint (hintedLength).
 *   Appends leave them alone: a size below arr.length means PUC's array part has grown
 *   (by rehashes, to the power of two above the length), which hintedLength, and trim before
 *   the array part shrinks, record. The size is never below arr.length when the hint is used.
 */
import type { LuaValue } from './value.js';
import { ALLOC, SIZE } from './alloc.js';

/** Set by `next()`: the value of the key it returned. */
export let nextValue: LuaValue = undefined;

/** Returned by `next()` when the traversal is over (distinct from any key). */
export const NO_KEY: unique symbol = Symbol('no key');

/** The object holding a table's string-keyed fields (a prototype with no properties at all). */
export interface Fields {
  [key: string]: LuaValue;
}
/** Makes an empty Fields object (compiled code adds a record's first fields inline). */
export const FieldsCtor = function Fields(this: Fields) {} as unknown as new () => Fields;
Object.setPrototypeOf(FieldsCtor.prototype, null);
delete (FieldsCtor.prototype as { constructor?: unknown }).constructor;

/** The fields of every table without string keys (never written). */
export const EMPTY_FIELDS: Fields = Object.freeze(new FieldsCtor());

/**
 * The array part of every table without one (never written: the paths that append replace
 * it first; not frozen, so that it shares the map of the arrays that replace it).
 */
const EMPTY_ARRAY: LuaValue[] = [];

/** Where a `next` traversal of a table's string fields and Map part stands. */
class Traversal {
  /** The iterator of the current hash traversal and the key it returned last. */
  iter: Iterator<[LuaValue, LuaValue]> | null = null;
  iterKey: LuaValue = undefined;
  /** The string keys of the current traversal and the position of the last one returned. */
  strKeys: string[] | null = null;
  strPos = 0;
  /** Whether the Map's zero key (live, or nil'ed and not yet dropped) is -0 (see LuaTable.setHash). */
  negZero = false;
}

export class LuaTable {
  constructor() {
    ALLOC.bytes += SIZE.table;
  }

  arr: LuaValue[] = EMPTY_ARRAY;
  /** String-keyed fields (see the invariants above). */
  str: Fields = EMPTY_FIELDS;
  /**
   * Own properties of `str` whose value is undefined (nil'ed fields), and the live ones.
   * Compiled code adds a new field in place when strDead is 0 (jsgen newField): it counts
   * it in strLive and charges the allocation as setStr does.
   */
  strDead = 0;
  strLive = 0;
  hash: Map<LuaValue, LuaValue> | null = null;
  metatable: LuaTable | null = null;
  /** Bit i set: metamethod i (see meta.ts TM_*) is known to be absent from this table. */
  mmAbsent = 0;
  /** The traversal state past the array part (made by the first traversal that needs it). */
  private trav: Traversal | null = null;
  /**
   * The array key `next` returned last (it stays valid if the array part shrinks below it);
   * 0 for none: a small integer, where NaN made V8 give every table a boxed number.
   */
  private arrKey = 0;
  /** Garbage collector: the epoch in which the table was last marked; its weak mode bits. */
  gcMark = 0;
  weakMode = 0;
  /**
   * PUC 5.5's array size and length hint, for hintedLength: the size its constructor or last
   * rehash gave the array part; the border `#` starts from, -1 for half the size (a resize's).
   */
  lenSize = 0;
  lenHint = -1;

  // ------------------------------------------------------------------ reads

  /** t[k] for a normalised, non-nil key. */
  get(k: LuaValue): LuaValue {
    if (typeof k === 'number') {
      const a = this.arr;
      if (k >= 1 && k <= a.length && (k | 0) === k) return a[k - 1];
    } else if (typeof k === 'string') return this.str[k];
    const h = this.hash;
    return h === null ? undefined : h.get(k);
  }

  /** t[k] for a plain JS number key (an integer, or a non-integral float). */
  getNum(k: number): LuaValue {
    const a = this.arr;
    if (k >= 1 && k <= a.length && (k | 0) === k) return a[k - 1];
    const h = this.hash;
    return h === null ? undefined : h.get(k);
  }

  /** t[i] for an integer key. */
  getInt(i: number): LuaValue {
    const a = this.arr;
    if (i >= 1 && i <= a.length) return a[i - 1];
    const h = this.hash;
    return h === null ? undefined : h.get(i);
  }

  /** t[s] for a string key. */
  getStr(s: string): LuaValue {
    return this.str[s];
  }

  // ------------------------------------------------------------------ writes

  /** t[k] = v for a normalised, non-nil, non-NaN key. */
  set(k: LuaValue, v: LuaValue): void {
    if (typeof k === 'number' && Number.isInteger(k)) this.setInt(k, v);
    else if (typeof k === 'string') this.setStr(k, v);
    else this.setHash(k, v);
  }

  setInt(i: number, v: LuaValue): void {
    this.mmAbsent = 0;
    const a = this.arr;
    const n = a.length;
    if (i >= 1 && i <= n) {
      a[i - 1] = v;
      if (v === undefined && i === n) this.trim();
      return;
    }
    if (i === n + 1) {
      if (v === undefined) return; // key n+1 is never in the hash part
      if (n === 0) this.arr = [v];
      else a.push(v);
      ALLOC.bytes += SIZE.arraySlot;
      if (this.hash !== null && this.hash.size > 0) this.migrate();
      return;
    }
    this.setHash(i, v);
  }

  /** t[i] = v for an integer 1 <= i < 2^31: compiled code's path for stores by number. */
  setIdx(i: number, v: LuaValue): void {
    const a = this.arr;
    const n = a.length;
    if (v !== undefined) {
      if (i <= n) {
        a[i - 1] = v;
        return;
      }
      if (i === n + 1 && (this.hash === null || this.hash.size === 0)) {
        if (n === 0) this.arr = [v];
        else a.push(v);
        ALLOC.bytes += SIZE.arraySlot;
        return;
      }
    }
    this.setInt(i, v);
  }

  setStr(s: string, v: LuaValue): void {
    let f = this.str;
    const old = f[s];
    if (old !== undefined) {
      f[s] = v;
      if (v === undefined) {
        this.strLive--;
        this.strDead++;
        this.mmAbsent = 0;
      }
      return;
    }
    if (v === undefined) return;
    this.mmAbsent = 0;
    if (f === EMPTY_FIELDS) f = this.str = new FieldsCtor();
    else if (s in f) this.strDead--;
    else if (this.strDead > 8 && this.strDead > this.strLive) f = this.compactFields();
    f[s] = v;
    this.strLive++;
    ALLOC.bytes += SIZE.hashNode;
  }

  /** Rebuilds the string fields without their dead keys (only when a key is added). */
  private compactFields(): Fields {
    const old = this.str;
    const f = new FieldsCtor();
    for (const k in old) {
      const v = old[k];
      if (v !== undefined) f[k] = v;
    }
    this.str = f;
    this.strDead = 0;
    if (this.trav !== null) this.trav.strKeys = null;
    return f;
  }

  private setHash(k: LuaValue, v: LuaValue): void {
    this.mmAbsent = 0;
    let h = this.hash;
    if (v === undefined) {
      if (h !== null) h.delete(k);
      return;
    }
    if (h === null) h = this.hash = new Map();
    if (!h.has(k)) {
      ALLOC.bytes += SIZE.hashNode;
      const tr = this.trav;
      if (k === 0) {
        if (Object.is(k, -0)) (this.trav ??= new Traversal()).negZero = true;
      } else if (tr !== null && tr.negZero && !h.has(0)) tr.negZero = false;
    }
    h.set(k, v);
  }

  /** Drops trailing holes of the array part. */
  private trim(): void {
    const a = this.arr;
    let n = a.length;
    if (n > this.lenSize) this.grown(n);
    while (n > 0 && a[n - 1] === undefined) n--;
    a.length = n;
  }

  /** Moves keys n+1, n+2... from the hash part to the end of the array part. */
  private migrate(): void {
    const h = this.hash!;
    const a = this.arr;
    for (;;) {
      const k = a.length + 1;
      const v = h.get(k);
      if (v === undefined) return;
      h.delete(k);
      a.push(v);
    }
  }

  /** Appends values at positions n+1, n+2... (table constructors, table.pack). */
  appendAll(values: LuaValue[], from = 0): void {
    if (from >= values.length) return;
    if (this.arr === EMPTY_ARRAY) this.arr = [];
    const a = this.arr;
    for (let i = from; i < values.length; i++) a.push(values[i]);
    ALLOC.bytes += SIZE.arraySlot * (values.length - from);
    this.trim();
    if (this.hash !== null && this.hash.size > 0) this.migrate();
  }

  /**
   * Stores a constructor's positional values at from, from+1... (SETLIST): in the array part,
   * holes too, where PUC's constructor has sized its array part for them.
   */
  setList(from: number, values: LuaValue[]): void {
    this.presize(from + values.length - 1);
    const h = this.hash;
    if (from - 1 < this.arr.length) {
      // keyed fields have filled these positions: overwrite them one by one
      for (let i = 0; i < values.length; i++) this.setInt(from + i, values[i]);
      return;
    }
    if (h !== null && h.size > 0) for (let i = 0; i < values.length; i++) h.delete(from + i);
    if (this.arr === EMPTY_ARRAY) this.arr = [];
    const a = this.arr;
    for (let n = a.length; n < from - 1; n++) a.push(undefined); // the nils ending the last batch
    this.appendAll(values);
  }

  /** Sizes the array part as lua_createtable(L, n, _) does (for hintedLength). */
  presize(n: number): void {
    this.lenSize = n;
    this.lenHint = -1;
  }

  /**
   * Before the array part shrinks: records the size PUC's array part has grown to, which
   * nil assignments do not shrink (for hintedLength).
   */
  keepSize(): void {
    const n = this.arr.length;
    if (n > this.lenSize) this.grown(n);
  }

  /** The array part grew to n > lenSize: PUC's rehashes made it the power of two >= n. */
  private grown(n: number): void {
    this.lenSize = n <= 1 || n > 0x40000000 ? n : 1 << (32 - Math.clz32(n - 1));
    this.lenHint = -1;
  }

  // ------------------------------------------------------------------ length and traversal

  /** A border of the table (the `#` operator without metamethods), as luaH_getn finds it. */
  length(): number {
    const a = this.arr;
    const n = a.length;
    // The array part ends with a value (invariant), so n is a border unless n+1 is in the hash.
    const h = this.hash;
    if (h === null || h.size === 0 || h.get(n + 1) === undefined) return n;
    // (doubling from n + 1, as 5.1's unbound_search)
    return this.unboundSearch(n + 1);
  }

  /**
   * A border as PUC 5.5's luaH_getn finds it (dialects with lengthHint): searched from the
   * hint, the last border found or half the array size after a resize, first near it, then
   * by bisection; so a table with holes gives the border 5.5 gives. Positions between
   * arr.length and lenSize stand for PUC's array slots: empty unless in the Map.
   */
  hintedLength(): number {
    const a = this.arr;
    const n = a.length;
    const hint = this.lenHint;
    if (n > this.lenSize) this.grown(n);
    // Usual cases: the hint is the length, or one below it and present (an append since).
    // Key n+1 is never in the map, so n is the border the search below would find.
    else if (hint === n || (hint === n - 1 && n > 1 && a[n - 2] !== undefined)) return (this.lenHint = n);
    const size = this.lenSize;
    if (size > 0) {
      let limit = this.lenHint;
      if (limit < 0) limit = size >>> 1;
      if (limit === 0) limit = 1;
      if (this.absent(limit)) {
        // a border below the hint: look at the 4 positions under it, then bisect
        for (let i = 0; i < 4 && limit > 1; i++) {
          limit--;
          if (!this.absent(limit)) return (this.lenHint = limit);
        }
        return (this.lenHint = this.bisect(0, limit));
      }
      for (let i = 0; i < 4 && limit < size; i++) {
        limit++;
        if (this.absent(limit)) return (this.lenHint = limit - 1);
      }
      if (this.absent(size)) return (this.lenHint = this.bisect(limit, size));
      this.lenHint = size;
    }
    const h = this.hash;
    if (h === null || h.size === 0 || h.get(size + 1) === undefined) return size;
    return this.unboundSearch(size);
  }

  /** Whether t[i] is nil, for 1 <= i (hintedLength). */
  private absent(i: number): boolean {
    const a = this.arr;
    if (i <= a.length) return a[i - 1] === undefined;
    const h = this.hash;
    return h === null || h.get(i) === undefined;
  }

  /** A border in [i, j) given t[i] present (or i = 0) and t[j] nil (PUC's binsearch). */
  private bisect(i: number, j: number): number {
    while (j - i > 1) {
      const m = Math.floor((i + j) / 2);
      if (this.absent(m)) j = m;
      else i = m;
    }
    return i;
  }

  /** A border above j given t[j+1] present, doubling from j (PUC's hash_search). */
  private unboundSearch(j: number): number {
    if (j === 0) j = 1;
    let i: number;
    do {
      i = j;
      if (j > Number.MAX_SAFE_INTEGER / 2) {
        // pathological: linear search
        let k = 1;
        while (this.get(k) !== undefined) k++;
        return k - 1;
      }
      j *= 2;
    } while (!this.absent(j));
    return this.bisect(i, j);
  }

  /**
   * The key after `k` (undefined: the first key), or NO_KEY at the end; its value is left in
   * `nextValue`. Returns null when `k` is not a key of the table.
   */
  next(k: LuaValue): LuaValue | typeof NO_KEY | null {
    const a = this.arr;
    let i = 0;
    if (k !== undefined) {
      if (typeof k === 'number' && k >= 1 && k <= a.length && (k | 0) === k) i = k;
      else if (typeof k === 'string') return this.nextInFields(k);
      // the array key last returned, since cleared with the end of the array part
      else if (k === this.arrKey && k !== 0) i = a.length;
      else return this.nextInHash(k);
    }
    for (; i < a.length; i++) {
      const v = a[i];
      if (v !== undefined) {
        nextValue = v;
        return (this.arrKey = i + 1);
      }
    }
    return this.nextInFields(undefined);
  }

  /** The string key after `k` (undefined: the first), then the Map part. */
  private nextInFields(k: string | undefined): LuaValue | typeof NO_KEY | null {
    const f = this.str;
    const tr = (this.trav ??= new Traversal());
    let keys = tr.strKeys;
    let pos: number;
    if (k === undefined) {
      if (f === EMPTY_FIELDS) return this.nextInHash(undefined);
      keys = tr.strKeys = Object.keys(f);
      pos = 0;
    } else if (keys !== null && keys[tr.strPos] === k) {
      pos = tr.strPos + 1;
    } else {
      // A traversal we hold no snapshot for: find k from the start.
      if (!(k in f)) return null;
      keys = tr.strKeys = Object.keys(f);
      pos = keys.indexOf(k) + 1;
    }
    for (; pos < keys!.length; pos++) {
      const key = keys![pos]!;
      const v = f[key];
      if (v !== undefined) {
        tr.strPos = pos;
        nextValue = v;
        return key;
      }
    }
    tr.strKeys = null;
    return this.nextInHash(undefined);
  }

  private nextInHash(k: LuaValue): LuaValue | typeof NO_KEY | null {
    const h = this.hash;
    if (h === null) return k === undefined ? NO_KEY : null;
    const tr = (this.trav ??= new Traversal());
    let it = tr.iter;
    if (k === undefined) {
      it = tr.iter = h.entries();
    } else if (it === null || tr.iterKey !== k) {
      // A traversal we do not hold an iterator for: find k from the start.
      it = h.entries();
      for (;;) {
        const r = it.next();
        if (r.done) return null;
        if (r.value[0] === k || (k !== k && r.value[0] !== r.value[0])) break;
      }
      tr.iter = it;
    }
    const r = it!.next();
    if (r.done) {
      tr.iter = null;
      tr.iterKey = undefined;
      return NO_KEY;
    }
    const key = r.value[0];
    tr.iterKey = key;
    nextValue = r.value[1];
    return key === 0 && tr.negZero ? -0 : key;
  }

  /** Calls fn for every non-nil entry (array part first), without disturbing a Lua traversal. */
  forEach(fn: (k: LuaValue, v: LuaValue) => void): void {
    const a = this.arr;
    for (let i = 0; i < a.length; i++) if (a[i] !== undefined) fn(i + 1, a[i]);
    const f = this.str;
    for (const k in f) {
      const v = f[k];
      if (v !== undefined) fn(k, v);
    }
    if (this.hash !== null) for (const [k, v] of this.hash) if (v !== undefined) fn(k, v);
  }

  /** Entries outside the array part (string fields and the Map). */
  hashCount(): number {
    return this.strLive + (this.hash === null ? 0 : this.hash.size);
  }

  /** Number of non-nil entries (for memory accounting and tests). */
  count(): number {
    let n = 0;
    for (const v of this.arr) if (v !== undefined) n++;
    return n + this.strLive + (this.hash === null ? 0 : this.hash.size);
  }
}
