/**
 * A compiled function prototype: what the runtime knows of a Lua function's definition
 * (for messages, tracebacks, the debug library and string.dump). Shared by every closure
 * made from the same function expression.
 */

/** A call site of a function (see the compiler's CallSite). */
export interface CallSiteInfo {
  readonly line: number;
  /** How the called function is named: 'global', 'local', 'method', 'field', 'upvalue', 'for iterator'..., or ''. */
  readonly kind: string;
  readonly name: string;
  /** Locals in scope there, in declaration order: name and frame slot (S[slot + 2]; a cell when captured). */
  readonly locals: readonly { readonly name: string; readonly slot: number; readonly captured: boolean; readonly forState?: { readonly role: 'limit' | 'step' | 'count'; readonly limit: number; readonly step: number } }[];
  /** Spilled temporaries live at the site: frame slots localSlots+2 .. localSlots+2+spillTop-1. */
  readonly spillTop: number;
  /** PUC's temporaries shown at the site (debug.getlocal): frame slots tempBase+2 .. tempBase+2+temps-1. */
  readonly temps?: number;
}

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
  readonly sites: readonly CallSiteInfo[];
  /** Frame slots holding locals and spilled temporaries (what the garbage collector scans). */
  readonly frameSize: number;
  /** Slots of locals (PUC's registers); spilled temporaries come after them. */
  readonly localSlots: number;
  /** The first slot of the temporaries call sites show (CallSiteInfo.temps; chunks compiled with debugLocals). */
  readonly tempBase?: number;
  /** Lines holding code (debug.getinfo's 'L'). */
  readonly activeLines: readonly number[];
  /** Loaded from a stripped binary chunk: no line information (current lines are -1). */
  readonly stripped?: boolean;
}
