/**
 * Lua values as JS values.
 *
 * Invariant (the representation every part of the runtime relies on):
 * - nil is `undefined`; booleans are JS booleans; strings are byte strings (one char per
 *   byte, char codes 0-255).
 * - Numbers, in dialects with integers (5.3+): an integer is a JS number with an integral
 *   value within ±(2^53-1), or a `bigint` (always outside that range: canonical form);
 *   a float is a JS number with a non-integral value (NaN and ±Infinity included) or a
 *   `LuaFloat` box holding an integral value (1.0, -0.0, 2^60...). So a plain JS number is
 *   an integer exactly when Number.isInteger says so, and `===` compares integers exactly.
 * - Numbers, in dialects without integers (5.1, 5.2): always a plain JS number (a double);
 *   no boxes, no bigints.
 * - Tables, userdata and threads are instances of LuaTable, LuaUserdata and LuaThread;
 *   functions (Lua closures and native functions alike) are JS functions following Luna's
 *   calling convention (see call.ts).
 */
import type { LuaTable } from './table.js';
import { ALLOC, SIZE } from './alloc.js';

/** An integral-valued float (5.3+): `1.0` is `new LuaFloat(1)`, distinct from the integer `1`. */
export class LuaFloat {
  constructor(readonly n: number) {}
}

/** Full userdata: a host object with an optional metatable and a user value. */
export class LuaUserdata {
  metatable: LuaTable | null = null;
  /** The user values (5.4: any number; earlier one, a table in 5.1). */
  uservalues: LuaValue[] = [];
  constructor(readonly data: unknown) {
    ALLOC.bytes += SIZE.userdata;
  }
}

/** The calling convention of every Lua-callable function (see call.ts). */
export interface LuaFunction {
  (...args: LuaValue[]): LuaValue;
}

/** A coroutine; defined in coroutine.ts (declared here to keep value.ts free of imports). */
export interface LuaThreadLike {
  readonly isLuaThread: true;
}

export type LuaValue =
  | undefined
  | boolean
  | number
  | bigint
  | string
  | LuaFloat
  | LuaTable
  | LuaUserdata
  | LuaFunction
  | LuaThreadLike;

/** Integers within this range are plain JS numbers; others are bigints. */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Lua's truth: only nil and false are false. */
export function truthy(v: LuaValue): boolean {
  return v !== undefined && v !== false;
}
