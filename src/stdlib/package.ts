/**
 * The package library (loadlib's role): require and its searchers, package.path/cpath,
 * package.loaded/preload, searchpath, loadlib, and the 5.1/5.2 module system (module,
 * package.seeall).
 *
 * Invariants:
 * - package.loaded is the registry's _LOADED table: require always uses the table it had
 *   when the library opened, whatever is assigned to package.loaded later. The preload
 *   table is the registry's _PRELOAD from 5.2 on; 5.1 reads package.preload at each search.
 * - require and module call back into Lua (searchers, loaders, module options) under a
 *   frame of their own, as C functions do, so errors raised by the searchers ("error
 *   loading module ...") carry no position and tracebacks count them.
 * - Luna cannot load C libraries: the C searchers report "no file" as usual, and a file
 *   that exists fails the way dlopen would fail on it (or with the official message of
 *   builds without dynamic libraries, for real shared objects).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { LuaSyntaxError } from '../../grammar/errors.js';
import { loadChunk } from '../compiler/compile.js';
import { isNumber, numberToString } from '../runtime/numbers.js';
import { index, setIndex } from '../runtime/ops.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaUserdata, truthy, type LuaValue } from '../runtime/value.js';
import { checkString, checkTable, luaError, native, optString, register, type Native } from './aux.js';
import { enterNative, type BaseHost } from './base.js';
import { cstr, errorInfo } from './io.js';

/** The official message of builds without dynamic libraries (loadlib.c, DLMSG). */
const DLMSG = 'dynamic libraries not enabled; check your Lua installation';

/** Standard library tables registered in package.loaded when they are open. */
const STANDARD_LIBRARIES = ['_G', 'package', 'coroutine', 'table', 'io', 'os', 'string', 'math', 'utf8', 'bit32', 'debug'];

/** Whether a file can be opened for reading (fopen(name, "r") succeeds). */
function readable(path: string): boolean {
  try {
    closeSync(openSync(Buffer.from(cstr(path), 'latin1'), 'r'));
    return true;
  } catch {
    return false;
  }
}

/** What dlopen says of a file Luna would have to load as a C library. */
function dlopenError(path: string): string {
  let fd: number;
  try {
    fd = openSync(Buffer.from(path, 'latin1'), 'r');
  } catch (e) {
    return `${path}: cannot open shared object file: ${errorInfo(e).text}`;
  }
  try {
    const head = Buffer.alloc(64);
    let n: number;
    try {
      n = readSync(fd, head, 0, 64, 0);
    } catch (e) {
      return `${path}: cannot read file data: ${errorInfo(e).text}`;
    }
    if (n < 64) return `${path}: file too short`;
    if (head.readUInt32BE(0) !== 0x7f454c46) return `${path}: invalid ELF header`;
    return DLMSG;
  } finally {
    closeSync(fd);
  }
}

/** luaL_gsub with a plain pattern. */
function gsub(s: string, p: string, r: string): string {
  return p === '' ? s : s.split(p).join(r);
}

