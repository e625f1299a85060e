/**
 * The state of one VM as compiled code sees it, and Luna's calling convention.
 *
 * Calling convention (every Lua-callable function, compiled or native, follows it):
 * - Arguments are plain JS arguments; missing ones are `undefined` (nil).
 * - The first result is the JS return value; the number of results is left in `rt.nret`
 *   and results 2..n in `rt.rets[1..n-1]`. Every return sets `rt.nret`, so a caller that
 *   wants all results reads them right after the call.
 * - A proper tail call returns the TAILCALL marker after storing the callee and its
 *   arguments in `rt.tcFn`/`rt.tcArgs`; whoever made the call runs it (`rt.finishTail()`),
 *   so tail calls do not grow the JS stack.
 * - Frames: a Lua function entering pushes `rt.depth` and records itself in
 *   `rt.frames[depth][0]`; call sites store their line in slot 1 and spill live values that
 *   may be collectable objects into slots 2.. (the garbage collector's roots). A function
 *   returning restores `rt.depth`; after an error, whoever catches it (pcall, resume, the
 *   host) restores the depth it had.
 */
import type { Dialect } from '../dialect/index.js';
import { LuaThread } from './coroutine.js';
import { frameLine } from './callinfo.js';
import { LuaError, LuaHalt } from './errors.js';
import type { LuaTable } from './table.js';
import type { LuaFunction, LuaValue } from './value.js';

/** Returned by a function that performs a proper tail call (see the calling convention). */
export const TAILCALL = Object.freeze({ tailcall: true }) as unknown as LuaValue;

/** What the runtime knows of a function beside its JS code (attached as properties). */
export interface FunctionInfoProps {
  /** Lua closures: the compiled prototype. */
  P?: import('./proto.js').Proto;
  /** Lua closures: the upvalue cells. */
  U?: { v: LuaValue }[];
  /** The generator variant used inside coroutines (Lua closures, and natives that may yield). */
  G?: ((...args: LuaValue[]) => Generator<void, LuaValue, unknown>) | null;
  /** Natives: the name used in error messages ("bad argument #1 to 'insert'"). */
  N?: string;
  /** 5.1: the function environment. */
  E?: LuaTable;
  /** Natives that catch errors (pcall, xpcall, load): closes after an error run at their level. */
  catches?: boolean;
}

export type LuaCallable = LuaFunction & FunctionInfoProps;

/** A message handler run on an error just caught (see Runtime.msgh). */
export type MessageHandler = (e: unknown, value: LuaValue) => LuaValue;

/**
 * A frame record: [0] the function, [1] its current call site, then its slots; `t` tail
 * calls below it, `va` its varargs, `x` the objects a '__call' chain added before its
 * arguments (5.5's getinfo extraargs); for debug hooks, `hl` the line last reported and
 * `cl` the line running (debug.getinfo's currentline while hooks are set); `dz`: a
 * debug.setlocal changed a slot that the function keeps in a JS variable too.
 */
export type Frame = LuaValue[] & { t: number; va: LuaValue[] | null; x: number; hl: number; cl: number; dz: boolean };

/** Instructions between two ticks when no limit or hook is nearer. */
export const TICK_SLICE = 1 << 14;

/** A fresh frame record (all records share one shape). */
export function newFrame(): Frame {
  const fr = [undefined, 0] as unknown as Frame;
  fr.t = 0;
  fr.va = null;
  fr.x = 0;
  fr.hl = 0;
  fr.cl = 0;
  fr.dz = false;
  return fr;
}

/** debug.sethook's event masks (besides the count hook). */
export const HOOK_CALL = 1;
export const HOOK_RETURN = 2;
export const HOOK_LINE = 4;

export class Runtime {
  readonly dialect: Dialect;
  readonly hasIntegers: boolean;
  /** How numbers print (numbers.ts NumberFormat). */
  readonly numFmt: 0 | 1 | 2;

  // ---- frames of the running thread
  depth = 0;
  frames: Frame[] = [];
  /** Deepest frame allowed ("stack overflow" beyond). */
  depthLimit: number;
  /** Nested calls made from natives, metamethods and resumes (PUC's nCcalls). */
  nCcalls = 0;
  /** "C stack overflow" when nCcalls reaches it (dialect cCallLimit). */
  cCallLimit: number;
  /** "error in error handling" from there (dialect cCallErrorLimit). */
  cCallErrorLimit: number;

