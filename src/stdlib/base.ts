/**
 * The base library (lbaselib.c's role): print, type, tostring, tonumber, pairs, ipairs,
 * next, select, raw access, metatables, errors and protected calls, load and friends,
 * plus the 5.1 function environments (getfenv/setfenv).
 */
import { LuaSyntaxError } from '../../grammar/errors.js';
import { loadChunk } from '../compiler/compile.js';
import { isHostStackOverflow, LuaError, LuaHalt } from '../runtime/errors.js';
import { floatToInteger, isNumber, mkInt, numberToString, stringToNumber, type LuaNumber } from '../runtime/numbers.js';
import {
  addressOf, callAbove, getMetatable, index, metamethod, numberSyntax, rawEquals, rawGet, rawLength, rawSet, tostring, typeName,
} from '../runtime/ops.js';
import type { LuaCallable, MessageHandler, Runtime } from '../runtime/runtime.js';
import { LuaTable, NO_KEY, nextValue } from '../runtime/table.js';
import { LuaFloat, LuaUserdata, type LuaValue } from '../runtime/value.js';
import { def,
  argError, checkAny, checkCInt, checkInt, checkInteger, checkOption, checkTable, luaError, native, optString, register,
  typeError, type Native,
} from './aux.js';
import { DUMP_SIGNATURE } from './string.js';

/** What the base library needs from its VM (output, files, chunk loading). */
/**
 * What the libraries need from the world outside the VM. Strings are latin1 byte strings.
 * The CLI and the embedding API provide implementations (src/api/vm.ts: nodeHost).
 */
export interface BaseHost {
  /** Standard output (print, io.write, io.stdout). */
  write(s: string): void;
  /** Standard error (io.stderr). */
  writeErr(s: string): void;
  /** Pushes buffered standard output out (before reading input, at exit). */
  flush(): void;
  /** Reads up to `max` bytes of standard input; '' at end of input. */
  readStdin(max: number): string;
  /** Reads a whole file for loadfile/dofile ('-' is standard input); throws Error with the message. */
  readFile(path: string): string;
  /** Emits a warning (warn). */
  warn(msg: string): void;
  /** false: load/loadfile/dofile refuse binary chunks whatever their mode (embedding API). */
  readonly binaryChunks?: boolean;
}

