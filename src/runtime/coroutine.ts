/**
 * Coroutines. A coroutine runs the generator forms of its functions (the compiler emits
 * one per Lua function). A call inside a coroutine runs the callee's generator at once,
 * on the JS stack (`sub`); only when a yield suspends the coroutine do the generators
 * between the yield and the coroutine's driver move to the coroutine's own stack of
 * generators, each caller adding its callee as the yield passes it. The driver (`resume`)
 * then resumes the top of that stack and hands each finished generator's result (or
 * error) to the one below. A yield from depth d thus costs O(1) per generator it passes
 * once, not O(d) per yield, as `yield*` delegation would. Code outside coroutines runs the
 * plain (sync) forms and pays nothing for this.
 *
 * Invariants:
 * - Each coroutine owns its frame records (`frames`, `depth`); resuming swaps them into the
 *   runtime and suspending swaps them back, so tracebacks and error positions see the
 *   coroutine's own stack.
 * - A suspended coroutine's `stack` holds its started generators, caller below callee;
 *   the top one waits in the yield. `rt.suspending` is empty except while a yield travels
 *   to the driver (no Lua code runs meanwhile).
 * - The generator that yields (coroutine.yield's form, a host function awaiting a
 *   promise) puts the values in `rt.yielded` and receives the resume's values (an array);
 *   every other generator receives, at its suspended call, the callee's first result.
 * - Natives run synchronously; a yield reached through a native (a sort comparator, a
 *   metamethod called by a native, a sync form) is refused with the official "attempt to
 *   yield across a C-call boundary" (see yieldSync).
 */
import { CloseRunning, isHostStackOverflow, LuaError, LuaHalt } from './errors.js';
import { ALLOC, SIZE } from './alloc.js';
import { TAILCALL, type Frame, type LuaCallable, type MessageHandler, type Runtime } from './runtime.js';
import type { LuaValue } from './value.js';
import { closeFromBase } from './support.js';
import { callChain, concat, META_REQ, POST_FALSY, POST_FIRST, POST_NONE, POST_TRUTHY, yh } from './ops.js';

/** A generator form's run: yields only to suspend (see the header), returns the first result. */
export type LuaGenerator = Generator<void, LuaValue, unknown>;
export type GeneratorForm = (...args: LuaValue[]) => LuaGenerator;

/**
 * The frames of a thread that has not run yet or ended normally (depth 0: nothing reads
 * them, nothing writes them; resume gives a thread its own before it runs).
 */
const NO_FRAMES: Frame[] = emptyOfObjects();

/** An empty array of V8's elements kind for objects, as the arrays it stands for have. */
function emptyOfObjects<T>(): T[] {
  const a = [null] as unknown as T[];
  a.pop();
  return a;
}

export type CoroutineStatus = 'suspended' | 'running' | 'normal' | 'dead';

export class LuaThread {
  readonly isLuaThread = true as const;
  status: CoroutineStatus;
  /** Started generators, caller below callee (empty: not started, or finished). */
  readonly stack: LuaGenerator[] = [];
  /** Its frame records (NO_FRAMES until it first runs, and again once it ended normally). */
  frames: Frame[] = NO_FRAMES;
  depth = 0;
  /** The coroutine that resumed this one (while it runs). */
  resumer: LuaThread | null = null;
  /** 5.4: the error that killed it (for coroutine.close). */
  error: LuaValue = undefined;
  hasError = false;
  /** The native that raised the error that killed it (its "[C]" level tops the dead stack). */
  raisedBy: unknown = undefined;
  /**
   * Its debug hooks (debug.sethook is per thread; a new coroutine has none, as the debug
   * library's hook table in PUC is keyed by thread): the runtime runs these while it runs.
   */
  hooks: ThreadHooks | null = null;
  /** Its message handler while another thread runs (Runtime.msgh; none at its start). */
  msgh: MessageHandler | null = null;
  /**
   * 5.4+: the close methods and values of the to-be-closed variables an error that ended it
   * left open (innermost first, in pairs), for coroutine.close; and whether it is closing
   * them (closes then run from its base level).
   */
  pendingCloses: LuaValue[] | null = null;
  closing = false;
  constructor(readonly fn: LuaValue, readonly isMain = false) {
    this.status = isMain ? 'running' : 'suspended';
    ALLOC.bytes += SIZE.thread;
  }
}

