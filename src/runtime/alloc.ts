/**
 * The allocation counter: every place that creates or grows a Lua object adds an estimate
 * of its size in bytes (PUC Lua's sizes, so collectgarbage("count") reads alike). The
 * collector of the running VM takes the count at its safe points (gc.ts).
 *
 * Invariant: one counter per JS thread. Only one VM runs at a time on a thread, so what
 * accumulated since the last safe point belongs to the VM that reaches the next one.
 */
import type { LuaValue } from './value.js';

export const ALLOC = { bytes: 0 };

/**
 * How many bytes of the host's memory a counted byte costs, roughly: a Lua object as JS
 * objects (a LuaTable with its array and field store, a closure with its cells) takes 2-3
 * times PUC's size for it. A memory cap bounds the host's memory, so a cap of C bytes lets
 * the counted heap (collectgarbage("count")) reach C / HOST_BYTES_PER_BYTE.
 */
export const HOST_BYTES_PER_BYTE = 2.5;

/** Charges a string made at run time (its bytes plus PUC's TString header). */
export function chargeString(len: number): void {
  ALLOC.bytes += SIZE.string + len;
}

/** Strings longer than this (in bytes) are reserved with the collector before they are built. */
export const LARGE_STRING = 1 << 16;

/** What chargeNewString needs of the runtime: its collector, when one is attached. */
interface Reserving {
  readonly collector: { reserve(bytes: number, keep?: LuaValue): void } | null;
}

/**
 * Charges a string a library function is about to build (`len` bytes). One longer than
 * LARGE_STRING is first reserved with the collector, which raises the catchable "not enough
 * memory" (after a collection) when it would pass the VM's memory cap, before the host
 * allocates it. `keep`: a value the caller still uses that may be in no Lua frame (an
 * argument such as table.concat's table), kept alive by that collection.
 */
export function chargeNewString(rt: Reserving, len: number, keep?: LuaValue): void {
  if (len > LARGE_STRING && rt.collector !== null) rt.collector.reserve(SIZE.string + len, keep);
  ALLOC.bytes += SIZE.string + len;
}

/** Sizes charged per object (close to PUC Lua 5.4 on 64-bit). */
export const SIZE = {
  table: 56,
  arraySlot: 16,
  hashNode: 32,
  closure: 32,
  upvalue: 40,
  userdata: 40,
  thread: 208,
  string: 24,
  /**
   * What a fresh state holds beside the objects Luna counts: the main thread's stack, the
   * string table and the libraries' interned names (counted at each collection).
   */
  state: 10 * 1024,
} as const;
