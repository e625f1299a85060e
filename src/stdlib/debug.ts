/**
 * The debug library (ldblib's role): traceback, getinfo, locals and upvalues, metatables
 * of any type, the registry, hooks, and 5.1's function environments.
 *
 * Invariants: the stack is read only through runtime/callinfo.ts (levels, names, lines);
 * locals come from the compiler's per-call-site scope records (frame slot S[slot + 2],
 * a cell {v} when the variable is captured). A local that is not captured lives in a JS
 * variable whose frame slot is a write-through copy: setlocal changes what getlocal and
 * the collector see, and what the function sees only for captured variables (documented
 * limitation). Past the locals come PUC's temporaries at the call the frame is making, as
 * far as the compiler kept them (debugLocals chunks, compiler/held.ts), and at level 0 the
 * debug function's own arguments (a C function's slots). Count hooks run on the
 * instruction counter (calls and loop back-edges).
 */
import { calleeName, levelAt, stackOf, type LevelInfo, type StackView } from '../runtime/callinfo.js';
import { applyHooks, LuaThread, type ThreadHooks } from '../runtime/coroutine.js';
import { isNumber, mkFloat } from '../runtime/numbers.js';
import { getMetatable, typeName } from '../runtime/ops.js';
import type { Frame, LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { traceback } from '../runtime/traceback.js';
import { LuaFloat, LuaUserdata, type LuaValue } from '../runtime/value.js';
import {
  argError, checkAny, checkInt, checkTable, luaError, native, optInteger, optString, typeError,
} from './aux.js';
import { noteMetatable } from './base.js';
import { HOOK_CALL, HOOK_LINE, HOOK_RETURN } from '../runtime/runtime.js';

/** Hook state of a VM (one per runtime; debug.sethook with a thread argument shares it). */
interface HookState {
  /** A hook is running (no hook runs inside it). */
  running: boolean;
  /**
   * The frame record of the level the running hook was called from. PUC calls a hook above
   * the whole frame of a Lua function (its registers up to maxstacksize, stale ones too, are
   * temporaries there): Luna shows none.
   */
  frame: Frame | null;
}

export function openDebug(rt: Runtime, G: LuaTable): void {
  const d = rt.dialect;
  const has = d.has;
  const lib = new LuaTable();
  const fns: Record<string, LuaCallable> = {};
  const cellIds = new WeakMap<object, LuaUserdata>();
  const hook: HookState = { running: false, frame: null };

  /** The optional thread first argument (lua_getinfo's getthread). */
  const threadArg = (args: LuaValue[]): { thread: LuaThread | null; base: number } => {
    const a = args[0];
    if (a instanceof LuaThread) return { thread: a, base: 1 };
    return { thread: null, base: 0 };
  };

  /** The frame depth of `level` (1 = the caller of the debug function) in a stack; 0 when out of range. */
  const depthOfLevel = (stack: StackView, level: number, own: boolean): number => {
    // For the running thread level 0 is the debug function itself (a native without a frame).
    const d0 = own ? stack.depth + 1 : stack.depth + 1;
    const depth = d0 - level;
    if (level < 0 || depth < 1 || depth > stack.depth + (own ? 1 : 0)) return 0;
    return depth;
  };

  const validOptions = 'SlnufL' + (has.envUpvalue ? 't' : '') + (has.closeMetamethod ? 'r' : '');

  fns.getinfo = native('debug.getinfo', function getinfo(...args: LuaValue[]): LuaValue {
    const { thread, base } = threadArg(args);
    const target = args[base];
    let what = optString(rt, getinfo, args, base + 2, has.closeMetamethod ? 'flnSrtu' : has.envUpvalue ? 'flnStu' : 'flnSu');
    if (what.startsWith('>')) {
      if (has.getinfoRejectsGreater) argError(rt, getinfo, base + 2, "invalid option '>'");
      what = what.slice(1);
    }
    for (const c of what) if (!validOptions.includes(c)) argError(rt, getinfo, base + 2, 'invalid option');
    let info: LevelInfo;
    if (typeof target === 'function') {
      info = functionInfo(target as LuaCallable);
    } else if (isNumber(target) || (typeof target === 'string' && !has.integers)) {
      const level = checkInt(rt, getinfo, args, base + 1);
      const stack = stackOf(rt, thread);
      const own = thread === null || thread === rt.current;
      if (own && level === 0) {
        info = cInfo(getinfo, calleeName(rt, stack, stack.depth));
      } else {
        const depth = depthOfLevel(stack, level, own);
        if (depth === 0 || !stack.frames[depth] || stack.frames[depth]![0] === undefined) return rt.ret1(undefined);
        info = levelAt(rt, stack, depth);
      }
    } else {
      if (has.integers) typeError(rt, getinfo, args, base + 1, 'number');
      argError(rt, getinfo, base + 1, 'function or level expected');
    }
    const t = new LuaTable();
    const f = info.func as LuaCallable | undefined;
    for (const c of what) {
      switch (c) {
        case 'S':
          t.setStr('source', info.source);
          t.setStr('short_src', info.shortSrc);
          t.setStr('what', info.what);
          t.setStr('linedefined', info.lineDefined);
          t.setStr('lastlinedefined', info.lastLineDefined);
          break;
        case 'l':
          t.setStr('currentline', info.currentLine);
          break;
        case 'u':
          t.setStr('nups', f && f.P ? (f.U?.length ?? 0) : 0);
          if (has.envUpvalue) {
            t.setStr('nparams', f && f.P ? f.P.numParams : 0);
            t.setStr('isvararg', f && f.P ? f.P.isVararg : true);
          }
          break;
        case 'n':
          t.setStr('name', info.name ?? undefined);
          t.setStr('namewhat', info.namewhat);
          break;
        case 't':
          if (has.getinfoExtraArgs) t.setStr('extraargs', info.frame?.x ?? 0);
          t.setStr('istailcall', info.tailCalls > 0);
          break;
        case 'r':
          t.setStr('ftransfer', 0);
          t.setStr('ntransfer', 0);
          break;
        case 'L':
          if (f && f.P) {
            const lines = new LuaTable();
            for (const l of f.P.activeLines) lines.set(l, true);
            t.setStr('activelines', lines);
          }
          break;
        case 'f':
          t.setStr('func', info.func);
          break;
      }
    }
    return rt.ret1(t);
  });

  const functionInfo = (f: LuaCallable): LevelInfo => {
    if (f.P) {
      const p = f.P;
      return {
        func: f, what: p.lineDefined === 0 ? 'main' : 'Lua', source: p.source, shortSrc: p.chunkId, currentLine: -1,
        lineDefined: p.lineDefined, lastLineDefined: p.lastLineDefined, namewhat: '', name: null, tailCalls: 0, frame: null,
      };
    }
    return cInfo(f, null);
  };

  const cInfo = (f: LuaValue, named: { namewhat: string; name: string } | null): LevelInfo => ({
    func: f, what: 'C', source: '=[C]', shortSrc: '[C]', currentLine: -1, lineDefined: -1, lastLineDefined: -1,
    namewhat: named?.namewhat ?? '', name: named?.name ?? null, tailCalls: 0, frame: null,
  });

  fns.traceback = native('debug.traceback', function tracebackFn(...args: LuaValue[]): LuaValue {
    const { thread, base } = threadArg(args);
    const msg = args[base];
    const keepNil = has.tracebackKeepsNilMessage && args.length > base;
    if ((msg !== undefined || keepNil) && typeof msg !== 'string' && !isNumber(msg)) return rt.ret1(msg);
    const own = thread === null || thread === rt.current;
    const level = optInteger(rt, tracebackFn, args, base + 2, own ? 1 : 0);
    const stack = stackOf(rt, thread);
    const text = msg === undefined ? null : typeof msg === 'string' ? msg : String(tostringNumber(msg));
    const level0 = own ? cInfo(tracebackFn, calleeName(rt, stack, stack.depth)) : undefined;
    // A suspended coroutine's top level is the yield it is waiting in.
    const natives: LevelInfo[] = [];
    if (!own && thread !== null && thread.status === 'suspended' && thread.stack.length > 0) {
      natives.push(cInfo(rt.globals.getStr('coroutine') instanceof LuaTable ? (rt.globals.getStr('coroutine') as LuaTable).getStr('yield') : undefined, calleeName(rt, stack, stack.depth)));
    }
    // A coroutine killed by an error keeps its stack, topped by the native that raised it.
    if (!own && thread !== null && thread.status === 'dead' && typeof thread.raisedBy === 'function') {
      natives.push(cInfo(thread.raisedBy as LuaValue, calleeName(rt, stack, stack.depth)));
    }
    return rt.ret1(
      traceback(rt, stack, {
        message: text,
        level: Number(level),
        level0,
        natives,
        hostLevel: own ? rt.current === rt.mainThread : thread === rt.mainThread,
      }),
    );
  });

  const tostringNumber = (v: LuaValue): string => {
    return rt.hasIntegers || typeof v !== 'number' ? String(v) : String(v);
  };

  fns.getlocal = native('debug.getlocal', function getlocal(...args: LuaValue[]): LuaValue {
    const { thread, base } = threadArg(args);
    const target = args[base];
    const n = checkInt(rt, getlocal, args, base + 2);
    if (typeof target === 'function') {
      const f = target as LuaCallable;
      if (!has.envUpvalue) typeError(rt, getlocal, args, base + 1, 'number'); // 5.1: levels only
      if (!f.P) return rt.ret1(undefined);
      const params = f.P.sites[0]?.locals ?? [];
      if (n >= 1 && n <= f.P.numParams && n <= params.length) return rt.ret1(params[n - 1]!.name);
      return rt.ret1(undefined);
    }
    const level = checkInt(rt, getlocal, args, base + 1);
    const stack = stackOf(rt, thread);
    const own = thread === null || thread === rt.current;
    // level 0: getlocal itself, whose stack slots are its arguments
    if (own && level === 0) return n >= 1 && n <= args.length ? rt.ret2(d.runtime.cTemporaryName, args[n - 1]) : rt.ret1(undefined);
    const depth = depthOfLevel(stack, level, own);
    if (depth === 0 || depth > stack.depth) argError(rt, getlocal, base + 1, 'level out of range');
    const loc = localAt(stack, depth, n);
    if (loc === null) return rt.ret1(undefined);
    return rt.ret2(loc.name, loc.get());
  });

  fns.setlocal = native('debug.setlocal', function setlocal(...args: LuaValue[]): LuaValue {
    const { thread, base } = threadArg(args);
    const level = checkInt(rt, setlocal, args, base + 1);
    const n = checkInt(rt, setlocal, args, base + 2);
    checkAny(rt, setlocal, args, base + 3);
    rt.setlocalUsed = true;
    const stack = stackOf(rt, thread);
    const own = thread === null || thread === rt.current;
    // level 0: setlocal itself, whose stack holds its three arguments (lua_settop)
    if (own && level === 0) return rt.ret1(n >= 1 && n <= base + 3 ? d.runtime.cTemporaryName : undefined);
    const depth = depthOfLevel(stack, level, own);
    if (depth === 0 || depth > stack.depth) argError(rt, setlocal, base + 1, 'level out of range');
    const loc = localAt(stack, depth, n);
    if (loc === null) return rt.ret1(undefined);
    loc.set(args[base + 2]);
    return rt.ret1(loc.name);
  });

  /**
   * A numeric for's hidden limit, step or count (5.4+: the iterations left after the current
   * value `i`), as the loop keeps them: floats in a float loop; an integer loop's limit
   * clipped to an integer; a float loop keeps its limit where an integer one counts.
   */
  const forState = (role: 'limit' | 'step' | 'count', i: LuaValue, limit: LuaValue, step: LuaValue): LuaValue => {
    if (!rt.hasIntegers || typeof limit !== 'number' || typeof step !== 'number') return role === 'step' ? step : limit;
    const floatLoop = i instanceof LuaFloat || (typeof i === 'number' && !Number.isInteger(i));
    if (role === 'step') return floatLoop ? mkFloat(step) : step;
    if (floatLoop) return mkFloat(limit);
    const l = Number.isInteger(limit) ? limit : step > 0 ? Math.floor(limit) : Math.ceil(limit);
    if (role === 'limit' || typeof i !== 'number' || step === 0) return l;
    return Math.max(0, Math.floor((l - i) / step));
  };

  /**
   * The n-th active local of the Lua function at `depth` (null when none); past the locals,
   * PUC's temporaries at the call the frame is making (luaG_findlocal's slots below the
   * called function), as far as the compiler kept them (CallSite.temps).
   */
  const localAt = (stack: StackView, depth: number, n: number): { name: string; get(): LuaValue; set(v: LuaValue): void } | null => {
    const fr = stack.frames[depth]!;
    const f = fr[0] as LuaCallable | undefined;
    if (!f || !f.P) return null;
    if (n < 0) {
      // the extra arguments of a vararg function
      const va = fr.va;
      const name = d.runtime.varargLocalName;
      if (name === null || va === null || -n > va.length) return null;
      return { name, get: () => va[-n - 1], set: (x: LuaValue) => { va[-n - 1] = x; } };
    }
    if (n < 1) return null;
    const at = fr[1] as number;
    const site = f.P.sites[at >= 0 ? at : 0];
    const locals = site?.locals ?? [];
    const v = locals[n - 1];
    if (!v) {
      const k = n - 1 - locals.length;
      if (at < 0 || site === undefined || site.temps === undefined || k >= site.temps || fr === hook.frame) return null;
      const at2 = f.P.tempBase! + 2 + k;
      return {
        name: d.runtime.temporaryName,
        get: () => fr[at2],
        set: (x: LuaValue) => {
          fr[at2] = x;
          fr.dz = true;
        },
      };
    }
    const slot = v.slot + 2;
    return {
      name: v.name,
      get: () => {
        const x = fr[slot];
        const value = v.captured ? (x as { v: LuaValue } | undefined)?.v : x;
        return v.forState === undefined ? value : forState(v.forState.role, value, fr[v.forState.limit + 2], fr[v.forState.step + 2]);
      },
      set: (x: LuaValue) => {
        if (v.captured) {
          const cell = fr[slot] as { v: LuaValue } | undefined;
          if (cell) cell.v = x;
        } else {
          fr[slot] = x;
          fr.dz = true;
        }
      },
    };
  };

  const upvalue = (self: LuaCallable, args: LuaValue[], fnArg: number, nArg: number): { f: LuaCallable; i: number } | null => {
    const fv = args[fnArg - 1];
    if (typeof fv !== 'function') typeError(rt, self, args, fnArg, 'function');
    const n = checkInt(rt, self, args, nArg);
    const f = fv as LuaCallable;
    if (!f.P || !f.U || n < 1 || n > f.U.length) return null;
    return { f, i: n - 1 };
  };

  const upvalueName = (f: LuaCallable, i: number): string => {
    const name = f.P!.upvalueNames[i];
    return name === undefined || name === '' ? (has.envUpvalue ? '?' : '') : name;
  };

  fns.getupvalue = native('debug.getupvalue', function getupvalue(...args: LuaValue[]): LuaValue {
    const u = upvalue(getupvalue, args, 1, 2);
    if (u === null) return rt.ret0();
    return rt.ret2(upvalueName(u.f, u.i), u.f.U![u.i]!.v);
  });

  fns.setupvalue = native('debug.setupvalue', function setupvalue(...args: LuaValue[]): LuaValue {
    checkAny(rt, setupvalue, args, 3);
    const u = upvalue(setupvalue, args, 1, 2);
    if (u === null) return rt.ret0();
    u.f.U![u.i]!.v = args[2];
    return rt.ret1(upvalueName(u.f, u.i));
  });

  if (has.envUpvalue) {
    fns.upvalueid = native('debug.upvalueid', function upvalueid(...args: LuaValue[]): LuaValue {
      const u = upvalue(upvalueid, args, 1, 2);
      if (u === null) {
        if (!has.upvalueidFails) argError(rt, upvalueid, 2, 'invalid upvalue index');
        return rt.ret1(undefined);
      }
      const cell = u.f.U![u.i]!;
      let id = cellIds.get(cell);
      if (!id) cellIds.set(cell, (id = new LuaUserdata(cell)));
      return rt.ret1(id);
    });
    fns.upvaluejoin = native('debug.upvaluejoin', function upvaluejoin(...args: LuaValue[]): LuaValue {
      const a = upvalue(upvaluejoin, args, 1, 2);
      if (a === null) argError(rt, upvaluejoin, 2, 'invalid upvalue index');
      const b = upvalue(upvaluejoin, args, 3, 4);
      if (b === null) argError(rt, upvaluejoin, 4, 'invalid upvalue index');
      if (!a.f.P) argError(rt, upvaluejoin, 1, 'Lua function expected');
      if (!b.f.P) argError(rt, upvaluejoin, 3, 'Lua function expected');
      a.f.U![a.i] = b.f.U![b.i]!;
      return rt.ret0();
    });
    fns.getuservalue = native('debug.getuservalue', function getuservalue(...args: LuaValue[]): LuaValue {
      const u = args[0];
      const n = has.closeMetamethod ? Number(optInteger(rt, getuservalue, args, 2, 1)) : 1;
      // not a userdata, or no such user value: fail (one nil)
      if (!(u instanceof LuaUserdata)) return rt.ret1(undefined);
      if (n < 1 || n > Math.max(1, u.uservalues.length)) return rt.ret1(undefined);
      return has.closeMetamethod ? rt.ret2(u.uservalues[n - 1], true) : rt.ret1(u.uservalues[n - 1]);
    });
    fns.setuservalue = native('debug.setuservalue', function setuservalue(...args: LuaValue[]): LuaValue {
      const u = args[0];
      if (!(u instanceof LuaUserdata)) typeError(rt, setuservalue, args, 1, 'userdata');
      checkAny(rt, setuservalue, args, 2);
      const v = args[1];
      if (!has.integers && v !== undefined && !(v instanceof LuaTable)) typeError(rt, setuservalue, args, 2, 'table');
      const n = has.closeMetamethod ? Number(optInteger(rt, setuservalue, args, 3, 1)) : 1;
      if (n < 1 || n > Math.max(1, u.uservalues.length)) return rt.ret1(undefined);
      u.uservalues[n - 1] = v;
      return rt.ret1(u);
    });
  }

  fns.getmetatable = native('debug.getmetatable', function getmetatable(...args: LuaValue[]): LuaValue {
    checkAny(rt, getmetatable, args, 1);
    return rt.ret1(getMetatable(rt, args[0]) ?? undefined);
  });

  fns.setmetatable = native('debug.setmetatable', function setmetatable(...args: LuaValue[]): LuaValue {
    const v = args[0];
    const mt = args[1];
    if (mt !== undefined && !(mt instanceof LuaTable)) {
      if (has.typedArgExpected) typeError(rt, setmetatable, args, 2, 'nil or table');
      argError(rt, setmetatable, 2, 'nil or table expected');
    }
    const m = (mt as LuaTable | undefined) ?? null;
    if (v instanceof LuaTable || v instanceof LuaUserdata) {
      v.metatable = m;
      noteMetatable(rt, v, m);
    }
    else if (typeof v === 'string') rt.stringMeta = m;
    else rt.typeMetas.set(typeName(v), m);
    return rt.ret1(has.envUpvalue ? v : true);
  });

  fns.getregistry = native('debug.getregistry', function getregistry(): LuaValue {
    return rt.ret1(rt.registry);
  });

  // ---- hooks (per thread): count hooks run on the instruction counter
  fns.sethook = native('debug.sethook', function sethook(...args: LuaValue[]): LuaValue {
    const { thread, base } = threadArg(args);
    const target = thread ?? rt.current;
    const f = args[base];
    let hooks: ThreadHooks | null = null;
    if (f !== undefined && args.length > base) {
      const mask = optString(rt, sethook, args, base + 2, '');
      const count = Number(optInteger(rt, sethook, args, base + 3, 0));
      if (typeof f !== 'function') typeError(rt, sethook, args, base + 1, 'function');
      // The hook runs with hooks off (PUC's allowhook), as a call from the hooked level.
      const run = (args: LuaValue[]): void => {
        if (hook.running) return;
        hook.running = true;
        hook.frame = rt.frames[rt.depth] ?? null;
        try {
          rt.call(f, args);
        } finally {
          hook.running = false;
          hook.frame = null;
        }
      };
      const events = (mask.includes('c') ? HOOK_CALL : 0) | (mask.includes('r') ? HOOK_RETURN : 0) | (mask.includes('l') ? HOOK_LINE : 0);
      hooks = {
        fn: f, mask, count, events,
        onEvent: events === 0 ? null : (event, line) => run(line >= 0 ? [event, line] : [event]),
        onCount: count > 0 ? () => run(['count']) : null,
      };
    }
    target.hooks = hooks;
    if (target !== rt.current) return rt.ret0();
    const wasHooked = rt.hk !== 0;
    applyHooks(rt, hooks);
    // sethook itself returns under the new hook, as in PUC (called before hooks were set,
    // it has no level yet: it takes one for the hook's debug.getinfo)
    if (hooks !== null && hooks.events & HOOK_RETURN && !wasHooked) rt.nativeEvent(sethook as LuaCallable, 'return');
    return rt.ret0();
  });

  fns.gethook = native('debug.gethook', function gethook(...args: LuaValue[]): LuaValue {
    const h = (threadArg(args).thread ?? rt.current).hooks;
    // 5.4+: fail (one nil) when there is no hook; earlier: nil, '', 0
    if (h === null) return has.closeMetamethod ? rt.ret1(undefined) : rt.ret3(undefined, '', 0);
    return rt.ret3(h.fn, h.mask, h.count);
  });

  if (has.closeMetamethod && !has.globalDeclarations) {
    // 5.4's setcstacklimit (a no-op since 5.4.3: returns 0).
    fns.setcstacklimit = native('debug.setcstacklimit', function setcstacklimit(...args: LuaValue[]): LuaValue {
      checkInt(rt, setcstacklimit, args, 1);
      return rt.ret1(0);
    });
  }

  fns.debug = native('debug.debug', function debug(): LuaValue {
    // Reading commands needs an interactive console: the host's stdin gives "cont" at its end.
    return rt.ret0();
  });

  if (has.functionEnvironments) {
    fns.getfenv = native('debug.getfenv', function getfenv(...args: LuaValue[]): LuaValue {
      const v = args[0];
      if (typeof v === 'function') return rt.ret1((v as LuaCallable).E ?? (v as LuaCallable).P ? (v as LuaCallable).E : rt.globals);
      if (v instanceof LuaUserdata) return rt.ret1(v.uservalues[0]);
      if (v instanceof LuaThread) return rt.ret1(rt.globals);
      return rt.ret1(undefined);
    });
    fns.setfenv = native('debug.setfenv', function setfenv(...args: LuaValue[]): LuaValue {
      const v = args[0];
      const env = checkTable(rt, setfenv, args, 2);
      if (typeof v === 'function' && (v as LuaCallable).P) (v as LuaCallable).E = env;
      else if (v instanceof LuaUserdata) v.uservalues[0] = env;
      else luaError(rt, "'setfenv' cannot change environment of given object", setfenv);
      return rt.ret1(v);
    });
  }

  for (const name of Object.keys(fns).sort()) lib.setStr(name, fns[name]!);
  G.setStr('debug', lib);
}