  // ---- results of the last call
  nret = 1;
  rets: LuaValue[] = new Array(16);

  // ---- a numeric for loop being entered (support.forPrepLoop)
  forI = 0;
  forL = 0;
  forS = 0;
  forSt: import('./support.js').ForState | null = null;

  // ---- pending proper tail call
  /**
   * Set while a helper (index, arith, concat, ...) runs for a coroutine's compiled code
   * (ops.ts yh): the metamethod call it reaches is not made but handed back (META_REQ,
   * with what to call in req*), so that the coroutine's code makes it and may yield.
   * 0: off; 1 (META_HAND_BACK): under yh; 2 (META_PROBE): a function that cannot yield
   * but through a metamethod runs its plain form for a coroutine (compiler: leaf forms), and
   * a metamethod call reached then throws LEAF_RESTART (ops.ts request).
   */
  metaReq = 0;
  reqFn: LuaValue = undefined;
  reqArgs: LuaValue[] = [];
  /** What becomes of the metamethod's first result (ops.ts POST_*). */
  reqPost = 0;
  /** POST_CONCAT: the concatenation to go on with. */
  reqConcat: { values: LuaValue[]; top: number; line: number; descs: (string | null)[] | null } | null = null;
  tcFn: LuaValue = undefined;
  tcArgs: LuaValue[] = [];
  /**
   * While hooks are set: the function that made the last proper tail call and the call site
   * it made it from; `tailNamed` is the frame whose (5.1) call hook names its function
   * after that site.
   */
  tailFrom: LuaValue = undefined;
  tailSite = 0;
  tailNamed: Frame | null = null;

  // ---- a coroutine being suspended (coroutine.ts)
  /**
   * The generator forms leaving the JS stack for the suspending coroutine's own stack,
   * innermost first: each caller adds its callee as the yield passes it (coroutine.ts sub).
   */
  suspending: Generator<void, LuaValue, unknown>[] = [];
  /** The values passed out by the yield being made. */
  yielded: LuaValue[] = [];
  /**
   * Frame arrays of coroutines that finished normally, emptied, for the next coroutines
   * to start with (coroutine.ts resume): a short-lived coroutine then allocates no frames.
   */
  readonly framePool: Frame[][] = [];

  // ---- instruction counting: compiled code decrements `budget` on calls and loop
  // back-edges, natives by the work they do; at zero it calls tick(), which charges the
  // slice to the instruction limit and the count hook and gives the collector a safe
  // point. `budget` is only the countdown to the next tick (at most TICK_SLICE).
  budget = TICK_SLICE;
  private sliceLen = TICK_SLICE;
  /** Instructions left before the instruction limit (Infinity: no limit). */
  budgetLeft = Infinity;
  /** Called when the limit is exhausted (default: stop the VM with LuaHalt 'budget'). */
  onBudget: () => void = () => this.halt('budget', 'instruction budget exhausted');
  /**
   * debug.sethook's call/return/line events (HOOK_* bits; 0: none). Compiled code tests
   * it at statements and returns; while it is set, every function entry and loop back-edge
   * ticks (arm() keeps the countdown at zero), which is where calls and loop lines are seen.
   */
  hk = 0;
  /** Runs the hook function for an event (set with hk). */
  onLuaHook: ((event: string, line: number) => void) | null = null;
  /** debug.setlocal has run: chunks loaded from now on reload their locals (compile.ts). */
  setlocalUsed = false;
  /** debug.sethook count hook: called every hookCount instructions (null: none). */
  onHook: (() => void) | null = null;
  hookCount = 0;
  private hookLeft = 0;
  private inCountHook = false;
  /** The garbage collector (gc.ts), set when the VM is built. */
  collector: import('./gc.js').Collector | null = null;
  /** The collector's safe point (set by gc.ts). */
  gcCheckpoint: () => void = () => {};
  /** Emits a warning through the base library's warn machinery (5.4+; set by base.ts). */
  warn: (msg: string) => void = () => {};

  /**
   * The message handler active in the running thread (lua_pcall's errfunc): xpcall's, the
   * standalone interpreter's, none inside pcall or a new coroutine. Given an error just
   * caught, before the stack is unwound, it returns the value the handler makes of it.
   * Where PUC catches errors while keeping the handler (load's reader), they go through it.
   */
  msgh: MessageHandler | null = null;