/** The error value of a JS exception caught by a protected call (JS errors become Lua strings). */
export function caughtValue(rt: Runtime, e: unknown): LuaValue {
  if (e instanceof LuaError) {
    // 5.5 hands a protected call "<no error object>" for a nil error value.
    if (e.value === undefined && rt.dialect.has.nilErrorObjectMessage) return '<no error object>';
    return e.value;
  }
  if (e instanceof LuaHalt) throw e;
  if (isHostStackOverflow(e)) return rt.overflowWhere() + 'stack overflow';
  if (e instanceof RangeError && e.message.includes('Invalid string length')) return 'not enough memory'; // beyond V8's longest string
  if (e instanceof LuaSyntaxError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Pushes a frame record for a native that calls back into Lua, so that it counts as a
 * (C) level for tracebacks and error levels. Returns the depth to restore afterwards.
 */
export function enterNative(rt: Runtime, self: LuaCallable): number {
  return rt.pushNative(self);
}

/** Calls `f` from a native that protects the call: the native takes a frame of its own. */
export function protectedCall(rt: Runtime, self: LuaCallable, f: LuaValue, args: LuaValue[]): { ok: true; first: LuaValue } | { ok: false; value: LuaValue } {
  const depth = enterNative(rt, self);
  const msgh = rt.msgh;
  rt.msgh = null; // (no message handler inside)
  try {
    const first = rt.call(f, args);
    rt.depth = depth;
    return { ok: true, first };
  } catch (e) {
    const value = caughtValue(rt, e);
    rt.unwind(depth);
    return { ok: false, value };
  } finally {
    rt.msgh = msgh;
  }
}

/** The message handler of an xpcall calling `handler`. */
export function xpcallHandler(rt: Runtime, handler: LuaValue): MessageHandler {
  return (e, value) => runMessageHandler(rt, e, value, (v) => rt.call(handler, [v]));
}

/**
 * Runs an xpcall message handler where the error happened: the levels of the error are
 * still recorded above the current depth, and a native that raised it gets a level of its
 * own, as in PUC Lua where the handler runs on top of the erroring stack.
 */
export function runMessageHandler(rt: Runtime, e: unknown, value: LuaValue, call: (v: LuaValue) => LuaValue): LuaValue {
  const native = e instanceof LuaError ? e.native : undefined;
  const top = rt.depth;
  const cCalls = rt.nCcalls;
  if (typeof native === 'function') enterNative(rt, native as LuaCallable);
  try {
    // An error inside the handler is handled by the handler in its turn (as luaG_errormsg
    // does), until the nesting passes the C-call limit: "error in error handling".
    for (let nested = 0; ; nested++) {
      const depth = rt.depth;
      try {
        const r = call(value);
        // 5.5: the final error object of a protected call is never nil.
        return r === undefined && rt.dialect.has.nilErrorObjectMessage ? '<no error object>' : r;
      } catch (e2) {
        if (e2 instanceof LuaHalt) throw e2;
        // (past the C-call error limit every further call fails the same way)
        if (!(e2 instanceof LuaError) || nested >= HANDLER_NESTING || rt.nCcalls >= rt.cCallErrorLimit) return 'error in error handling';
        rt.unwind(depth);
        value = e2.value;
        rt.nCcalls++; // (PUC calls the handler again from inside the failing call)
      }
    }
  } finally {
    rt.depth = top;
    rt.nCcalls = cCalls;
  }
}

/** How many times a failing message handler is called again for its own errors (about LUAI_MAXCCALLS). */
const HANDLER_NESTING = 200;

/** Tells the collector about a new metatable: finalizers (__gc) and weak modes (__mode). */
export function noteMetatable(rt: Runtime, o: LuaTable | LuaUserdata, mt: LuaTable | null): void {
  const c = rt.collector;
  if (c === null || mt === null) return;
  c.checkFinalizer(o, mt);
  if (mt.getStr('__mode') !== undefined) c.noteWeak();
  else c.watchMetatable(mt); // it may get a '__mode' later
}

/** A file error as the dialect words it: 5.5 says "cannot read X" without the reason. */
export function fileErrorText(rt: Runtime, msg: string): string {
  if (rt.dialect.has.readErrorWithoutReason && msg.startsWith('cannot read ')) return msg.replace(/: [^:]*$/, '');
  return msg;
}

/** The next key/value of a table for `next` (5.3+ float keys beyond the integers come back as floats). */
export function luaNext(rt: Runtime, self: LuaCallable, t: LuaTable, k: LuaValue): LuaValue {
  if (k instanceof LuaFloat) {
    const i = floatToInteger(k.n);
    k = i === null ? k.n : i;
  }
  const key = t.next(k);
  // raised inside lua_next: no position
  if (key === null) throw new LuaError("invalid key to 'next'", self);
  if (key === NO_KEY) return rt.ret1(undefined);
  let outKey = key as LuaValue;
  if (rt.hasIntegers && typeof outKey === 'number' && Number.isInteger(outKey) && Math.abs(outKey) > Number.MAX_SAFE_INTEGER) {
    outKey = new LuaFloat(outKey);
  }
  void self;
  return rt.ret2(outKey, nextValue);
}

/**
 * tostring as the base library does it: 5.1/5.2 hand back whatever '__tostring' returns
 * (5.2 turning numbers into strings) and name values by their type only; later dialects
 * use the runtime's tostring (a string is required, '__name' names the type).
 */
export function baseTostring(rt: Runtime, v: LuaValue, caller: LuaCallable | null = null): LuaValue {
  const has = rt.dialect.has;
  if (!has.tostringPassesResult) return tostring(rt, v, caller);
  const h = metamethod(rt, v, '__tostring');
  if (h !== undefined) {
    const r = callAbove(rt, caller, h, v);
    return has.tostringNumberResultAsString && isNumber(r) ? numberToString(r as LuaNumber, rt.numFmt) : r;
  }
  if (typeof v === 'object' && v !== null && !(v instanceof LuaFloat)) return `${typeName(v)}: ${addressOf(v)}`;
  return tostring(rt, v);
}

export function openBase(rt: Runtime, G: LuaTable, host: BaseHost): void {
  const d = rt.dialect;
  const fns: Record<string, Native> = {};

  const print = native('print', function print(...args: LuaValue[]): LuaValue {
    const useGlobal = d.has.printUsesGlobalTostring;
    const ts = useGlobal ? index(rt, G, 'tostring', 0, null) : undefined;
    let out = '';
    for (let i = 0; i < args.length; i++) {
      let s: LuaValue;
      if (useGlobal) {
        // tostring runs as called from print (a C level: its errors have no position)
        const depth = enterNative(rt, print);
        s = rt.call(ts, [args[i]]);
        rt.depth = depth;
        if (typeof s !== 'string') {
          if (isNumber(s)) s = tostring(rt, s);
          else luaError(rt, "'tostring' must return a string to 'print'");
        }
      } else s = tostring(rt, args[i]);
      if (d.has.printCutsAtNul && s.includes('\0')) s = s.slice(0, s.indexOf('\0'));
      out += i > 0 ? '\t' + s : s;
    }
    host.write(out + '\n');
    return rt.ret0();
  });
  G.setStr('print', print);

  fns.type = def(function type(...args: LuaValue[]): LuaValue {
    checkAny(rt, type as LuaCallable, args, 1);
    return rt.ret1(typeName(args[0]));
  });

  fns.tostring = def(function tostring_(...args: LuaValue[]): LuaValue {
    checkAny(rt, tostring_ as LuaCallable, args, 1);
    return rt.ret1(baseTostring(rt, args[0], tostring_ as LuaCallable));
  });

  fns.tonumber = def(function tonumber(...args: LuaValue[]): LuaValue {
    const self = tonumber as LuaCallable;
    if (args[1] === undefined) {
      const v = checkAny(rt, self, args, 1);
      if (isNumber(v)) return rt.ret1(v);
      if (typeof v === 'string') return rt.ret1(stringToNumber(v, numberSyntax(rt)));
      return rt.ret1(undefined);
    }
    const base = checkInteger(rt, self, args, 2);
    const v = args[0];
    if (typeof v !== 'string') {
      if (d.has.tonumberBaseNeedsString || !isNumber(v)) typeError(rt, self, args, 1, 'string');
    }
    if (typeof base !== 'number' || base < 2 || base > 36) argError(rt, self, 2, 'base out of range');
    const s = typeof v === 'string' ? v : tostring(rt, v);
    if (d.has.tonumberBaseStrtoul) {
      // 5.1: base 10 is the ordinary conversion; other bases go through strtoul
      if (base === 10) return rt.ret1(stringToNumber(s, numberSyntax(rt)));
      return rt.ret1(strtoul(s, base));
    }
    return rt.ret1(parseInBase(s, base, rt.hasIntegers));
  });

  fns.ipairs = def(function ipairs(...args: LuaValue[]): LuaValue {
    const self = ipairs as LuaCallable;
    const t = d.has.ipairsRespectsIndex ? checkAny(rt, self, args, 1) : checkTable(rt, self, args, 1);
    if (d.has.ipairsMetamethod) {
      const h = metamethod(rt, t, '__ipairs');
      if (h !== undefined) return rt.ret(rt.callAll(h, [t]).slice(0, 3));
    }
    return rt.ret3(ipairsAux, t, 0);
  });
  const ipairsAux = native('ipairs_aux', function ipairsAux(t: LuaValue, i: LuaValue): LuaValue {
    const k = (i as number) + 1;
    const v = d.has.ipairsRespectsIndex
      ? (t instanceof LuaTable && t.metatable === null ? t.getInt(k) : index(rt, t, k, 0, null))
      : (t as LuaTable).getInt(k);
    if (v === undefined) return d.has.ipairsEndsWithNoValue ? rt.ret0() : rt.ret1(undefined);
    return rt.ret2(k, v);
  });

  const next = native('next', function next_(...args: LuaValue[]): LuaValue {
    const t = checkTable(rt, next, args, 1);
    return luaNext(rt, next, t, args[1]);
  });
  G.setStr('next', next);

  // 5.1's pairs hands out its own copy of next
  const pairsNext = d.has.pairsOwnNext ? native('next', (...args: LuaValue[]) => next(...args)) : next;
  const nres = d.has.pairsFourResults ? 4 : 3;
  fns.pairs = def(function pairs(...args: LuaValue[]): LuaValue {
    const self = pairs as LuaCallable;
    const t = d.has.pairsAnyValue ? checkAny(rt, self, args, 1) : d.has.pairsMetamethod ? args[0] : checkTable(rt, self, args, 1);
    if (d.has.pairsMetamethod) {
      const h = metamethod(rt, t, '__pairs');
      if (h !== undefined) {
        const r = rt.callAll(h, [t]);
        while (r.length < nres) r.push(undefined);
        return rt.ret(r.slice(0, nres));
      }
      if (!(t instanceof LuaTable) && !d.has.pairsAnyValue) typeError(rt, self, args, 1, 'table');
    }
    return nres === 4 ? rt.ret([pairsNext, t, undefined, undefined]) : rt.ret3(pairsNext, t, undefined);
  });

  fns.select = def(function select(...args: LuaValue[]): LuaValue {
    const self = select as LuaCallable;
    const n = args.length - 1;
    if (args[0] === '#') return rt.ret1(n);
    let i = checkInt(rt, self, args, 1);
    // 5.1/5.2's luaL_checkint: a C int (2^31 wraps to -2^31)
    if (!rt.hasIntegers) i = Math.abs(i) < 2 ** 63 ? i | 0 : 0;
    if (i < 0) {
      if (-i > n) argError(rt, self, 1, 'index out of range');
      return rt.ret(args.slice(1 + n + i));
    }
    if (i === 0) argError(rt, self, 1, 'index out of range');
    return rt.ret(args.slice(Math.min(i, n + 1)));
  });

  fns.rawget = def(function rawget(...args: LuaValue[]): LuaValue {
    const t = checkTable(rt, rawget as LuaCallable, args, 1);
    checkAny(rt, rawget as LuaCallable, args, 2);
    return rt.ret1(rawGet(t, args[1]));
  });
  fns.rawset = def(function rawset(...args: LuaValue[]): LuaValue {
    const t = checkTable(rt, rawset as LuaCallable, args, 1);
    checkAny(rt, rawset as LuaCallable, args, 2);
    checkAny(rt, rawset as LuaCallable, args, 3);
    const k = args[1];
    // Raised inside the C function: no position.
    if (k === undefined) throw new LuaError('table index is nil', rawset);
    if (typeof k === 'number' && k !== k) throw new LuaError('table index is NaN', rawset);
    if (k instanceof LuaFloat && k.n !== k.n) throw new LuaError('table index is NaN', rawset);
    rawSet(rt, t, k, args[2]);
    return rt.ret1(t);
  });
  fns.rawequal = def(function rawequal(...args: LuaValue[]): LuaValue {
    checkAny(rt, rawequal as LuaCallable, args, 1);
    checkAny(rt, rawequal as LuaCallable, args, 2);
    return rt.ret1(rawEquals(args[0], args[1]));
  });
  if (d.has.rawlenFunction) {
    fns.rawlen = def(function rawlen(...args: LuaValue[]): LuaValue {
      const v = args[0];
      if (v instanceof LuaTable) return rt.ret1(rawLength(rt, v));
      if (typeof v === 'string') return rt.ret1(v.length);
      if (d.has.typedArgExpected) typeError(rt, rawlen as LuaCallable, args, 1, 'table or string');
      argError(rt, rawlen as LuaCallable, 1, 'table or string expected');
    });
  }

  fns.setmetatable = def(function setmetatable(...args: LuaValue[]): LuaValue {
    const self = setmetatable as LuaCallable;
    const t = checkTable(rt, self, args, 1);
    const mt = args[1];
    if (args.length < 2 || (mt !== undefined && !(mt instanceof LuaTable))) {
      if (d.has.typedArgExpected) typeError(rt, self, args, 2, 'nil or table');
      argError(rt, self, 2, 'nil or table expected');
    }
    if (t.metatable !== null && t.metatable.getStr('__metatable') !== undefined) luaError(rt, 'cannot change a protected metatable');
    t.metatable = (mt as LuaTable | undefined) ?? null;
    noteMetatable(rt, t, t.metatable);
    return rt.ret1(t);
  });
  fns.getmetatable = def(function getmetatable(...args: LuaValue[]): LuaValue {
    checkAny(rt, getmetatable as LuaCallable, args, 1);
    const mt = getMetatable(rt, args[0]);
    if (mt === null) return rt.ret1(undefined);
    const protectedValue = mt.getStr('__metatable');
    return rt.ret1(protectedValue !== undefined ? protectedValue : mt);
  });

  fns.assert = def(function assert(...args: LuaValue[]): LuaValue {
    const v = args[0];
    if (v !== undefined && v !== false) return rt.ret(args);
    if (!d.has.assertWithoutArgumentCheck) checkAny(rt, assert as LuaCallable, args, 1);
    if (!d.has.integers) {
      // 5.1/5.2: luaL_error("%s", optstring(2, "assertion failed!"))
      let msg = args[1];
      if (msg === undefined) msg = 'assertion failed!';
      else if (isNumber(msg)) msg = numberToString(msg as LuaNumber, false);
      else if (typeof msg !== 'string') typeError(rt, assert as LuaCallable, args, 2, 'string');
      throw new LuaError(rt.where(1) + (msg as string), assert);
    }
    // 5.3+: error(message or "assertion failed!", 1)
    const msg = args.length >= 2 ? args[1] : 'assertion failed!';
    throw new LuaError(typeof msg === 'string' ? rt.where(1) + msg : msg, assert);
  });

  fns.error = def(function error(...args: LuaValue[]): LuaValue {
    let v = args[0];
    const level = args[1] === undefined ? 1 : checkInt(rt, error as LuaCallable, args, 2);
    if (level > 0) {
      if (typeof v === 'string') v = rt.where(level) + v;
      else if (d.has.errorPositionsNumbers && isNumber(v)) v = rt.where(level) + numberToString(v as LuaNumber, rt.numFmt);
    }
    throw new LuaError(v, error);
  });

  const pcall = native('pcall', function pcall(...args: LuaValue[]): LuaValue {
    checkAny(rt, pcall, args, 1);
    const r = protectedCall(rt, pcall, args[0], args.slice(1));
    if (!r.ok) return rt.ret2(false, r.value);
    const results = rt.results(r.first);
    return rt.ret([true, ...results]);
  });
  pcall.catches = true;
  G.setStr('pcall', pcall);

  const xpcall = native('xpcall', function xpcall(...args: LuaValue[]): LuaValue {
    const handler = args[1];
    if (d.has.xpcallHandlerFunction) {
      if (typeof handler !== 'function') typeError(rt, xpcall, args, 2, 'function');
    } else checkAny(rt, xpcall, args, 2);
    const extra = d.has.xpcallExtraArguments ? args.slice(2) : [];
    const depth = enterNative(rt, xpcall);
    const saved = rt.msgh;
    const msgh = (rt.msgh = xpcallHandler(rt, handler));
    try {
      const first = rt.call(args[0], extra);
      rt.depth = depth;
      return rt.ret([true, ...rt.results(first)]);
    } catch (e) {
      // The handler sees the error value itself (5.5 too: nil stays nil).
      const value = e instanceof LuaError ? e.value : caughtValue(rt, e);
      const hv = e instanceof LuaError && e.handled ? e.value : msgh(e, value);
      rt.unwind(depth);
      return rt.ret2(false, hv);
    } finally {
      rt.msgh = saved;
    }
  });
  xpcall.catches = true;
  G.setStr('xpcall', xpcall);

  // ---- loading chunks

  const loadString = (self: LuaCallable, text: string, chunkName: string, mode: string, env: LuaValue, hasEnv: boolean, fromFile = false): LuaValue => {
    rt.charge(256 + (text.length >> 2)); // compiling costs far more than running an instruction
    // a file's first line is skipped when it starts with '#' (it may precede a binary chunk)
    const body = fromFile && text.startsWith('#') ? text.slice(text.indexOf('\n') + 1 || text.length) : text;
    if (body.charCodeAt(0) === 27) {
      if (host.binaryChunks === false) mode = mode.replace('b', ''); // the embedding host refuses them
      if (!mode.includes('b')) return rt.ret2(undefined, `attempt to load a binary chunk (mode is '${mode}')`);
      const f = undump(rt, body, hasEnv ? env : G);
      if (typeof f === 'string') {
        const where = chunkName.charCodeAt(0) === 27 ? 'binary string' : chunkNameOf(chunkName);
        const msgs = rt.dialect.runtime.binaryChunkErrors;
        return rt.ret2(undefined, `${where}: ${f === 'truncated' ? msgs.truncated : msgs.notBinary}`);
      }
      return rt.ret1(f);
    }
    if (!mode.includes('t')) return rt.ret2(undefined, `attempt to load a text chunk (mode is '${mode}')`);
    try {
      const f = loadChunk(rt, text, { chunkName, fromFile }, hasEnv ? env : G);
      return rt.ret1(f);
    } catch (e) {
      if (e instanceof LuaSyntaxError) return rt.ret2(undefined, e.message);
      throw e;
    }
    void self;
  };
  const chunkNameOf = (name: string): string => (name.startsWith('=') || name.startsWith('@') ? name.slice(1) : name);

  fns.load = def(function load(...args: LuaValue[]): LuaValue {
    const self = load as LuaCallable;
    const chunk = args[0];
    const withMode = d.has.loadWithModeAndEnv;
    // (PUC reads the mode, then the chunk name, before it reads the chunk)
    const mode = withMode ? optString(rt, self, args, 3, 'bt') : 'bt';
    let text: string;
    let name: string;
    if ((typeof chunk === 'string' || isNumber(chunk)) && withMode) {
      text = typeof chunk === 'string' ? chunk : tostring(rt, chunk);
      name = optString(rt, self, args, 2, text);
    } else {
      name = optString(rt, self, args, 2, '=(load)');
      if (typeName(chunk) !== 'function') typeError(rt, self, args, 1, 'function');
      const parts: string[] = [];
      // 5.1: the first piece is read looking for a binary signature; when it ends the chunk
      // (nil or ''), the reader is asked again
      let first = d.has.loadReaderRetriesFirstEnd;
      // Errors of the reader (and a reader returning a non-string, an error raised by load)
      // make load fail. PUC's parser catches them keeping the message handler: they go
      // through it (an xpcall's handler, the standalone interpreter's traceback).
      const depth = enterNative(rt, self);
      try {
        for (;;) {
          let piece = rt.call(chunk, []);
          if (piece === undefined || piece === '') {
            if (!first) break;
            first = false;
            continue;
          }
          first = false;
          if (isNumber(piece)) piece = tostring(rt, piece);
          if (typeof piece !== 'string') throw new LuaError(`${rt.where(2)}reader function must return a string`, null);
          parts.push(piece);
        }
        rt.depth = depth;
      } catch (e) {
        if (e instanceof LuaHalt) throw e;
        const value =
          rt.msgh === null || (e instanceof LuaError && e.handled) ? caughtValue(rt, e) : rt.msgh(e, e instanceof LuaError ? e.value : caughtValue(rt, e));
        rt.unwind(depth);
        return rt.ret2(undefined, value);
      }
      text = parts.join('');
    }
    return loadString(self, text, name, mode, args[3], withMode && args.length >= 4);
  });

  (fns.load as LuaCallable).catches = true; // (while it calls a reader)
  if (d.has.loadstringIsLoad) fns.loadstring = fns.load;
  else if (d.has.loadstringFunction) {
    fns.loadstring = def(function loadstring(...args: LuaValue[]): LuaValue {
      const self = loadstring as LuaCallable;
      let s = args[0];
      // (luaL_checklstring: numbers are strings)
      if (isNumber(s)) s = tostring(rt, s);
      if (typeof s !== 'string') typeError(rt, self, args, 1, 'string');
      const name = optString(rt, self, args, 2, s);
      return loadString(self, s, name, 'bt', undefined, false);
    });
  }

  const loadFileText = (path: string | undefined): { ok: true; text: string; name: string } | { ok: false; msg: string } => {
    try {
      return { ok: true, text: host.readFile(path ?? '-'), name: path === undefined ? '=stdin' : `@${path}` };
    } catch (e) {
      return { ok: false, msg: fileErrorText(rt, e instanceof Error ? e.message : String(e)) };
    }
  };

  fns.loadfile = def(function loadfile(...args: LuaValue[]): LuaValue {
    const self = loadfile as LuaCallable;
    const path = args[0] === undefined ? undefined : (args[0] as string);
    if (path !== undefined && typeof path !== 'string') typeError(rt, self, args, 1, 'string');
    const mode = d.has.loadWithModeAndEnv ? optString(rt, self, args, 2, 'bt') : 'bt';
    const r = loadFileText(path);
    if (!r.ok) return rt.ret2(undefined, r.msg);
    return loadString(self, r.text, r.name, mode, args[2], args.length >= 3, true);
  });

  fns.dofile = def(function dofile(...args: LuaValue[]): LuaValue {
    const self = dofile as LuaCallable;
    const path = args[0] === undefined ? undefined : (args[0] as string);
    if (path !== undefined && typeof path !== 'string') typeError(rt, self, args, 1, 'string');
    const r = loadFileText(path);
    if (!r.ok) throw new LuaError(r.msg);
    let f: LuaValue;
    try {
      f = loadChunk(rt, r.text, { chunkName: r.name, fromFile: true }, G);
    } catch (e) {
      if (e instanceof LuaSyntaxError) throw new LuaError(e.message);
      throw e;
    }
    const first = rt.call(f, []);
    return rt.ret(rt.results(first));
  });

  if (d.has.unpackGlobal) fns.unpack = unpackFn(rt, 'unpack');

  if (d.has.warnFunction) {
    let on = false;
    fns.warn = def(function warn(...args: LuaValue[]): LuaValue {
      const self = warn as LuaCallable;
      if (args.length === 0) typeError(rt, self, args, 1, 'string');
      const parts: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const v = args[i];
        if (typeof v !== 'string' && !isNumber(v)) typeError(rt, self, args, i + 1, 'string');
        parts.push(typeof v === 'string' ? v : tostring(rt, v));
      }
      const msg = parts.join('');
      if (args.length === 1 && msg.startsWith('@')) {
        if (msg === '@on') on = true;
        else if (msg === '@off') on = false;
        return rt.ret0();
      }
      if (on) host.warn(msg);
      return rt.ret0();
    });
    // Warnings from the runtime (errors in finalizers) obey the same switch.
    rt.warn = def((msg) => {
      if (on) host.warn(msg);
    });
  }

  fns.collectgarbage = def(function collectgarbage(...args: LuaValue[]): LuaValue {
    const self = collectgarbage as LuaCallable;
    const gc = rt.dialect.runtime.collectgarbage;
    const opt = checkOption(rt, self, args, 1, 'collect', gc.options);
    // luaL_optinteger (luaL_optint before integers) on the numeric arguments the option reads
    const numeric = gc.numericArgs['*'] ?? gc.numericArgs[opt] ?? 0;
    for (let n = 2; n < 2 + numeric; n++) {
      if (args[n - 1] !== undefined) (rt.hasIntegers ? checkInteger : checkCInt)(rt, self, args, n);
    }
    if (opt === 'param') {
      const name = checkOption(rt, self, args, 2, null, ['minormul', 'majorminor', 'minormajor', 'pause', 'stepmul', 'stepsize']);
      const params = rt.collector!.params;
      const old = params[name]!;
      if (args[2] !== undefined) params[name] = Number(checkInteger(rt, self, args, 3));
      return rt.ret1(old);
    }
    return rt.gc(opt, args.slice(1));
  });

  if (d.has.gcinfoAndNewproxy) {
    // 5.1: gcinfo() is the heap size in KB (an integer); newproxy makes an empty userdata,
    // with a fresh metatable (true) or the metatable of another proxy.
    fns.gcinfo = def(function gcinfo(): LuaValue {
      const kb = rt.gc('count', []);
      return rt.ret1(Math.floor(Number(kb)));
    });
    const proxyMetas = new WeakSet<LuaTable>();
    fns.newproxy = def(function newproxy(...args: LuaValue[]): LuaValue {
      const self = newproxy as LuaCallable;
      const u = new LuaUserdata(null);
      const a = args[0];
      if (a === true) {
        const mt = new LuaTable();
        proxyMetas.add(mt);
        u.metatable = mt;
        noteMetatable(rt, u, mt);
      } else if (a instanceof LuaUserdata && a.metatable !== null && proxyMetas.has(a.metatable)) {
        u.metatable = a.metatable;
        noteMetatable(rt, u, u.metatable);
      } else if (a !== undefined && a !== false) {
        argError(rt, self, 1, 'boolean or proxy expected');
      }
      return rt.ret1(u);
    });
  }

  register(G, '', fns);
  G.setStr('_G', G);
  G.setStr('_VERSION', d.luaVersion);

  if (d.has.functionEnvironments) openFenv(rt, G);
  void mkInt;
  void LuaUserdata;
}

/**
 * unpack / table.unpack. 5.1/5.2 take C int bounds (luaL_checkint: truncated, wrapped to 32
 * bits), read raw elements and take the default end from # (5.2 with '__len'); 5.3+ take
 * lua_Integer bounds and read through metamethods. "too many results to unpack" beyond the
 * stack limit.
 */
export function unpackFn(rt: Runtime, name: string): Native {
  const has = rt.dialect.has;
  const limit = has.smallResultLimit ? 8000 : 1000000;
  const inUse = has.smallResultLimit ? 0 : 16;
  return function unpack(...args: LuaValue[]): LuaValue {
    const self = unpack as LuaCallable;
    const t = has.tableMetamethods ? args[0] : checkTable(rt, self, args, 1);
    let i: bigint;
    let e: bigint;
    if (!rt.hasIntegers) {
      i = args[1] === undefined ? 1n : BigInt(checkCInt(rt, self, args, 2));
      e = args[2] === undefined
        ? BigInt(has.lenMetamethodForTables ? Number(lenOf(rt, t)) : rawLength(rt, t as LuaTable))
        : BigInt(checkCInt(rt, self, args, 3));
    } else {
      i = args[1] === undefined ? 1n : BigInt(checkInteger(rt, self, args, 2));
      e = args[2] === undefined
        ? BigInt(t instanceof LuaTable && t.metatable === null ? rawLength(rt, t) : (lenOf(rt, t) as number))
        : BigInt(checkInteger(rt, self, args, 3));
    }
    if (i > e) return rt.ret0();
    // lua_checkstack: the results and what the stack already holds (5.1: the C function's
    // own arguments; later: about a dozen slots of the caller's frames as well)
    if (e - i + BigInt(args.length + inUse) >= BigInt(limit)) luaError(rt, 'too many results to unpack');
    const n = Number(e - i) + 1;
    const out = new Array<LuaValue>(n);
    const raw = !has.tableMetamethods || (t instanceof LuaTable && t.metatable === null);
    const first = Number(i);
    const safe = Number.isSafeInteger(first) && Number.isSafeInteger(first + n);
    for (let k = 0; k < n; k++) {
      const key = safe ? first + k : mkInt(i + BigInt(k));
      out[k] = raw ? rawGet(t as LuaTable, key) : index(rt, t, key, 0, null);
    }
    void name;
    return rt.ret(out);
  };
}

function lenOf(rt: Runtime, v: LuaValue): LuaValue {
  if (v instanceof LuaTable) {
    const h = v.metatable?.getStr('__len');
    if (h !== undefined) return rt.call(h, [v]);
    return rawLength(rt, v);
  }
  if (typeof v === 'string') return v.length;
  const h = metamethod(rt, v, '__len');
  // raised inside the C function: no position
  if (h === undefined) throw new LuaError(`attempt to get length of a ${typeName(v)} value`);
  return rt.call(h, [v]);
}

/** C's strtoul(s, &end, base) as 5.1's tonumber uses it: a number when all of `s` (but spaces) is read, else nil. */
function strtoul(s: string, base: number): LuaValue {
  const space = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
  let i = 0;
  const n = s.length;
  while (i < n && space(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '-' || s[i] === '+') neg = s[i++] === '-';
  if (base === 16 && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) {
    const c = s.charCodeAt(i + 2) | 32;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) i += 2;
  }
  let acc = 0n;
  let overflow = false;
  const start = i;
  const B = BigInt(base);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const digit = c >= 48 && c <= 57 ? c - 48 : (c | 32) >= 97 && (c | 32) <= 122 ? (c | 32) - 87 : 99;
    if (digit >= base) break;
    acc = acc * B + BigInt(digit);
    if (acc > 0xffffffffffffffffn) overflow = true;
  }
  if (i === start) return undefined;
  while (i < n && space(s.charCodeAt(i))) i++;
  if (i !== n) return undefined;
  if (overflow) return 2 ** 64;
  return Number(neg ? BigInt.asUintN(64, -acc) : acc);
}