/** A thread's debug hooks: what debug.gethook reports and what the runtime calls. */
export interface ThreadHooks {
  readonly fn: LuaValue;
  readonly mask: string;
  readonly count: number;
  /** Call, return and line events (runtime HOOK_* bits) and their handler. */
  readonly events: number;
  readonly onEvent: ((event: string, line: number) => void) | null;
  /** The count hook's handler (count > 0). */
  readonly onCount: (() => void) | null;
}

/** Makes the runtime run a thread's hooks (none: null). */
export function applyHooks(rt: Runtime, h: ThreadHooks | null): void {
  rt.setCountHook(h?.count ?? 0, h?.onCount ?? null);
  rt.setLuaHook(h?.events ?? 0, h?.onEvent ?? null);
}

/** The generator form of a function (Lua closures, natives that may yield), or null. */
export function generatorForm(f: LuaCallable): GeneratorForm | null {
  return (f.G as GeneratorForm | undefined) ?? null;
}

/** What `sub` returns when the callee suspended the coroutine: the caller yields too. */
export const SUSPENDED = Object.freeze({ suspended: true }) as unknown as LuaValue;

/**
 * Runs a callee's generator until it returns (its first result) or suspends the
 * coroutine (SUSPENDED: the callee joins the suspending stack, and the caller must
 * `yield` at once; the value its yield receives when resumed is the callee's result).
 */
export function sub(rt: Runtime, g: LuaGenerator): LuaValue {
  const step = g.next();
  if (step.done === true) return step.value;
  rt.suspending.push(g);
  return SUSPENDED;
}

/**
 * Calls any value inside a coroutine (generator form when it has one), running tail calls.
 * `tails` > 0: the call itself is a proper tail call (tailg); the level counts them.
 * `line` and `desc` name the call site in the error for a value that cannot be called.
 */
export function* callg(rt: Runtime, f: LuaValue, args: LuaValue[], tails = 0, line = 0, desc: string | null = null): LuaGenerator {
  let fr: Frame | null = null;
  let chain = 0; // objects a '__call' chain put before the arguments
  for (;;) {
    if (tails > 0) {
      fr ??= rt.frames[rt.depth + 1] ?? rt.frame(rt.depth + 1);
      if (rt.hk !== 0) rt.noteTailCall(fr);
      fr.t = tails;
    }
    let r: LuaValue;
    if (typeof f === 'function') {
      const g = generatorForm(f as LuaCallable);
      const extra = tails === 0 ? chain : 0; // (a tail call: PUC's frame keeps no count)
      if (extra > 0) (rt.frames[rt.depth + 1] ?? rt.frame(rt.depth + 1)).x = extra;
      try {
        if (g === null) r = (f as LuaCallable)(...args);
        else if ((r = sub(rt, g.call(f, ...args))) === SUSPENDED) r = (yield) as LuaValue;
      } finally {
        if (extra > 0) rt.frames[rt.depth + 1]!.x = 0;
      }
    } else {
      const objects = callChain(rt, f, line, desc);
      f = objects.pop()!;
      chain = objects.length;
      args = [...objects, ...args];
      continue;
    }
    if (r !== TAILCALL) {
      if (fr !== null) fr.t = 0;
      return r;
    }
    tails++;
    f = rt.tcFn;
    args = rt.tcArgs;
  }
}

/**
 * Makes the metamethod call a helper handed back (ops.ts META_REQ) from a coroutine's
 * compiled code, so that the metamethod may yield, and turns its result into the value
 * of the operation (a truth value, or the rest of a concatenation).
 */