  /** The running coroutine (the main thread outside coroutines). */
  current: LuaThread = new LuaThread(undefined, true);
  readonly mainThread: LuaThread = this.current;

  globals!: LuaTable;
  registry!: LuaTable;
  /** Metatables of non-table types (the string metatable is stringMeta). */
  stringMeta: LuaTable | null = null;
  typeMetas: Map<string, LuaTable | null> = new Map();

  constructor(dialect: Dialect) {
    this.dialect = dialect;
    this.hasIntegers = dialect.has.integers;
    this.numFmt = !dialect.has.integers ? 0 : dialect.has.roundTripFloatPrint ? 2 : 1;
    this.depthLimit = dialect.runtime.maxCallDepth;
    this.cCallLimit = dialect.runtime.cCallLimit;
    this.cCallErrorLimit = dialect.runtime.cCallErrorLimit;
    for (let i = 0; i < 64; i++) this.frames.push(newFrame());
  }

  /** The frame record for depth d (called by compiled code when it goes deeper than ever). */
  frame(d: number): Frame {
    if (d > this.depthLimit) {
      this.depth = d - 1;
      this.stackOverflow();
    }
    while (this.frames.length <= d) this.frames.push(newFrame());
    return this.frames[d]!;
  }

  /** Raises the official "stack overflow" error at the current position. */
  stackOverflow(): never {
    throw new LuaError(this.where(1) + 'stack overflow');
  }

  /** "chunk:line: " of the Lua function at `level` (1 = the running one), or "" for none. */
  where(level: number): string {
    const d = this.depth - (level - 1);
    if (d < 1) return '';
    const fr = this.frames[d];
    if (!fr) return '';
    const f = fr[0] as LuaCallable | undefined;
    if (!f || !f.P) return '';
    const line = this.currentLine(fr);
    return line > 0 ? `${f.P.chunkId}:${line}: ` : ''; // (luaL_where: no line, no position)
  }

  /**
   * The position of a "stack overflow" the engine raised: the running Lua function's, or its
   * caller's when the overflow hit the entry of a call at a new level (no frame record yet).
   */
  overflowWhere(): string {
    const fr = this.frames[this.depth];
    return fr !== undefined && fr[0] !== undefined ? this.where(1) : this.where(2);
  }

  /** The line a frame is at (the line of the call site it last recorded). */
  currentLine(fr: Frame): number {
    return this.hk !== 0 && fr.cl > 0 ? fr.cl : frameLine(fr);
  }

  /** The call site the frame at `depth` is running (how the function it calls was named). */
  currentSite(depth: number): { line: number; kind: string; name: string } | null {
    const fr = this.frames[depth];
    if (!fr) return null;
    const f = fr[0] as LuaCallable | undefined;
    if (!f || !f.P) return null;
    return f.P.sites[fr[1] as number] ?? null;
  }

  // ------------------------------------------------------------------ calls from natives

  /**
   * Runs a pending tail call (after a callee returned TAILCALL) to completion. The level the
   * callees run at counts the tail calls (tracebacks show them); an error leaves the count
   * for the traceback and whoever catches it clears it (unwind).
   */
  finishTail(): LuaValue {
    const fr = this.frames[this.depth + 1] ?? this.frame(this.depth + 1);
    let n = 0;
    for (;;) {
      const f = this.tcFn;
      const args = this.tcArgs;
      if (this.hk !== 0) this.noteTailCall(fr);
      fr.t = ++n;
      const r = typeof f === 'function' ? (this.hk === 0 ? (f as LuaFunction)(...args) : this.hookedCall(f as LuaFunction, args)) : this.callMeta(f, args);
      if (r !== TAILCALL) {
        fr.t = 0;
        return r;
      }
    }
  }

  /**
   * A call while hooks are set (compiled call sites, rt.call and tail calls come here then):
   * a Lua function reports its own events; a native reports 'call' before it runs and
   * 'return' after it (none when it raises an error, as in PUC), each from a level of its
   * own that the hook's debug.getinfo sees. The native runs without it, as always.
   */
  hookedCall(f: LuaFunction, args: LuaValue[]): LuaValue {
    if ((f as LuaCallable).P !== undefined || (this.hk & (HOOK_CALL | HOOK_RETURN)) === 0) return f(...args);
    if (this.hk & HOOK_CALL) this.nativeEvent(f as LuaCallable, 'call');
    const r = f(...args);
    if (this.hk & HOOK_RETURN && r !== TAILCALL) {
      const nret = this.nret;
      const saved = nret > 1 ? this.rets.slice(1, nret) : null;
      this.nativeEvent(f as LuaCallable, 'return');
      this.nret = nret;
      if (saved !== null) for (let i = 0; i < saved.length; i++) this.rets[i + 1] = saved[i];
    }
    return r;
  }