/**
 * Loads a chunk made by string.dump (DUMP_SIGNATURE + JSON; see src/stdlib/string.ts): the
 * function's source is compiled again at its original lines. As lua_load does, the first
 * upvalue gets the environment (5.2+), the others start nil. Returns a message when damaged.
 */
function undump(rt: Runtime, text: string, env: LuaValue): LuaCallable | 'truncated' | 'not binary' {
  if (!text.startsWith(DUMP_SIGNATURE)) return text.length < DUMP_SIGNATURE.length && DUMP_SIGNATURE.startsWith(text) ? 'truncated' : 'not binary';
  let meta: { text?: unknown; line?: unknown; upvalues?: unknown; chunkName?: unknown; strip?: unknown };
  try {
    meta = JSON.parse(text.slice(DUMP_SIGNATURE.length));
  } catch {
    return 'truncated';
  }
  const { text: src, line, upvalues, chunkName } = meta;
  const stripped = meta.strip === true;
  if (typeof src !== 'string' || typeof line !== 'number' || typeof chunkName !== 'string' || !Array.isArray(upvalues)) return 'truncated';
  try {
    if (line === 0) return loadChunk(rt, src, { chunkName, stripped }, env);
    // a function: rebuild it as an expression ('local function f(' and 'function a.b:m(' included)
    const head = /^\s*(?:local\s+)?(?:function\b)?\s*(?:[A-Za-z_]\w*(?:\s*[.:]\s*[A-Za-z_]\w*)*)?\s*\(/.exec(src);
    if (!head) return 'truncated';
    const method = head[0].includes(':');
    let rest = src.slice(head[0].length);
    if (method) rest = (/^\s*\)/.test(rest) ? 'self' : 'self, ') + rest;
    const names = (upvalues as unknown[]).map(String);
    const envFirst = rt.dialect.has.envUpvalue && names[0] === '_ENV';
    const locals = names.filter((nm, k) => !(envFirst && k === 0) && /^[A-Za-z_]\w*$/.test(nm));
    const header = locals.length > 0 ? `local ${locals.join(', ')} = ...;` : '';
    const code = header + '\n'.repeat(Math.max(0, line - 1)) + ' return function(' + rest;
    const main = loadChunk(rt, code, { chunkName, stripped }, rt.dialect.has.envUpvalue && !envFirst ? undefined : env);
    const firstGetsEnv = rt.dialect.has.envUpvalue && !envFirst && names.length > 0;
    return rt.call(main, firstGetsEnv ? [env] : []) as LuaCallable;
  } catch (e) {
    if (e instanceof LuaSyntaxError) return 'truncated';
    throw e;
  }
}

