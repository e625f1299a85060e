/**
 * Coroutines. A coroutine runs the generator form of its body function (the compiler
 * emits one per Lua function); calls inside it delegate with `yield*`, so a yield at any
 * depth of Lua calls suspends the whole chain. Code outside coroutines runs the plain
 * (sync) forms and pays nothing for this.
 *
 * Invariants:
 * - Each coroutine owns its frame records (`frames`, `depth`); resuming swaps them into the
 *   runtime and suspending swaps them back, so tracebacks and error positions see the
 *   coroutine's own stack.
 * - A generator form yields the array of values passed to coroutine.yield and receives the
 *   array of values passed to the next resume.
 * - Natives run synchronously; a yield reached through a native (a sort comparator, a
 *   metamethod called by a native, a sync form) is refused with the official "attempt to
 *   yield across a C-call boundary" (see yieldSync).
 */
import { LuaError, LuaHalt } from './errors.js';
import { ALLOC, SIZE } from './alloc.js';
import { TAILCALL, type Frame, type LuaCallable, type Runtime } from './runtime.js';
import type { LuaValue } from './value.js';
import { callChain, concat, META_REQ, POST_FALSY, POST_FIRST, POST_NONE, POST_TRUTHY, yh } from './ops.js';

export type LuaGenerator = Generator<LuaValue[], LuaValue, LuaValue[]>;
export type GeneratorForm = (...args: LuaValue[]) => LuaGenerator;

export type CoroutineStatus = 'suspended' | 'running' | 'normal' | 'dead';

export class LuaThread {
  readonly isLuaThread = true as const;
  status: CoroutineStatus;
  gen: LuaGenerator | null = null;
  frames: Frame[] = [];
  depth = 0;
  /** The coroutine that resumed this one (while it runs). */
  resumer: LuaThread | null = null;
  /** 5.4: the error that killed it (for coroutine.close). */
  error: LuaValue = undefined;
  hasError = false;
  /** The native that raised the error that killed it (its "[C]" level tops the dead stack). */
  raisedBy: unknown = undefined;
  constructor(readonly fn: LuaValue, readonly isMain = false) {
    this.status = isMain ? 'running' : 'suspended';
    ALLOC.bytes += SIZE.thread;
  }
}

/** The generator form of a function (Lua closures, natives that may yield), or null. */
export function generatorForm(f: LuaCallable): GeneratorForm | null {
  return (f.G as GeneratorForm | undefined) ?? null;
}

/**
 * Calls any value inside a coroutine (generator form when it has one), running tail calls.
 * `tails` > 0: the call itself is a proper tail call (tailg); the level counts them.
 */
export function* callg(rt: Runtime, f: LuaValue, args: LuaValue[], tails = 0): LuaGenerator {
  let fr: Frame | null = null;
  let chain = 0; // objects a '__call' chain put before the arguments
  for (;;) {
    if (tails > 0) {
      fr ??= rt.frames[rt.depth + 1] ?? rt.frame(rt.depth + 1);
      fr.t = tails;
    }
    let r: LuaValue;
    if (typeof f === 'function') {
      const g = generatorForm(f as LuaCallable);
      const extra = tails === 0 ? chain : 0; // (a tail call: PUC's frame keeps no count)
      if (extra > 0) (rt.frames[rt.depth + 1] ?? rt.frame(rt.depth + 1)).x = extra;
      try {
        r = g ? yield* g.call(f, ...args) : (f as LuaCallable)(...args);
      } finally {
        if (extra > 0) rt.frames[rt.depth + 1]!.x = 0;
      }
    } else {
      const objects = callChain(rt, f, 0, null);
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
    const r = yield* callg(rt, h, args);
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

/** Runs a pending tail call inside a coroutine. */
export function* tailg(rt: Runtime): LuaGenerator {
  return yield* callg(rt, rt.tcFn, rt.tcArgs, 1);
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
  rt.frames = co.frames;
  rt.depth = co.depth;
  try {
    let step: IteratorResult<LuaValue[], LuaValue>;
    if (co.gen === null) {
      // callg runs the body's generator form (a plain native runs to completion) and any tail calls.
      co.gen = callg(rt, co.fn, args);
      step = co.gen.next([]);
    } else {
      step = co.gen.next(args);
    }
    if (step.done) {
      co.status = 'dead';
      return { ok: true, values: rt.results(step.value) };
    }
    co.status = 'suspended';
    return { ok: true, values: step.value };
  } catch (e) {
    if (e instanceof LuaHalt) throw e;
    co.status = 'dead';
    let value: LuaValue;
    if (e instanceof LuaError) value = e.value === undefined && has.nilErrorObjectMessage ? '<no error object>' : e.value;
    else if (e instanceof RangeError && /call stack/i.test(e.message)) value = rt.overflowWhere() + 'stack overflow';
    else if (e instanceof Error) value = e.message;
    else value = String(e);
    co.error = value;
    co.hasError = true;
    co.raisedBy = e instanceof LuaError && typeof e.native === 'function' ? e.native : undefined;
    return { ok: false, error: value };
  } finally {
    co.depth = rt.depth;
    rt.frames = savedFrames;
    rt.depth = savedDepth;
    rt.current = prev;
    prev.status = 'running';
    co.resumer = null;
  }
}

/**
 * Closes a suspended or dead coroutine (5.4's coroutine.close): pending to-be-closed
 * variables are closed (the generator's `finally` blocks run). Returns the error, if any.
 */
export function closeCoroutine(rt: Runtime, co: LuaThread): ResumeResult {
  if (co.status === 'suspended' && co.gen !== null) {
    const prev = rt.current;
    const savedFrames = rt.frames;
    const savedDepth = rt.depth;
    rt.current = co;
    rt.frames = co.frames;
    rt.depth = co.depth;
    co.status = 'running';
    try {
      co.gen.return(undefined);
    } catch (e) {
      co.status = 'dead';
      if (e instanceof LuaError) return { ok: false, error: e.value };
      throw e;
    } finally {
      rt.frames = savedFrames;
      rt.depth = savedDepth;
      rt.current = prev;
    }
  }
  co.status = 'dead';
  co.gen = null;
  if (co.hasError) {
    co.hasError = false;
    return { ok: false, error: co.error };
  }
  return { ok: true, values: [] };
}