export function* metaReq(rt: Runtime): LuaGenerator {
  for (;;) {
    const post = rt.reqPost;
    const cont = rt.reqConcat;
    const h = rt.reqFn;
    const args = rt.reqArgs;
    rt.reqFn = undefined;
    rt.reqConcat = null;
    // a call from C, as in callTM (which checked the limit); a yield inside it leaves the
    // count to resume, which restores the resumer's
    let r: LuaValue;
    rt.nCcalls++;
    try {
      r = sub(rt, callg(rt, h, args));
      if (r === SUSPENDED) r = (yield) as LuaValue;
    } finally {
      rt.nCcalls--;
    }
    switch (post) {
      case POST_FIRST: return r;
      case POST_TRUTHY: return r !== undefined && r !== false;
      case POST_FALSY: return !(r !== undefined && r !== false);
      case POST_NONE: return undefined;
      default: {
        // the concatenation goes on with the metamethod's result in place of its operands
        const c = cont!;
        const values = c.values.slice(0, c.top);
        values[c.top - 1] = r;
        const descs = c.descs === null ? null : c.descs.slice(0, c.top);
        if (descs !== null) descs[c.top - 1] = null;
        const v = yh(rt, concat as never, values as never, c.line, descs as never);
        if (v !== META_REQ) return v;
      }
    }
  }
}

/**
 * What the form for coroutines of a leaf returns (a function that cannot yield but through
 * an operator's metamethod: compiler, emitFunction): its run, already over, in place of a
 * generator. `value` is its first result, read at once by whoever calls `next` (sub, drive).
 */
class LeafRun {
  readonly done = true as const;
  value: LuaValue = undefined;
  next(): IteratorResult<void, LuaValue> {
    return this;
  }
  throw(e: unknown): never {
    throw e;
  }
  return(value: LuaValue): IteratorResult<void, LuaValue> {
    return { done: true, value };
  }
}
export const LEAF = new LeafRun();

const NOT_DONE: IteratorResult<void, LuaValue> = Object.freeze({ done: false, value: undefined });

/**
 * coroutine.yield's run inside a coroutine: it suspends at its first step and returns the
 * resume's values at the next. It takes a generator's place (next, throw, return) for one
 * object of four fields instead of a generator (coroutine.yield is most of what runs in
 * a generator-heavy program).
 */
class YieldRun {
  private started = false;
  constructor(
    private readonly rt: Runtime,
    private readonly values: LuaValue[],
  ) {}

  next(resumed?: unknown): IteratorResult<void, LuaValue> {
    if (!this.started) {
      this.started = true;
      this.rt.yielded = this.values;
      return NOT_DONE;
    }
    return { done: true, value: this.rt.ret(resumed as LuaValue[]) };
  }

  throw(e: unknown): never {
    throw e;
  }

  return(value: LuaValue): IteratorResult<void, LuaValue> {
    return { done: true, value };
  }
}

/** coroutine.yield inside a coroutine (its generator form): suspends with `values`. */
export function yieldRun(rt: Runtime, values: LuaValue[]): LuaGenerator {
  return new YieldRun(rt, values) as unknown as LuaGenerator;
}

/** The generator running a pending tail call inside a coroutine (for `sub`). */
export function tailg(rt: Runtime): LuaGenerator {
  return callg(rt, rt.tcFn, rt.tcArgs, 1);
}

/**
 * Runs a coroutine's stack of generators from its top until the coroutine yields (the
 * values, with the stack holding what the yield suspended) or its body ends (done; the
 * first result, rt.nret/rets the rest). An error no generator catches is thrown.
 */
function drive(rt: Runtime, co: LuaThread, input: unknown): IteratorResult<LuaValue[], LuaValue> {
  const stack = co.stack;
  const suspending = rt.suspending;
  const base = suspending.length;
  let failed = false;
  let error: unknown;
  for (;;) {
    const g = stack[stack.length - 1]!;
    let step: IteratorResult<void, LuaValue>;
    try {
      step = failed ? g.throw(error) : g.next(input);
    } catch (e) {
      // the error goes to the generator below (a pcall there catches it)
      stack.pop();
      if (stack.length === 0) throw e;
      failed = true;
      error = e;
      continue;
    }
    failed = false;
    if (step.done === true) {
      stack.pop();
      if (stack.length === 0) {
        // the body's generator form ended with a proper tail call: it runs in its place
        if (step.value === TAILCALL) {
          stack.push(tailg(rt));
          input = undefined;
          continue;
        }
        return { done: true, value: step.value };
      }
      input = step.value;
      continue;
    }
    while (suspending.length > base) stack.push(suspending.pop()!);
    return { done: false, value: rt.yielded };
  }
}

