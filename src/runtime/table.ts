/**
 * Lua tables: an array part and a hash part.
 *
 * Invariants:
 * - `arr[i]` holds the value of integer key i+1 for 1 <= key <= arr.length; a nil there is
 *   `undefined` (a hole). The array part never ends with a hole (trailing nils are
 *   dropped), and integer key arr.length+1 is never in the hash part: appending that key
 *   moves any following keys from the hash part into the array, so sequences built in any
 *   order end up in the array part.
 * - The hash part is a Map from normalised keys to non-nil values; assigning nil deletes
 *   the entry. Keys are normalised by the caller (meta.ts): integral floats become
 *   integers, nil and NaN keys are rejected before reaching the table.
 * - `next` walks the array part, then the hash part in insertion order. Removing entries
 *   (assigning nil) during a traversal is allowed, as in Lua: the Map iterator kept for the
 *   traversal survives deletions.
 * - `mmAbsent` caches, for a table used as a metatable, which metamethods it lacks (PUC's
 *   `flags`); every store into the table clears it.
 */
import type { LuaValue } from './value.js';

/** Set by `next()`: the value of the key it returned. */
export let nextValue: LuaValue = undefined;

/** Returned by `next()` when the traversal is over (distinct from any key). */
export const NO_KEY: unique symbol = Symbol('no key');

export class LuaTable {
  arr: LuaValue[] = [];
  hash: Map<LuaValue, LuaValue> | null = null;
  metatable: LuaTable | null = null;
  /** Bit i set: metamethod i (see meta.ts TM_*) is known to be absent from this table. */
  mmAbsent = 0;
  /** The iterator of the current hash traversal and the key it returned last. */
  private iter: Iterator<[LuaValue, LuaValue]> | null = null;
  private iterKey: LuaValue = undefined;
  /** Garbage collector: the epoch in which the table was last marked; its weak mode bits. */
  gcMark = 0;
  weakMode = 0;

  // ------------------------------------------------------------------ reads

  /** t[k] for a normalised, non-nil key. */
  get(k: LuaValue): LuaValue {
    if (typeof k === 'number') {
      const a = this.arr;
      if (k >= 1 && k <= a.length && (k | 0) === k) return a[k - 1];
    }
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
    const h = this.hash;
    return h === null ? undefined : h.get(s);
  }

  // ------------------------------------------------------------------ writes

  /** t[k] = v for a normalised, non-nil, non-NaN key. */
  set(k: LuaValue, v: LuaValue): void {
    if (typeof k === 'number' && Number.isInteger(k)) this.setInt(k, v);
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
      a.push(v);
      if (this.hash !== null && this.hash.size > 0) this.migrate();
      return;
    }
    this.setHash(i, v);
  }

  setStr(s: string, v: LuaValue): void {
    this.setHash(s, v);
  }

  private setHash(k: LuaValue, v: LuaValue): void {
    this.mmAbsent = 0;
    let h = this.hash;
    if (v === undefined) {
      if (h !== null) h.delete(k);
      return;
    }
    if (h === null) h = this.hash = new Map();
    h.set(k, v);
  }

  /** Drops trailing holes of the array part. */
  private trim(): void {
    const a = this.arr;
    let n = a.length;
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
    const a = this.arr;
    for (let i = from; i < values.length; i++) a.push(values[i]);
    this.trim();
    if (this.hash !== null && this.hash.size > 0) this.migrate();
  }

  // ------------------------------------------------------------------ length and traversal

  /** A border of the table (the `#` operator without metamethods), as luaH_getn finds it. */
  length(): number {
    const a = this.arr;
    const n = a.length;
    // The array part ends with a value (invariant), so n is a border unless n+1 is in the hash.
    const h = this.hash;
    if (h === null || h.size === 0 || h.get(n + 1) === undefined) return n;
    // Unbound search in the hash part (hash_search).
    let i = n + 1;
    let j = i * 2;
    while (h.get(j) !== undefined) {
      i = j;
      if (j > Number.MAX_SAFE_INTEGER / 2) {
        // pathological: linear search
        let k = 1;
        while (this.get(k) !== undefined) k++;
        return k - 1;
      }
      j *= 2;
    }
    while (j - i > 1) {
      const m = Math.floor((i + j) / 2);
      if (h.get(m) === undefined) j = m;
      else i = m;
    }
    return i;
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
      else return this.nextInHash(k);
    }
    for (; i < a.length; i++) {
      const v = a[i];
      if (v !== undefined) {
        nextValue = v;
        return i + 1;
      }
    }
    return this.nextInHash(undefined);
  }

  private nextInHash(k: LuaValue): LuaValue | typeof NO_KEY | null {
    const h = this.hash;
    if (h === null) return k === undefined ? NO_KEY : null;
    let it = this.iter;
    if (k === undefined) {
      it = this.iter = h.entries();
    } else if (it === null || this.iterKey !== k) {
      // A traversal we do not hold an iterator for: find k from the start.
      it = h.entries();
      for (;;) {
        const r = it.next();
        if (r.done) return null;
        if (r.value[0] === k || (k !== k && r.value[0] !== r.value[0])) break;
      }
      this.iter = it;
    }
    const r = it!.next();
    if (r.done) {
      this.iter = null;
      this.iterKey = undefined;
      return NO_KEY;
    }
    this.iterKey = r.value[0];
    nextValue = r.value[1];
    return r.value[0];
  }

  /** Calls fn for every non-nil entry (array part first), without disturbing a Lua traversal. */
  forEach(fn: (k: LuaValue, v: LuaValue) => void): void {
    const a = this.arr;
    for (let i = 0; i < a.length; i++) if (a[i] !== undefined) fn(i + 1, a[i]);
    if (this.hash !== null) for (const [k, v] of this.hash) if (v !== undefined) fn(k, v);
  }

  /** Number of non-nil entries (for memory accounting and tests). */
  count(): number {
    let n = 0;
    for (const v of this.arr) if (v !== undefined) n++;
    return n + (this.hash === null ? 0 : this.hash.size);
  }
}
