/**
 * A compiled function prototype: what the runtime knows of a Lua function's definition
 * (for messages, tracebacks, the debug library and string.dump). Shared by every closure
 * made from the same function expression.
 */
import type { LuaValue } from './value.js';

export interface Proto {
  /** The chunk name as given to load ('@file.lua', '=stdin', or the source text). */
  readonly source: string;
  /** The chunk name as messages show it ('file.lua', '[string "..."]'). */
  readonly chunkId: string;
  /** 0 for a main chunk. */
  readonly lineDefined: number;
  readonly lastLineDefined: number;
  readonly numParams: number;
  readonly isVararg: boolean;
  readonly upvalueNames: readonly string[];
  /** Source text of the whole chunk and this function's byte range (string.dump). */
  readonly chunkSource: string;
  readonly start: number;
  readonly end: number;
  /** Call sites: frames record the index of the one running (see CallSite in the compiler). */
  readonly sites: readonly { readonly line: number; readonly kind: string; readonly name: string }[];
  /** Frame slots holding locals and spilled temporaries (what the garbage collector scans). */
  readonly frameSize: number;
  /** Builds the generator variant of a closure of this prototype from its upvalue cells. */
  makeGenerator: ((upvalues: { v: LuaValue }[], self: unknown) => (...args: LuaValue[]) => Generator<LuaValue[], LuaValue, LuaValue[]>) | null;
}
