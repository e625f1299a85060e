/**
 * What a running stack looks like from Lua's point of view (lua_getstack/lua_getinfo's
 * role): levels, their functions, current lines and names. Tracebacks, error levels and
 * the debug library read the stack only through this module.
 *
 * Invariants (how frames encode it, see runtime.ts):
 * - frames[1..depth] of a thread are its live levels, the deepest last. A Lua function's
 *   record holds the closure in slot 0 and, in slot 1, either the index of the call site it
 *   is running (>= 0) or, while it runs a metamethod or after an operator error, the
 *   negative code -(line * 64 + event) written by ops.ts.
 * - A native that calls back into Lua pushes a record holding itself (slot 1 = 0): it is a
 *   C level. Other natives leave no record; the one that raised an error is known from
 *   LuaError.native and shown as the top level.
 * - frame.t counts the proper tail calls that replaced the function at that level.
 */
import type { LuaCallable, Runtime, Frame } from './runtime.js';
import type { LuaValue } from './value.js';
import type { LuaThread } from './coroutine.js';
import { LuaTable } from './table.js';

/** Metamethod events as ops.ts encodes them in frame slot 1 (index = code). */
export const EVENTS = [
  '', 'index', 'newindex', 'gc', 'mode', 'len', 'eq', 'add', 'sub', 'mul', 'mod', 'pow', 'div', 'idiv',
  'band', 'bor', 'bxor', 'shl', 'shr', 'unm', 'bnot', 'lt', 'le', 'concat', 'call', 'close',
] as const;
export type EventName = (typeof EVENTS)[number];
export const enum Ev {
  NONE, INDEX, NEWINDEX, GC, MODE, LEN, EQ, ADD, SUB, MUL, MOD, POW, DIV, IDIV,
  BAND, BOR, BXOR, SHL, SHR, UNM, BNOT, LT, LE, CONCAT, CALL, CLOSE,
}

/** Encodes "running metamethod `ev` for the operator at `line`" for frame slot 1. */
export function eventCode(line: number, ev: number): number {
  return -(line * 64 + ev);
}

/** The line a Lua frame is at (0 when unknown). */
export function frameLine(fr: Frame): number {
  const f = fr[0] as LuaCallable;
  if (f.P!.stripped) return -1;
  const at = fr[1] as number;
  if (at < 0) return Math.floor(-at / 64);
  const site = f.P!.sites[at];
  return site ? site.line : f.P!.lineDefined;
}

/** One level of a stack, as lua_getinfo describes it. */
export interface LevelInfo {
  func: LuaValue;
  what: 'Lua' | 'main' | 'C';
  /** '=[C]' for C functions. */
  source: string;
  shortSrc: string;
  /** -1 for C functions. */
  currentLine: number;
  lineDefined: number;
  lastLineDefined: number;
  /** How the caller named the function ('global', 'local', 'method', 'field', 'upvalue', 'metamethod', 'for iterator', ...), '' when unknown. */
  namewhat: string;
  name: string | null;
  /** Proper tail calls that replaced this level's function (5.1 shows each as a level). */
  tailCalls: number;
  /** The frame record (null for the synthetic level of a native that raised an error). */
  frame: Frame | null;
}

/** The stack of a thread: its frames and depth (the running thread's are the runtime's). */
export interface StackView {
  frames: Frame[];
  depth: number;
}

export function stackOf(rt: Runtime, thread: LuaThread | null): StackView {
  if (thread === null || thread === rt.current) return { frames: rt.frames, depth: rt.depth };
  return { frames: thread.frames, depth: thread.depth };
}

/** How the frame at `depth` named the function it is calling (namewhat/name), per dialect. */
export function calleeName(rt: Runtime, stack: StackView, depth: number): { namewhat: string; name: string } | null {
  const fr = stack.frames[depth];
  if (!fr || depth < 1) return null;
  return siteName(rt, fr[0], fr[1] as number);
}

/** How function `f` names what it calls at call site `at` (a metamethod event when negative). */
export function siteName(rt: Runtime, fv: LuaValue, at: number): { namewhat: string; name: string } | null {
  const f = fv as LuaCallable | undefined;
  if (!f || !f.P) return null;
  const style = rt.dialect.runtime.traceback;
  if (at < 0) return metamethodName(rt, -at % 64);
  const site = f.P.sites[at];
  if (!site || !site.kind) return null;
  if (site.kind === 'for iterator') return { namewhat: 'for iterator', name: style.forIteratorName };
  return { namewhat: site.kind, name: site.name };
}