  /** Reports a native's hook event from a level pushed for it. */
  nativeEvent(f: LuaCallable, event: string): void {
    const depth = this.pushNative(f);
    try {
      this.onLuaHook!(event, -1);
    } finally {
      this.depth = depth;
    }
  }

  /** Hooks are set: the record of the function making a tail call names its callee (hookTick). */
  noteTailCall(fr: Frame): void {
    this.tailFrom = fr[0];
    this.tailSite = fr[1] as number;
  }

  /**
   * Returns the running thread to `depth` after an error was caught there: the levels above
   * are dead (their tail-call counts are cleared for the next calls at those levels).
   */
  unwind(depth: number): void {
    const frames = this.frames;
    const top = Math.min(this.depth + 1, frames.length - 1);
    for (let d = depth + 1; d <= top; d++) {
      const fr = frames[d]!;
      fr.t = 0;
      // the values of the abandoned levels must not stay reachable for the collector
      fr.length = 2;
      fr.va = null;
    }
    this.depth = depth;
  }

  /** Calls any value with arguments; returns the first result (all results as per the convention). */
  call(f: LuaValue, args: LuaValue[]): LuaValue {
    try {
      // (counted as PUC's lua_call: "C stack overflow" with the native's position, none)
      if (++this.nCcalls >= this.cCallLimit) this.checkCstack('');
      // (a native calling: an error about a value that cannot be called has no position)
      const r = typeof f === 'function' ? (this.hk === 0 ? (f as LuaFunction)(...args) : this.hookedCall(f as LuaFunction, args)) : this.callMeta(f, args, -1);
      return r === TAILCALL ? this.finishTail() : r;
    } finally {
      this.nCcalls--;
    }
  }

  /**
   * luaE_checkcstack, once nCcalls reached the limit: "C stack overflow" (at position
   * `where`) at the limit itself; past it, the calls that handle that error go on, until
   * the error limit: "error in error handling" (LUA_ERRERR).
   */
  checkCstack(where: string): void {
    if (this.nCcalls === this.cCallLimit) throw new LuaError(where + 'C stack overflow');
    if (this.nCcalls >= this.cCallErrorLimit) throw new LuaError('error in error handling');
  }

  /** Calls any value and returns all its results as an array. */
  callAll(f: LuaValue, args: LuaValue[]): LuaValue[] {
    const first = this.call(f, args);
    return this.results(first);
  }

  /** All results of the last call, given its first result. */
  results(first: LuaValue): LuaValue[] {
    const n = this.nret;
    if (n === 1) return [first];
    if (n === 0) return [];
    const out = new Array<LuaValue>(n);
    out[0] = first;
    for (let i = 1; i < n; i++) out[i] = this.rets[i];
    return out;
  }

  /**
   * Calls a non-function through its __call metamethod (set up by ops.ts). `line`: where
   * the error of a value that cannot be called is reported (0: the running Lua function's
   * current line; -1: nowhere, as for a call a C function makes).
   */
  callMeta: (f: LuaValue, args: LuaValue[], line?: number) => LuaValue = () => {
    throw new LuaError('attempt to call a non-function value');
  };

  // ------------------------------------------------------------------ returning from natives

  /** Sets the results of a native returning several values; returns the first. */
  ret(values: LuaValue[]): LuaValue {
    const n = values.length;
    this.nret = n;
    if (n === 0) return undefined;
    const r = this.rets;
    for (let i = 1; i < n; i++) r[i] = values[i];
    return values[0];
  }

  /** Sets the results `first, ...values` (coroutine.resume's); returns `first`. */
  retAfter(first: LuaValue, values: LuaValue[]): LuaValue {
    const n = values.length;
    this.nret = n + 1;
    const r = this.rets;
    for (let i = 0; i < n; i++) r[i + 1] = values[i];
    return first;
  }

  ret0(): undefined {
    this.nret = 0;
    return undefined;
  }

  ret1(v: LuaValue): LuaValue {
    this.nret = 1;
    return v;
  }

