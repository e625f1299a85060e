/**
 * Argument helpers for host functions, modelled on the official auxiliary library
 * (luaL_checkinteger, luaL_checkstring, luaL_optnumber, luaL_argerror...): the same checks
 * and the same messages ("bad argument #1 to 'clamp' (number expected, got nil)", with the
 * function named as the calling code named it, and methods renumbered).
 *
 * A LuaArgs is valid only during the call that received it.
 */
import {
  argError, argTypeName, checkAny, checkInteger, checkNumber, checkOption, checkString, luaError, typeError,
} from '../stdlib/aux.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, LuaUserdata, type LuaValue } from '../runtime/value.js';
import { bytesOf, encodeUtf8, stringFromLua, Utf8Error, type StringMode } from './convert.js';
import type { Vm } from './embed.js';
import type { LuaFunctionRef, LuaTableRef } from './handles.js';
import type { LuaClass } from './userdata.js';

/**
 * The arguments of a checked host function (Vm.registerChecked / createCheckedFunction), with
 * the auxiliary library's checks: each check converts one argument (1-based, as Lua counts)
 * or raises the official "bad argument" error naming the function as the caller named it.
 */
export class LuaArgs {
  constructor(
    private readonly vm: Vm,
    private readonly rt: Runtime,
    /** The host function being called (names it in messages when no call site does). */
    private readonly self: LuaCallable,
    /** The arguments as the runtime holds them. */
    readonly raw: LuaValue[],
    private readonly strings: StringMode,
  ) {}

  /** The number of arguments (lua_gettop). */
  get length(): number {
    return this.raw.length;
  }

  /** Argument n (1-based) converted to JS, or undefined when absent or nil. */
  get(n: number): unknown {
    return this.vm.fromLua(this.raw[n - 1], this.strings);
  }

  /** Whether argument n is absent or nil (lua_isnoneornil). */
  isNoneOrNil(n: number): boolean {
    return this.raw[n - 1] === undefined;
  }

  /** luaL_checkany: argument n must be present (nil counts). */
  checkAny(n: number): unknown {
    return this.vm.fromLua(checkAny(this.rt, this.self, this.raw, n), this.strings);
  }

  /** luaL_checknumber: a number (numeric strings converted) as a JS number. */
  checkNumber(n: number): number {
    const x = checkNumber(this.rt, this.self, this.raw, n);
    return typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : (x as LuaFloat).n;
  }

  /** luaL_optnumber. */
  optNumber(n: number, def: number): number {
    return this.raw[n - 1] === undefined ? def : this.checkNumber(n);
  }

  /**
   * luaL_checkinteger: an integer (integral floats and numeric strings converted; "number has
   * no integer representation" otherwise). Integers beyond ±(2^53-1) are refused with
   * "integer out of range" (use checkBigInt for the full 64 bits).
   */
  checkInteger(n: number): number {
    const i = checkInteger(this.rt, this.self, this.raw, n);
    if (typeof i === 'bigint') argError(this.rt, this.self, n, 'integer out of range');
    return i;
  }

  /** luaL_optinteger. */
  optInteger(n: number, def: number): number {
    return this.raw[n - 1] === undefined ? def : this.checkInteger(n);
  }

  /** An integer argument with its full 64-bit range, as a bigint. */
  checkBigInt(n: number): bigint {
    return BigInt(checkInteger(this.rt, this.self, this.raw, n));
  }

  /**
   * luaL_checkstring: a string (numbers converted, as lua_tolstring does) as JS text, decoded
   * as UTF-8; bytes that are not UTF-8 raise "bad argument #n to 'f' (string is not valid
   * UTF-8)". Use checkBytes or checkLatin1 for binary data.
   */
  checkString(n: number): string {
    const s = checkString(this.rt, this.self, this.raw, n);
    try {
      return stringFromLua(s, 'utf8') as string;
    } catch (e) {
      if (e instanceof Utf8Error) argError(this.rt, this.self, n, 'string is not valid UTF-8');
      throw e;
    }
  }

  /** luaL_optstring. */
  optString(n: number, def: string): string {
    return this.raw[n - 1] === undefined ? def : this.checkString(n);
  }

  /** A string argument's bytes. */
  checkBytes(n: number): Uint8Array {
    return bytesOf(checkString(this.rt, this.self, this.raw, n));
  }

  /** A string argument as the byte string itself (one char per byte). */
  checkLatin1(n: number): string {
    return checkString(this.rt, this.self, this.raw, n);
  }

  /** lua_toboolean: Lua's truth of argument n (absent is false). */
  toBoolean(n: number): boolean {
    const v = this.raw[n - 1];
    return v !== undefined && v !== false;
  }

  /** luaL_checktype(L, n, LUA_TTABLE). */
  checkTable(n: number): LuaTableRef {
    const v = this.raw[n - 1];
    if (!(v instanceof LuaTable)) typeError(this.rt, this.self, this.raw, n, 'table');
    return this.vm.fromLua(v) as LuaTableRef;
  }

  /** luaL_checktype(L, n, LUA_TFUNCTION). */
  checkFunction(n: number): LuaFunctionRef {
    const v = this.raw[n - 1];
    if (typeof v !== 'function') typeError(this.rt, this.self, this.raw, n, 'function');
    return this.vm.fromLua(v) as LuaFunctionRef;
  }

  /** luaL_checkoption: one of `options` (or `def` when absent); "invalid option 'x'" otherwise. */
  checkOption<T extends string>(n: number, def: T | null, options: readonly T[]): T {
    return checkOption(this.rt, this.self, this.raw, n, def, options) as T;
  }

  /** luaL_checkudata: the host object of a userdata of class `cls` ("Point expected, got table"). */
  checkUserdata<T extends object>(n: number, cls: LuaClass<T>): T {
    const v = this.raw[n - 1];
    if (!(v instanceof LuaUserdata) || v.metatable !== cls.metatable) typeError(this.rt, this.self, this.raw, n, encodeUtf8(cls.name));
    return v.data as T;
  }

  /** The type name of argument n as messages give it (__name honoured; "no value" when absent). */
  typeName(n: number): string {
    return argTypeName(this.rt, this.raw, n);
  }

  /** luaL_argerror: raises "bad argument #n to 'f' (msg)". */
  argError(n: number, msg: string): never {
    argError(this.rt, this.self, n, encodeUtf8(msg));
  }

  /** luaL_typeerror: raises "bad argument #n to 'f' (expected expected, got type)". */
  typeError(n: number, expected: string): never {
    typeError(this.rt, this.self, this.raw, n, encodeUtf8(expected));
  }

  /** luaL_error: raises a message prefixed with the position of the calling Lua code. */
  error(msg: string): never {
    luaError(this.rt, encodeUtf8(msg), this.self);
  }
}