/** How a function running metamethod `ev` is named (null: the dialect names none). */
export function metamethodName(rt: Runtime, ev: number): { namewhat: string; name: string } | null {
  const style = rt.dialect.runtime.traceback.metamethodNames;
  if (ev === 0 || style === 'none') return null;
  const e = EVENTS[ev]!;
  return { namewhat: 'metamethod', name: style === 'short' ? e : `__${e}` };
}

/** Describes the level whose frame is at `depth` (the caller's record names it). */
export function levelAt(rt: Runtime, stack: StackView, depth: number): LevelInfo {
  const fr = stack.frames[depth]!;
  const f = fr[0] as LuaCallable;
  const tailCalls = (fr as Frame & { t?: number }).t ?? 0;
  // (a tail call's callee has no name, but in 5.1's call hook, where the site is known)
  const named = tailCalls === 0 ? calleeName(rt, stack, depth - 1) : rt.tailNamed === fr ? siteName(rt, rt.tailFrom, rt.tailSite) : null;
  const namewhat = named?.namewhat ?? '';
  const name = named?.name ?? null;
  if (f && f.P) {
    const p = f.P;
    return {
      func: f, what: p.lineDefined === 0 ? 'main' : 'Lua', source: p.source, shortSrc: p.chunkId,
      currentLine: rt.currentLine(fr), lineDefined: p.lineDefined, lastLineDefined: p.lastLineDefined,
      namewhat, name, tailCalls, frame: fr,
    };
  }
  return cLevel(f, namewhat, name, tailCalls, fr);
}

function cLevel(f: LuaValue, namewhat: string, name: string | null, tailCalls: number, fr: Frame | null): LevelInfo {
  return {
    func: f, what: 'C', source: '=[C]', shortSrc: '[C]', currentLine: -1, lineDefined: -1, lastLineDefined: -1,
    namewhat, name, tailCalls, frame: fr,
  };
}

/**
 * The synthetic top level of a native that raised an error without a frame of its own
 * (it is named by the site of the Lua frame that called it).
 */
export function raisingNativeLevel(rt: Runtime, stack: StackView, native: LuaValue): LevelInfo {
  const named = calleeName(rt, stack, stack.depth);
  return cLevel(native, named?.namewhat ?? '', named?.name ?? null, 0, null);
}

/** All levels of a stack, level 1 (the deepest) first. */
export function stackLevels(rt: Runtime, stack: StackView): LevelInfo[] {
  const out: LevelInfo[] = [];
  for (let d = stack.depth; d >= 1; d--) {
    const fr = stack.frames[d];
    if (!fr || fr[0] === undefined) continue;
    out.push(levelAt(rt, stack, d));
  }
  return out;
}

/**
 * The name the auxiliary library's pushglobalfuncname finds for a function: 5.3+ search
 * package.loaded ("string.rep"; "_G.print" written "print"), 5.2 the global table two
 * levels deep ("print", "string.rep"). Names one level deep win over deeper ones, so the
 * answer does not depend on traversal order. Null when none.
 */
export function globalFunctionName(rt: Runtime, f: LuaValue): string | null {
  if (f === undefined) return null;
  const style = rt.dialect.runtime.traceback;
  let root: LuaValue;
  if (style.stripGlobalTable) {
    root = rt.registry?.getStr('_LOADED');
  } else {
    root = rt.globals;
  }
  if (!(root instanceof LuaTable)) return null;
  let direct: string | null = null;
  let nested: string | null = null;
  root.forEach((name, v) => {
    if (typeof name !== 'string') return;
    if (!style.stripGlobalTable && v === f && direct === null) direct = name;
    if (v instanceof LuaTable && (style.stripGlobalTable || name !== '_G')) {
      v.forEach((k, x) => {
        if (x !== f || typeof k !== 'string') return;
        const full = `${name}.${k}`;
        if (name === '_G' && style.stripGlobalTable) {
          if (direct === null) direct = k;
        } else if (nested === null) nested = full;
      });
    }
  });
  return direct ?? nested;
}