  ret2(a: LuaValue, b: LuaValue): LuaValue {
    this.nret = 2;
    this.rets[1] = b;
    return a;
  }

  ret3(a: LuaValue, b: LuaValue, c: LuaValue): LuaValue {
    this.nret = 3;
    this.rets[1] = b;
    this.rets[2] = c;
    return a;
  }

  /** collectgarbage(opt, ...): set by the garbage collector (gc.ts) when the VM is built. */
  gc: (opt: string, args: LuaValue[]) => LuaValue = (opt) => {
    if (opt === 'count') return this.ret2(64, 0);
    if (opt === 'step' || opt === 'isrunning') return this.ret1(true);
    return this.ret1(0);
  };

  /**
   * Gives a native a level of its own (errors raised inside carry no position, tracebacks
   * show it) and returns the depth to restore. Slots an earlier function left at that level
   * are dropped, so that the collector does not keep their values alive.
   */
  pushNative(self: LuaCallable): number {
    const depth = this.depth;
    const d = ++this.depth;
    const fr = this.frames[d] ?? this.frame(d);
    fr[0] = self;
    fr[1] = 0;
    fr.length = 2;
    fr.va = null;
    return depth;
  }

  /** Charges `units` instructions for work a native does in proportion to its input. */
  charge(units: number): void {
    if ((this.budget -= units) <= 0) this.tick();
  }

  /** The countdown reached zero: charge the slice, run what is due, start the next slice. */
  tick(entry = 0, line = 0, work = 1, site = -1): void {
    const used = this.sliceLen - this.budget;
    // 1 until arm() below: if an engine stack overflow cuts this tick short, the next
    // instruction ticks again (a halt is never lost for a whole slice)
    this.budget = this.sliceLen = 1;
    if (this.onHook !== null && !this.inCountHook) {
      // one call per `count` instructions (the compiler's estimate of what ran since the
      // last entry or back-edge, which all tick while a count hook is set; a few calls at
      // most per tick); the hook's own code does not count
      this.hookLeft -= work;
      let due = 0;
      for (; this.hookLeft <= 0 && due < 16; due++) this.hookLeft += this.hookCount;
      if (this.hookLeft <= 0) this.hookLeft = this.hookCount;
      this.inCountHook = true;
      try {
        for (let i = 0; i < due && this.onHook !== null; i++) this.onHook();
      } finally {
        this.inCountHook = false;
      }
    }
    if (this.budgetLeft !== Infinity) {
      this.budgetLeft -= used;
      if (this.budgetLeft <= 0) {
        this.budgetLeft = 0;
        this.arm();
        // (a loop's back-edge: an error raised here, as lua.c's "interrupted!", is at the
        // loop's line in tracebacks)
        if (site >= 0 && this.frames[this.depth] !== undefined) this.frames[this.depth]![1] = site;
        this.onBudget();
      }
    }
    this.arm();
    if (this.hk !== 0) this.hookTick(entry, line, site);
    this.clearStaleFrames();
    this.gcCheckpoint();
  }

  /**
   * Empties the frame records above the running level, left by calls that returned. Their
   * slots would otherwise keep whatever those calls held (a whole tree, from a recursive
   * walk's last node) alive for V8's collector, which would copy it out of the young
   * generation and promote it. Records emptied are marked by an empty slot 0, so each
   * tick only clears what was used since the last one.
   */
  private clearStaleFrames(): void {
    const frames = this.frames;
    for (let d = this.depth + 1; d < frames.length; d++) {
      const fr = frames[d]!;
      if (fr[0] === undefined) break;
      fr[0] = undefined;
      fr.fill(undefined, 2);
      fr.va = null;
    }
  }

  /**
   * Hook events at a tick. At a function entry (`line`: its first line): 'call'. At a loop's
   * back-edge, where the jump goes decides (as PUC reports a line when it changes, and again
   * after any backward jump): `line` > 0, back to a condition on that line (while), which
   * reports it; `line` < 0, a for loop's own step on line -line, reported when the line
   * changes (the jump back into the body is hookJump's); 0, back into a body (repeat, goto).
   * `site`: the function's site for the loop statement (its locals), when there is one.
   */
  private hookTick(entry: number, line: number, site: number): void {
    const fr = this.frames[this.depth];
    if (fr === undefined) return;
    // (a loop's own line: the locals in scope are those of the loop statement)
    if (site >= 0) fr[1] = site;
    if (entry !== 0) {
      fr.hl = -1;
      fr.cl = line;
      if (!(this.hk & HOOK_CALL)) return;
      if (fr.t === 0 || this.dialect.has.tailCallHookEvent) {
        this.onLuaHook!(fr.t > 0 ? 'tail call' : 'call', -1);
        return;
      }
      this.tailNamed = fr;
      try {
        this.onLuaHook!('call', -1);
      } finally {
        this.tailNamed = null;
      }
      return;
    }
    if (line < 0) {
      this.hookLine(-line);
      return;
    }
    fr.hl = -1;
    if (line > 0) this.hookLine(line);
  }

