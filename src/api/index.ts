/**
 * The embedding and sandbox API (docs/embedding.md): Vm and what goes with it.
 */
export {
  Vm, type VmHooks, type VmOptions, type HostFunction, type CheckedHostFunction, type HostFunctionOptions, type LimitOptions, type MemoryCapOptions,
} from './embed.js';
export { LuaError, LuaHaltError, type HaltReason } from './errors.js';
export { LuaArgs } from './args.js';
export { LuaRef, LuaTableRef, LuaFunctionRef, LuaUserdataRef, LuaThreadRef, type ToJsOptions } from './handles.js';
export { LuaClass, type LuaClassSpec } from './userdata.js';
export { CompileCache, sharedCompileCache, type CompileCacheOptions } from './cache.js';
export {
  decodeUtf8, encodeUtf8, isUtf8, bytesOf, bytesToLua, stringFromLua, luaFloat, numberToLua, bigintToLua, Utf8Error,
  type StringMode,
} from './convert.js';
