/**
 * Tracebacks in each version's luaL_traceback format (debug.traceback, the standalone
 * interpreter's uncaught errors, the embedding API's takeErrorTraceback).
 *
 * Invariant: the text is built from the stack levels of callinfo.ts only; what differs
 * between versions (names, elision, tail calls) comes from dialect.runtime.traceback.
 */
import { globalFunctionName, raisingNativeLevel, stackLevels, stackOf, type LevelInfo, type StackView } from './callinfo.js';
import { LuaError } from './errors.js';
import type { Runtime } from './runtime.js';
import type { LuaValue } from './value.js';

/** A traceback line's subject: a level, or one of 5.1's "(tail call)" levels. */
type Entry = LevelInfo | 'tail';

export interface TracebackOptions {
  /** The message put before "stack traceback:" (null: none). */
  message: string | null;
  /** First level shown (PUC's level numbers: 0 is `level0`, 1 the level below it...). */
  level: number;
  /**
   * Level 0: the function asking (debug.traceback itself, or null for a message handler
   * that is never shown); undefined when level 0 is the stack's own top (another coroutine).
   */
  level0?: LevelInfo | null;
  /** Natives without frames between level 0 and the stack's top frame (the native that raised an error). */
  natives?: LevelInfo[];
  /** Whether the stack sits on the host's entry (the main thread): adds the bottom "[C]: in ?" level. */
  hostLevel: boolean;
}

export function traceback(rt: Runtime, stack: StackView, opts: TracebackOptions): string {
  const style = rt.dialect.runtime.traceback;
  const levels: LevelInfo[] = [...(opts.natives ?? []), ...stackLevels(rt, stack)];
  // entries[i] is level i. Level 0 is the function asking when it has no frame of its own
  // (debug.traceback, the message handler); for another coroutine it is that one's top.
  const entries: Entry[] = opts.level0 === undefined ? [] : [opts.level0 ?? hostEntry()];
  for (const lv of levels) {
    entries.push(lv);
    if (style.tailCallLevels) for (let i = 0; i < lv.tailCalls; i++) entries.push('tail');
  }
  if (opts.hostLevel) entries.push(hostEntry());
  let out = opts.message === null ? '' : `${opts.message}\n`;
  out += 'stack traceback:';
  const first = Math.max(0, opts.level);
  const last = entries.length - 1; // index of the deepest (outermost) entry
  const line = (e: Entry): string => formatEntry(rt, e);
  if (style.elision === 'first-part') {
    // 5.1: skip to the last LEVELS2 levels once LEVELS1 have been shown.
    let firstPart = true;
    for (let lvl = first; lvl <= last; ) {
      const cur = lvl++;
      if (lvl > style.levels1 && firstPart) {
        firstPart = false;
        if (lvl + style.levels2 > last) {
          lvl--;
          continue;
        }
        out += '\n\t...';
        while (lvl + style.levels2 <= last) lvl++;
        continue;
      }
      out += '\n\t' + line(entries[cur]!);
    }
    return out;
  }
  if (style.elision === 'mark') {
    // 5.2: countlevels() gives the last level; '...' replaces the level where `level == mark`.
    // countlevels() counts level 0 too.
    const mark = last + 1 > style.levels1 + style.levels2 ? style.levels1 : -1;
    for (let lvl = first; lvl <= last; ) {
      const cur = lvl++;
      if (lvl === mark) {
        out += '\n\t...';
        lvl = last + 1 - style.levels2;
        continue;
      }
      out += '\n\t' + line(entries[cur]!);
    }
    return out;
  }
  let limit = last - first > style.levels1 + style.levels2 ? style.levels1 : -1;
  for (let lvl = first; lvl <= last; ) {
    const cur = lvl++;
    if (limit-- === 0) {
      if (style.elision === 'count') {
        const n = last - lvl - style.levels2 + 1;
        out += `\n\t...\t(skipping ${n} levels)`;
        lvl += n;
      } else {
        out += '\n\t...';
        lvl = last - style.levels2 + 1;
      }
      continue;
    }
    out += '\n\t' + line(entries[cur]!);
  }
  return out;
}

function hostEntry(): LevelInfo {
  return {
    func: undefined, what: 'C', source: '=[C]', shortSrc: '[C]', currentLine: -1, lineDefined: -1, lastLineDefined: -1,
    namewhat: '', name: null, tailCalls: 0, frame: null,
  };
}

function formatEntry(rt: Runtime, e: Entry): string {
  const style = rt.dialect.runtime.traceback;
  if (e === 'tail') return '(tail call): ?';
  let s = `${e.shortSrc}:`;
  if (e.currentLine > 0) s += `${e.currentLine}:`;
  if (style.tailCallLevels) {
    // 5.1
    if (e.namewhat !== '') return `${s} in function '${e.name}'`;
    if (e.what === 'main') return `${s} in main chunk`;
    if (e.what === 'C') return `${s} ?`;
    return `${s} in function <${e.shortSrc}:${e.lineDefined}>`;
  }
  s += ` in ${functionDescription(rt, e)}`;
  if (e.tailCalls > 0) s += '\n\t(...tail calls...)';
  return s;
}

/** "function 'name'", "local 'f'", "main chunk", "function <file:12>" or "?" (pushfuncname). */
export function functionDescription(rt: Runtime, e: LevelInfo): string {
  const style = rt.dialect.runtime.traceback;
  const fromCode = e.namewhat !== '' ? (style.namewhatInText ? `${e.namewhat} '${e.name}'` : `function '${e.name}'`) : null;
  const global = (): string | null => {
    const g = globalFunctionName(rt, e.func as LuaValue);
    return g === null ? null : `function '${g}'`;
  };
  switch (style.globalNames) {
    case 'first': {
      const g = global();
      if (g !== null) return g;
      if (fromCode !== null) return fromCode;
      break;
    }
    case 'fallback': {
      if (fromCode !== null) return fromCode;
      if (e.what !== 'main') {
        const g = global();
        if (g !== null) return g;
      }
      break;
    }
    case 'c-only': {
      if (fromCode !== null) return fromCode;
      if (e.what === 'C') return global() ?? '?';
      break;
    }
    default:
      if (fromCode !== null) return fromCode;
  }
  if (e.what === 'main') return 'main chunk';
  if (e.what === 'C') return '?';
  return `function <${e.shortSrc}:${e.lineDefined}>`;
}

/**
 * The traceback a message handler running on top of an error's stack makes (lua.c's
 * msghandler): level 1 is the level below the handler.
 */
export function handlerTraceback(rt: Runtime): string {
  const handler = rt.dialect.runtime.traceback.handlerLevel;
  const natives = handler ? [hostEntry()] : [];
  return traceback(rt, stackOf(rt, null), { message: null, level: handler ? 2 : 1, level0: null, natives, hostLevel: rt.current === rt.mainThread });
}

/**
 * The traceback of an error just caught, before the stack is unwound (what the standalone
 * interpreter's message handler prints): level 1 is the native that raised it, if any,
 * then the levels that were running.
 */
export function errorTraceback(rt: Runtime, e: unknown): string {
  const stack = stackOf(rt, null);
  const native = e instanceof LuaError ? e.native : undefined;
  const natives = typeof native === 'function' ? [raisingNativeLevel(rt, stack, native as LuaValue)] : [];
  // (5.1: level 1 is the handler itself, never shown but counted)
  const handler = rt.dialect.runtime.traceback.handlerLevel;
  if (handler) natives.unshift(hostEntry());
  return traceback(rt, stack, { message: null, level: handler ? 2 : 1, level0: null, natives, hostLevel: rt.current === rt.mainThread });
}