  /** A backward jump into a loop body: its first line reports even when it is the same. */
  hookJump(): void {
    const fr = this.frames[this.depth];
    if (fr !== undefined) fr.hl = -1;
  }

  /**
   * A statement starting at `line` (compiled code calls it while hk is set); `site`: the
   * function's site for it (the locals in scope), when there is one.
   */
  hookLine(line: number, site = -1): void {
    const fr = this.frames[this.depth];
    if (fr === undefined) return;
    fr.cl = line;
    if (site >= 0) fr[1] = site;
    if (fr.hl === line || !(this.hk & HOOK_LINE)) return;
    fr.hl = line;
    this.onLuaHook!('line', line);
  }

  /** A Lua function returns (compiled code calls it while hk is set, before the frame goes). */
  hookReturn(): void {
    if (!(this.hk & HOOK_RETURN)) return;
    const saved = this.rets.slice();
    const nret = this.nret;
    this.onLuaHook!('return', -1);
    if (this.dialect.has.tailReturnHookEvent) {
      // one per tail call the returning function replaced, each seeing one fewer
      const fr = this.frames[this.depth]!;
      while (fr.t > 0 && this.hk & HOOK_RETURN) {
        fr.t--;
        this.onLuaHook!('tail return', -1);
      }
    }
    for (let i = 0; i < saved.length; i++) this.rets[i] = saved[i];
    this.nret = nret;
  }

  /** Sets the call/return/line hook (mask 0 or fn null: none). */
  setLuaHook(mask: number, fn: ((event: string, line: number) => void) | null): void {
    const used = this.sliceLen - this.budget;
    // the running levels have reported the line they are on (PUC's oldpc): they go on
    // without a line event until their line changes
    if (this.hk === 0 && fn !== null) {
      for (let d = 1; d <= this.depth; d++) {
        const fr = this.frames[d];
        if (fr !== undefined) {
          fr.hl = frameLine(fr);
          fr.cl = 0; // (no line reported yet: currentline is the frame's own)
        }
      }
    }
    this.hk = fn === null ? 0 : mask;
    this.onLuaHook = fn;
    this.arm();
    this.budget -= used;
  }

  /** Sets the next countdown: the slice, or less when a limit or the count hook is nearer. */
  private arm(): void {
    let n = TICK_SLICE;
    if (this.budgetLeft < n) n = Math.max(1, this.budgetLeft);
    if (this.onHook !== null) n = 1;
    if (this.hk !== 0) n = 0;
    this.budget = this.sliceLen = n;
  }

  /**
   * Sets the instruction limit (null: none) and what happens when it is exhausted (default:
   * LuaHalt 'budget', which Lua code cannot catch). The count goes on from where it is.
   */
  setBudget(n: number | null, onExhausted?: () => void): void {
    const used = this.sliceLen - this.budget;
    this.budgetLeft = n === null ? Infinity : n + used;
    if (onExhausted) this.onBudget = onExhausted;
    this.arm();
    this.budget -= used;
  }

  /** Instructions left before the limit (Infinity when there is none). */
  budgetRemaining(): number {
    return this.budgetLeft === Infinity ? Infinity : Math.max(0, this.budgetLeft - (this.sliceLen - this.budget));
  }

  /** debug.sethook's count hook (fn null or count 0: none). */
  setCountHook(count: number, fn: (() => void) | null): void {
    const used = this.sliceLen - this.budget;
    this.onHook = count > 0 ? fn : null;
    this.hookCount = count;
    this.hookLeft = count;
    this.arm();
    this.budget -= used;
  }

  halt(reason: 'budget' | 'deadline' | 'memory' | 'exit', message: string, code = 0): never {
    throw new LuaHalt(reason, message, code);
  }
}