/** The Lua value of what a coroutine threw (a LuaError's value, a JS stack overflow...). */
function thrownValue(rt: Runtime, e: unknown): LuaValue {
  if (e instanceof LuaError) return e.value === undefined && rt.dialect.has.nilErrorObjectMessage ? '<no error object>' : e.value;
  if (isHostStackOverflow(e)) return rt.overflowWhere() + 'stack overflow';
  if (e instanceof Error) return e.message;
  return String(e);
}

/** The result of one resume: yielded or returned values, or an error. */
export type ResumeResult = { ok: true; values: LuaValue[] } | { ok: false; error: LuaValue };

/** Resumes a coroutine with arguments (lua_resume). */
export function resume(rt: Runtime, co: LuaThread, args: LuaValue[]): ResumeResult {
  const has = rt.dialect.has;
  if (co.status === 'dead') return { ok: false, error: 'cannot resume dead coroutine' };
  if (co.status !== 'suspended') {
    return { ok: false, error: has.envUpvalue ? 'cannot resume non-suspended coroutine' : `cannot resume ${co.status === 'running' ? 'running' : 'normal'} coroutine` };
  }
  // (lua_resume: a resume is a call from C; from 5.2 the first one checks the limit again
  // as it calls the body)
  const cCalls = co.stack.length === 0 ? rt.dialect.runtime.coroutineStartCCalls : 1;
  if (rt.nCcalls + cCalls - 1 >= rt.cCallLimit) return { ok: false, error: 'C stack overflow' };
  const prev = rt.current;
  // swap in the coroutine's frames
  const savedFrames = rt.frames;
  const savedDepth = rt.depth;
  prev.frames = savedFrames;
  prev.depth = savedDepth;
  prev.status = 'normal';
  co.resumer = prev;
  co.status = 'running';
  rt.current = co;
  if (co.frames === NO_FRAMES) co.frames = rt.framePool.pop() ?? emptyOfObjects();
  rt.frames = co.frames;
  rt.depth = co.depth;
  const hooked = prev.hooks !== null || co.hooks !== null;
  if (hooked) applyHooks(rt, co.hooks);
  prev.msgh = rt.msgh;
  rt.msgh = co.msgh;
  const resumerCcalls = rt.nCcalls;
  rt.nCcalls++; // (the body's own call from C is over by the time it could count)
  let finished = false;
  try {
    let step: IteratorResult<LuaValue[], LuaValue>;
    if (co.stack.length === 0) {
      // The body's generator form is the stack's first generator (drive runs a tail call
      // it ends with); callg calls anything else (a plain native runs to completion).
      const f = co.fn;
      const g = typeof f === 'function' ? generatorForm(f as LuaCallable) : null;
      co.stack.push(g !== null ? g.call(f, ...args) : callg(rt, f, args));
      step = drive(rt, co, undefined);
    } else {
      step = drive(rt, co, args);
    }
    if (step.done) {
      co.status = 'dead';
      finished = true;
      return { ok: true, values: rt.results(step.value) };
    }
    co.status = 'suspended';
    return { ok: true, values: step.value };
  } catch (e) {
    co.stack.length = 0;
    if (e instanceof CloseRunning && e.co === co) {
      co.status = 'dead';
      if (!e.failed) return { ok: true, values: [] };
      co.error = e.error;
      co.hasError = true;
      return { ok: false, error: e.error };
    }
    if (e instanceof LuaHalt) throw e;
    co.status = 'dead';
    const value = thrownValue(rt, e);
    co.error = value;
    co.hasError = true;
    co.raisedBy = e instanceof LuaError && typeof e.native === 'function' ? e.native : undefined;
    return { ok: false, error: value };
  } finally {
    // (restored, not decremented: calls from C suspended in the coroutine stay its own)
    rt.nCcalls = resumerCcalls;
    co.depth = rt.depth;
    co.msgh = rt.msgh;
    rt.msgh = prev.msgh;
    rt.frames = savedFrames;
    rt.depth = savedDepth;
    rt.current = prev;
    prev.status = 'running';
    co.resumer = null;
    if (hooked) applyHooks(rt, prev.hooks);
    if (finished && co.depth === 0) recycleFrames(rt, co);
  }
}