export function openPackage(rt: Runtime, G: LuaTable, host: BaseHost): LuaTable {
  const has = rt.dialect.has;
  const P = new LuaTable();
  const fns: Record<string, Native> = {};

  let LOADED = rt.registry.getStr('_LOADED');
  if (!(LOADED instanceof LuaTable)) {
    LOADED = new LuaTable();
    rt.registry.setStr('_LOADED', LOADED);
  }
  const loaded = LOADED;
  const PRELOAD = new LuaTable();
  if (has.packageSearchers) rt.registry.setStr('_PRELOAD', PRELOAD);

  /** Pushes a frame for a native that calls back into Lua; returns the depth to restore. */
  const enter = (self: LuaCallable): number => enterNative(rt, self);

  const asString = (v: LuaValue): string | undefined => (typeof v === 'string' ? v : isNumber(v) ? numberToString(v, rt.numFmt) : undefined);

  // ---- searching paths

  /** searchpath: the first readable file of the templates, or the "no file" message. */
  const searchPath = (name: string, path: string, sep: string, dirsep: string): { file: string } | { msg: string } => {
    // all four are C strings there
    name = cstr(name);
    path = cstr(path);
    sep = cstr(sep);
    if (sep !== '') name = gsub(name, sep, cstr(dirsep));
    if (has.requireLoaderData) {
      const names = gsub(path, '?', name);
      if (names !== '') for (const file of names.split(';')) if (readable(file)) return { file };
      return { msg: `no file '${gsub(names, ';', "'\n\tno file '")}'` };
    }
    let msg = '';
    for (const template of path.split(';')) {
      if (template === '') continue;
      const file = gsub(template, '?', name);
      if (readable(file)) return { file };
      msg += `\n\tno file '${file}'`;
    }
    return { msg };
  };

  /** findfile: searches package[pname] for a module name. */
  const findFile = (self: LuaCallable, name: string, pname: string): { file: string } | { msg: string } => {
    const path = asString(index(rt, P, pname, 0, null));
    if (path === undefined) luaError(rt, `'package.${pname}' must be a string`, self);
    return searchPath(name, path, '.', '/');
  };

  /** checkload: the loader and its data, or "error loading module". */
  const loadError = (self: LuaCallable, name: string, file: string, msg: string): never =>
    luaError(rt, `error loading module '${name}' from file '${file}':\n\t${msg}`, self);

  // ---- searchers

  const searcherPreload = native('searcher_preload', function searcherPreload(...args: LuaValue[]): LuaValue {
    const name = checkString(rt, searcherPreload, args, 1);
    let pre: LuaValue = PRELOAD;
    if (!has.packageSearchers) {
      pre = index(rt, P, 'preload', 0, null);
      if (!(pre instanceof LuaTable)) luaError(rt, "'package.preload' must be a table", searcherPreload);
    }
    const v = index(rt, pre, name, 0, null);
    if (v === undefined) {
      const msg = `no field package.preload['${name}']`;
      return rt.ret1(has.requireLoaderData ? msg : `\n\t${msg}`);
    }
    return has.requireLoaderData ? rt.ret2(v, ':preload:') : rt.ret1(v);
  });

  const searcherLua = native('searcher_Lua', function searcherLua(...args: LuaValue[]): LuaValue {
    const name = checkString(rt, searcherLua, args, 1);
    const r = findFile(searcherLua, name, 'path');
    if ('msg' in r) return rt.ret1(r.msg);
    let text = '';
    let f: LuaValue;
    try {
      text = host.readFile(r.file);
    } catch (e) {
      loadError(searcherLua, name, r.file, e instanceof Error ? e.message : String(e));
    }
    try {
      f = loadChunk(rt, text, { chunkName: `@${r.file}`, fromFile: true }, G);
    } catch (e) {
      if (e instanceof LuaSyntaxError) loadError(searcherLua, name, r.file, e.message);
      throw e;
    }
    return has.packageSearchers ? rt.ret2(f, r.file) : rt.ret1(f);
  });

  const searcherC = native('searcher_C', function searcherC(...args: LuaValue[]): LuaValue {
    const name = checkString(rt, searcherC, args, 1);
    const r = findFile(searcherC, name, 'cpath');
    if ('msg' in r) return rt.ret1(r.msg);
    loadError(searcherC, name, r.file, dlopenError(r.file));
  });

  const searcherCroot = native('searcher_Croot', function searcherCroot(...args: LuaValue[]): LuaValue {
    const name = checkString(rt, searcherCroot, args, 1);
    const dot = name.indexOf('.');
    if (dot < 0) return rt.ret0();
    const r = findFile(searcherCroot, name.slice(0, dot), 'cpath');
    if ('msg' in r) return rt.ret1(r.msg);
    loadError(searcherCroot, name, r.file, dlopenError(r.file));
  });

  for (const s of [searcherPreload, searcherLua, searcherC, searcherCroot]) delete (s as { Q?: string }).Q;

  const searchers = new LuaTable();
  [searcherPreload, searcherLua, searcherC, searcherCroot].forEach((s, i) => searchers.set(i + 1, s));

  // ---- require

  /** The 5.1 marker of a module being loaded (a light userdata). */
  const SENTINEL = new LuaUserdata(null);

  const require = native('require', function require(...args: LuaValue[]): LuaValue {
    const arg = checkString(rt, require, args, 1);
    const name = cstr(arg);
    const have = index(rt, loaded, name, 0, null);
    if (have !== undefined && have !== false) {
      if (!has.packageSearchers && have === SENTINEL) luaError(rt, `loop or previous error loading module '${name}'`, require);
      return rt.ret1(have);
    }
    const field = has.packageSearchers ? 'searchers' : 'loaders';
    const list = index(rt, P, field, 0, null);
    if (!(list instanceof LuaTable)) luaError(rt, `'package.${field}' must be a table`, require);
    const depth = enter(require);
    let msg = '';
    let loader: LuaValue;
    let extra: LuaValue;
    for (let i = 1; ; i++) {
      const s = list.getInt(i);
      if (s === undefined) {
        rt.depth = depth;
        luaError(rt, `module '${name}' not found:${msg}`, require);
      }
      const first = rt.call(s, [name]);
      const second = has.packageSearchers && rt.nret > 1 ? rt.rets[1] : undefined;
      if (typeof first === 'function') {
        loader = first;
        extra = second;
        break;
      }
      const m = asString(first);
      if (m !== undefined) msg += has.requireLoaderData ? `\n\t${m}` : m;
    }
    if (!has.packageSearchers) setIndex(rt, loaded, name, SENTINEL, 0, null);
    const result = rt.call(loader, has.requireLoaderData ? [arg, extra] : has.packageSearchers ? [name, extra] : [name]);
    if (result !== undefined) setIndex(rt, loaded, name, result, 0, null);
    let value = index(rt, loaded, name, 0, null);
    if (has.packageSearchers ? value === undefined : value === SENTINEL) {
      value = true;
      setIndex(rt, loaded, name, true, 0, null);
    }
    rt.depth = depth;
    return has.requireLoaderData ? rt.ret2(value, extra) : rt.ret1(value);
  });
  G.setStr('require', require);

  // ---- package functions

  if (has.packageSearchers) {
    fns.searchpath = function searchpath(...args: LuaValue[]): LuaValue {
      const self = searchpath as LuaCallable;
      // checked last to first, as the C compiler evaluates ll_searchpath's arguments
      const dirsep = optString(rt, self, args, 4, '/');
      const sep = optString(rt, self, args, 3, '.');
      const path = checkString(rt, self, args, 2);
      const name = checkString(rt, self, args, 1);
      const r = searchPath(name, path, sep, dirsep);
      return 'file' in r ? rt.ret1(r.file) : rt.ret2(undefined, r.msg);
    };
  }

  fns.loadlib = function loadlib(...args: LuaValue[]): LuaValue {
    const self = loadlib as LuaCallable;
    const path = checkString(rt, self, args, 1);
    checkString(rt, self, args, 2);
    return rt.ret3(undefined, dlopenError(path), 'open');
  };

  // ---- 5.1 modules (kept by 5.2's compatibility build)

  if (has.moduleFunction) {
    fns.seeall = function seeall(...args: LuaValue[]): LuaValue {
      const t = checkTable(rt, seeall as LuaCallable, args, 1);
      let mt = t.metatable;
      if (mt === null) {
        mt = new LuaTable();
        t.metatable = mt;
      }
      setIndex(rt, mt, '__index', G, 0, null);
      return rt.ret0();
    };

    /** luaL_findtable in the globals: the table at a dotted name, created as needed; null on a conflict. */
    const findTable = (root: LuaTable, fname: string): LuaTable | null => {
      let t = root;
      for (const part of fname.split('.')) {
        let v = t.getStr(part);
        if (v === undefined) {
          v = new LuaTable();
          setIndex(rt, t, part, v, 0, null);
        } else if (!(v instanceof LuaTable)) return null;
        t = v;
      }
      return t;
    };

    const module = native('module', function module(...args: LuaValue[]): LuaValue {
      const modname = checkString(rt, module, args, 1);
      let m = index(rt, loaded, modname, 0, null);
      if (!(m instanceof LuaTable)) {
        const t = findTable(G, modname);
        if (t === null) luaError(rt, `name conflict for module '${modname}'`, module);
        setIndex(rt, loaded, modname, t, 0, null);
        m = t;
      }
      const mod = m;
      if (index(rt, mod, '_NAME', 0, null) === undefined) {
        setIndex(rt, mod, '_M', mod, 0, null);
        setIndex(rt, mod, '_NAME', modname, 0, null);
        const dot = modname.lastIndexOf('.');
        setIndex(rt, mod, '_PACKAGE', dot < 0 ? '' : modname.slice(0, dot + 1), 0, null);
      }
      // the calling function's environment (5.1) or first upvalue (5.2) becomes the module
      const caller = rt.frames[rt.depth]?.[0] as LuaCallable | undefined;
      if (!caller || !caller.P) luaError(rt, "'module' not called from a Lua function", module);
      if (has.functionEnvironments) caller.E = mod;
      else if (caller.U && caller.U.length > 0) caller.U[0]!.v = mod;
      if (args.length > 1) {
        const depth = enter(module);
        for (let i = 1; i < args.length; i++) {
          // 5.2 skips what is not a function (the loader's extra argument)
          if (has.packageSearchers && typeof args[i] !== 'function') continue;
          rt.call(args[i], [mod]);
        }
        rt.depth = depth;
      }
      return has.packageSearchers ? rt.ret1(mod) : rt.ret0();
    });
    G.setStr('module', module);
  }

  // ---- paths

  const V = rt.dialect.luaVersion.slice(rt.dialect.luaVersion.indexOf(' ') + 1);
  const ldir = `/usr/local/share/lua/${V}/`;
  const cdir = `/usr/local/lib/lua/${V}/`;
  const luaPath = [`${ldir}?.lua`, `${ldir}?/init.lua`, `${cdir}?.lua`, `${cdir}?/init.lua`];
  const cPath = [`${cdir}?.so`];
  if (has.pathSystemDirs) {
    luaPath.push(`/usr/share/lua/${V}/?.lua`, `/usr/share/lua/${V}/?/init.lua`);
    cPath.push(`/usr/lib/x86_64-linux-gnu/lua/${V}/?.so`, `/usr/lib/lua/${V}/?.so`);
  }
  cPath.push(`${cdir}loadall.so`);
  if (has.pathCurrentDirFirst) {
    luaPath.unshift('./?.lua');
    cPath.unshift('./?.so');
  } else {
    luaPath.push('./?.lua');
    cPath.push('./?.so');
  }
  if (has.pathCurrentDirInit) luaPath.push('./?/init.lua');

  /** setpath: the environment variable (versioned first), with ';;' standing for the default. */
  const setPath = (field: string, envName: string, dft: string): void => {
    const env = (n: string): string | undefined => {
      const v = process.env[n];
      return v === undefined ? undefined : Buffer.from(v, 'utf8').toString('latin1');
    };
    let path: string | undefined;
    if (has.pathVersionedVariables) path = env(`${envName}_${V.replace('.', '_')}`);
    if (path === undefined) path = env(envName);
    // lua -E (5.2+) marks the registry before the libraries open: environment variables are ignored
    if (has.pathVersionedVariables && truthy(rt.registry.getStr('LUA_NOENV'))) path = undefined;
    let value: string;
    if (path === undefined) value = dft;
    else if (!has.pathDefaultOnce) value = gsub(gsub(path, ';;', ';\u0001;'), '\u0001', dft);
    else {
      const mark = path.indexOf(';;');
      if (mark < 0) value = path;
      else {
        value = '';
        if (mark > 0) value += path.slice(0, mark) + ';';
        value += dft;
        if (mark < path.length - 2) value += ';' + path.slice(mark + 2);
      }
    }
    P.setStr(field, value);
  };
  setPath('path', 'LUA_PATH', luaPath.join(';'));
  setPath('cpath', 'LUA_CPATH', cPath.join(';'));

  P.setStr('config', `/\n;\n?\n!\n-${has.packageSearchers ? '\n' : ''}`);
  P.setStr('loaded', loaded);
  P.setStr('preload', PRELOAD);
  if (has.packageSearchers) P.setStr('searchers', searchers);
  if (has.packageLoaders) P.setStr('loaders', searchers);
  register(P, 'package', fns);
  G.setStr('package', P);

  for (const name of STANDARD_LIBRARIES) {
    const t = name === '_G' ? G : G.getStr(name);
    if (t instanceof LuaTable && loaded.getStr(name) === undefined) loaded.setStr(name, t);
  }
  return P;
}