/** tonumber(s, base): digits of the base, optional sign and surrounding spaces; nil if invalid. */
function parseInBase(s: string, base: number, ints: boolean): LuaValue {
  let i = 0;
  const n = s.length;
  const space = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
  while (i < n && space(s.charCodeAt(i))) i++;
  let neg = false;
  if (s[i] === '-') {
    neg = true;
    i++;
  } else if (s[i] === '+') i++;
  let acc = 0n;
  let any = false;
  const B = BigInt(base);
  while (i < n) {
    const c = s.charCodeAt(i);
    let digit: number;
    if (c >= 48 && c <= 57) digit = c - 48;
    else if ((c | 32) >= 97 && (c | 32) <= 122) digit = (c | 32) - 87;
    else break;
    if (digit >= base) return undefined;
    acc = acc * B + BigInt(digit);
    any = true;
    i++;
  }
  while (i < n && space(s.charCodeAt(i))) i++;
  if (!any || i !== n) return undefined;
  // without integers (5.2) the digits accumulate in a float
  if (!ints) return Number(neg ? -acc : acc);
  if (neg) acc = -acc;
  return mkInt(acc);
}

// ===================================================================== 5.1 function environments

function openFenv(rt: Runtime, G: LuaTable): void {
  const envOfLevel = (self: LuaCallable, args: LuaValue[], forSet: boolean): { f: LuaCallable | null; level: number } => {
    const v = args[0];
    if (typeof v === 'function') return { f: v as LuaCallable, level: -1 };
    const level = v === undefined ? 1 : checkInt(rt, self, args, 1);
    if (level < 0) argError(rt, self, 1, 'level must be non-negative');
    if (level === 0) return { f: null, level: 0 };
    const d = rt.depth - (level - 1);
    const fr = rt.frames[d];
    if (d < 1 || !fr) argError(rt, self, 1, 'invalid level');
    void forSet;
    return { f: fr![0] as LuaCallable, level };
  };
  const getfenv = native('getfenv', function getfenv(...args: LuaValue[]): LuaValue {
    const { f } = envOfLevel(getfenv, args, false);
    if (f === null) return rt.ret1(G);
    return rt.ret1(f.P ? f.E ?? G : G);
  });
  const setfenv = native('setfenv', function setfenv(...args: LuaValue[]): LuaValue {
    const env = checkTable(rt, setfenv, args, 2);
    const { f, level } = envOfLevel(setfenv, args, true);
    if (f === null) {
      // level 0 changes the global environment of the running thread: Luna keeps globals per VM
      return rt.ret0();
    }
    if (!f.P) luaError(rt, "'setfenv' cannot change environment of given object");
    f.E = env;
    void level;
    return rt.ret1(f);
  });
  G.setStr('getfenv', getfenv);
  G.setStr('setfenv', setfenv);
}

export { LuaUserdata };
export type { LuaNumber };