/** Frame arrays kept for reuse (Runtime.framePool). */
const FRAME_POOL_MAX = 16;

/**
 * Gives the frames of a coroutine that ended normally (depth 0: no level left for a
 * traceback or the debug library to read) to the next coroutine, emptied as the tick
 * empties records above the running level (runtime.ts clearStaleFrames).
 */
function recycleFrames(rt: Runtime, co: LuaThread): void {
  const frames = co.frames;
  co.frames = NO_FRAMES;
  if (frames === NO_FRAMES || rt.framePool.length >= FRAME_POOL_MAX) return;
  for (let d = 0; d < frames.length; d++) {
    const fr = frames[d]!;
    fr[0] = undefined;
    for (let i = fr.length - 1; i >= 2; i--) fr[i] = undefined;
    fr.va = null;
    // (a normal return leaves these at rest; a new coroutine must not see another's)
    fr.t = 0;
    fr.x = 0;
    fr.hl = 0;
    fr.cl = 0;
    fr.dz = false;
  }
  rt.framePool.push(frames);
}

/**
 * Closes a suspended or dead coroutine (5.4's coroutine.close, lua_closethread): pending
 * to-be-closed variables are closed from the coroutine's base level, innermost first: those
 * of a suspended one (the generators' `finally` blocks run), or those an error that ended
 * it left. An error in one goes to the rest as their error (no pcall inside the coroutine
 * catches it). Returns the error, if any.
 */
export function closeCoroutine(rt: Runtime, co: LuaThread): ResumeResult {
  const suspended = co.status === 'suspended' && co.stack.length > 0;
  const pending = co.status === 'dead' ? co.pendingCloses : null;
  co.pendingCloses = null;
  if (suspended || pending !== null) {
    const prev = rt.current;
    const savedFrames = rt.frames;
    const savedDepth = rt.depth;
    rt.current = co;
    rt.frames = co.frames;
    rt.depth = co.depth;
    co.status = 'running';
    co.closing = true;
    // (lua_closethread: no handler)
    const savedMsgh = rt.msgh;
    rt.msgh = null;
    const savedCcalls = rt.nCcalls; // (closing runs the finally blocks of calls from C in it)
    let failed = co.hasError;
    let error: unknown = failed ? new LuaError(co.error) : undefined;
    try {
      if (pending !== null) {
        for (let i = 0; i < pending.length; i += 2) {
          try {
            closeFromBase(rt, 0, pending[i], [pending[i + 1], (error as LuaError).value]);
          } catch (e) {
            if (e instanceof LuaHalt) throw e;
            error = new LuaError(thrownValue(rt, e));
          }
        }
      } else {
        for (let i = co.stack.length - 1; i >= 0; i--) {
          const g = co.stack[i]!;
          try {
            if (failed) g.throw(error);
            else g.return(undefined);
          } catch (e) {
            if (e instanceof LuaHalt) throw e;
            failed = true;
            error = e;
          }
        }
      }
    } finally {
      co.closing = false;
      co.stack.length = 0;
      rt.msgh = savedMsgh;
      rt.nCcalls = savedCcalls;
      co.depth = rt.depth;
      rt.frames = savedFrames;
      rt.depth = savedDepth;
      rt.current = prev;
    }
    co.status = 'dead';
    co.hasError = false;
    if (failed) {
      if (error instanceof LuaError) return { ok: false, error: error.value };
      throw error;
    }
    return { ok: true, values: [] };
  }
  co.status = 'dead';
  co.stack.length = 0;
  if (co.hasError) {
    co.hasError = false;
    return { ok: false, error: co.error };
  }
  return { ok: true, values: [] };
}
