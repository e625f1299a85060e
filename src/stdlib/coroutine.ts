/**
 * The coroutine library (lcorolib.c's role): create, resume, yield, status, wrap, running,
 * isyieldable, close. The generator forms of yield, pcall and xpcall live here too: they
 * are what calls inside coroutines reach (see compiler and runtime/coroutine.ts).
 */
import { callg, closeCoroutine, LuaThread, resume, sub, SUSPENDED, yieldRun, type LuaGenerator } from '../runtime/coroutine.js';
import { CloseRunning, LuaError, LuaHalt } from '../runtime/errors.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import type { LuaTable } from '../runtime/table.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';
import { numberToString } from '../runtime/numbers.js';
import { metamethod } from '../runtime/ops.js';
import { argError, checkAny, def, luaError, native, typeError } from './aux.js';
import { caughtValue, enterNative, xpcallHandler } from './base.js';

export function openCoroutine(rt: Runtime, G: LuaTable, lib: LuaTable): void {
  const d = rt.dialect;
  const crossMessage = d.has.envUpvalue ? 'attempt to yield across a C-call boundary' : 'attempt to yield across metamethod/C-call boundary';

  const checkCo = (self: LuaCallable, args: LuaValue[], n: number): LuaThread => {
    const co = args[n - 1];
    if (!(co instanceof LuaThread)) {
      if (d.has.typedArgExpected) typeError(rt, self, args, n, 'thread');
      argError(rt, self, n, d.has.coroutineThreadWord ? 'thread expected' : 'coroutine expected');
    }
    return co;
  };

  /** The body of a new coroutine (create and wrap): a function (5.1: a Lua function). */
  const checkBody = (self: LuaCallable, args: LuaValue[]): void => {
    const f = args[0];
    if (typeof f !== 'function' || (!d.has.envUpvalue && !(f as LuaCallable).P)) {
      if (d.has.envUpvalue) typeError(rt, self, args, 1, 'function');
      argError(rt, self, 1, 'Lua function expected');
    }
  };

  const create = native('coroutine.create', function create(...args: LuaValue[]): LuaValue {
    checkBody(create, args);
    return rt.ret1(new LuaThread(args[0]) as unknown as LuaValue);
  });

  const resumeFn = native('coroutine.resume', function resume_(co: LuaValue, ...rest: LuaValue[]): LuaValue {
    // (one array for the values passed on; the arguments as a list only for an error)
    if (!(co instanceof LuaThread)) checkCo(resumeFn, arguments.length === 0 ? [] : [co, ...rest], 1);
    const r = resume(rt, co as LuaThread, rest);
    if (r.ok) return rt.retAfter(true, r.values);
    return rt.ret2(false, r.error);
  });

  /** yield from a sync form: refused (main thread, or a C-call boundary). */
  const yieldFn = native('coroutine.yield', function yield_(...args: LuaValue[]): LuaValue {
    void args;
    // (lua_yieldk's errors: raised from inside the C function, so with no position)
    if (rt.current.isMain && d.has.envUpvalue) throw new LuaError('attempt to yield from outside a coroutine', yieldFn);
    throw new LuaError(crossMessage, yieldFn);
  });
  yieldFn.G = def(function yieldG(...args: LuaValue[]): LuaGenerator {
    return yieldRun(rt, args);
  });

  const status = native('coroutine.status', function status(...args: LuaValue[]): LuaValue {
    const co = checkCo(status, args, 1);
    return rt.ret1(co.status);
  });

  const running = native('coroutine.running', function running(): LuaValue {
    const co = rt.current;
    if (!d.has.envUpvalue) return rt.ret1(co.isMain ? undefined : (co as unknown as LuaValue));
    return rt.ret2(co as unknown as LuaValue, co.isMain);
  });

  const wrap = native('coroutine.wrap', function wrap(...args: LuaValue[]): LuaValue {
    checkBody(wrap, args);
    const co = new LuaThread(args[0]);
    const w = native('wrap', function wrapped(...a: LuaValue[]): LuaValue {
      const r = resume(rt, co, a);
      if (r.ok) return rt.ret(r.values);
      let e = r.error;
      // 5.4+: the variables the error left open are closed now; an error there replaces it
      if (d.has.closeMetamethod) {
        const c = closeCoroutine(rt, co);
        if (!c.ok) e = c.error;
      }
      // Every version adds the caller's position to string (and number) errors.
      if (typeof e === 'string' || (d.has.errorPositionsNumbers && (typeof e === 'number' || typeof e === 'bigint' || e instanceof LuaFloat))) e = rt.where(1) + (typeof e === 'string' ? e : numberToString(e as number, rt.numFmt));
      throw new LuaError(e, w);
    });
    (w as unknown as { coroutine: LuaThread }).coroutine = co;
    return rt.ret1(w);
  });

  const fns: Record<string, LuaCallable> = { create, resume: resumeFn, yield: yieldFn, status, running, wrap };

  if (d.has.integers) {
    const isyieldable = native('coroutine.isyieldable', function isyieldable(): LuaValue {
      return rt.ret1(false);
    });
    isyieldable.G = def(function* isyieldableG(): LuaGenerator {
      return rt.ret1(true);
    });
    fns.isyieldable = isyieldable;
  }

  if (d.has.closeMetamethod) {
    const close = native('coroutine.close', function close(...args: LuaValue[]): LuaValue {
      const co = args.length === 0 && d.has.closeRunningCoroutine ? rt.current : checkCo(close, args, 1);
      if (co.isMain && d.has.closeMainThreadMessage) luaError(rt, 'cannot close main thread');
      if (co.status === 'running' && d.has.closeRunningCoroutine) throw new CloseRunning(co);
      if (co.status === 'running' || co.status === 'normal') luaError(rt, `cannot close a ${co.status} coroutine`);
      const r = closeCoroutine(rt, co);
      if (r.ok) return rt.ret1(true);
      return rt.ret2(false, r.error);
    });
    fns.close = close;
  }

  for (const [k, f] of Object.entries(fns)) lib.setStr(k, f);
  G.setStr('coroutine', lib);

  // Generator forms of pcall/xpcall, so that coroutines can yield across them (5.2+).
  if (d.has.yieldAcrossPcall) {
    const pcall = G.getStr('pcall') as LuaCallable;
    const xpcall = G.getStr('xpcall') as LuaCallable;
    // (the message handler is the coroutine's own while it runs: Runtime.msgh, resume)
    pcall.G = def(function* pcallG(...args: LuaValue[]): LuaGenerator {
      checkAny(rt, pcall, args, 1);
      const depth = enterNative(rt, pcall);
      const saved = rt.msgh;
      rt.msgh = null;
      rt.nCcalls++; // (lua_pcallk calls from C, as pcall's plain form: Runtime.call)
      try {
        if (rt.nCcalls >= rt.cCallLimit) rt.checkCstack('');
        let first = sub(rt, callg(rt, args[0], args.slice(1)));
        if (first === SUSPENDED) first = (yield) as LuaValue;
        rt.depth = depth;
        return rt.ret([true, ...rt.results(first)]);
      } catch (e) {
        if (e instanceof LuaHalt) throw e;
        const v = caughtValue(rt, e);
        rt.unwind(depth);
        return rt.ret2(false, v);
      } finally {
        rt.nCcalls--;
        rt.msgh = saved;
      }
    });
    xpcall.G = def(function* xpcallG(...args: LuaValue[]): LuaGenerator {
      checkAny(rt, xpcall, args, 2);
      const depth = enterNative(rt, xpcall);
      const saved = rt.msgh;
      const msgh = (rt.msgh = xpcallHandler(rt, args[1]));
      rt.nCcalls++;
      try {
        if (rt.nCcalls >= rt.cCallLimit) rt.checkCstack('');
        let first = sub(rt, callg(rt, args[0], args.slice(2)));
        if (first === SUSPENDED) first = (yield) as LuaValue;
        rt.depth = depth;
        return rt.ret([true, ...rt.results(first)]);
      } catch (e) {
        if (e instanceof LuaHalt) throw e;
        const v = e instanceof LuaError ? e.value : caughtValue(rt, e);
        // The handler cannot yield (as in PUC Lua, where it runs inside the error machinery).
        const hv = e instanceof LuaError && e.handled ? e.value : msgh(e, v);
        rt.unwind(depth);
        return rt.ret2(false, hv);
      } finally {
        rt.nCcalls--;
        rt.msgh = saved;
      }
    });
  }

  // pairs calls '__pairs' so that it may yield (5.4+, lua_callk).
  const pairs = G.getStr('pairs');
  if (d.has.pairsMetamethodYields && typeof pairs === 'function') {
    const nres = d.has.pairsFourResults ? 4 : 3;
    (pairs as LuaCallable).G = def(function* pairsG(...args: LuaValue[]): LuaGenerator {
      const h = args.length > 0 ? metamethod(rt, args[0], '__pairs') : undefined;
      if (h === undefined) return (pairs as LuaCallable)(...args);
      const depth = enterNative(rt, pairs as LuaCallable);
      let first = sub(rt, callg(rt, h, [args[0]]));
      if (first === SUSPENDED) first = (yield) as LuaValue;
      const r = rt.results(first);
      rt.depth = depth;
      while (r.length < nres) r.push(undefined);
      return rt.ret(r.slice(0, nres));
    });
  }
}
