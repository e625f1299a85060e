/**
 * The errors the embedding API throws to its host. They are real `Error`s (stack traces,
 * `instanceof Error`), unlike the runtime's internal LuaError and LuaHalt, which are
 * plain objects so that error-heavy Lua code does not pay for a JS stack trace on every
 * `error()`. The API wraps the internal ones at its boundary (Vm.callValue, callAsync,
 * load) and unwraps them when a host function lets one through back into Lua.
 */
import { LuaError as InternalLuaError, LuaHalt } from '../runtime/errors.js';

/** Why a VM stopped running Lua code: see LuaHaltError. */
export type HaltReason = 'budget' | 'deadline' | 'memory' | 'exit';

/**
 * A Lua error that reached the host: a runtime error (`error(...)`, a failed operation),
 * or a chunk that did not compile (`kind === 'syntax'`).
 *
 * `value` is the Lua error value converted to JS with the VM's conversions (a string, a
 * number, a LuaTableRef...), except that a string that is not valid UTF-8 is given as a
 * `Uint8Array` of its bytes rather than refused. `luaValue` is the untouched runtime
 * value. `message` is the normalised text (Vm.errorText). `luaTraceback` is the Lua
 * stack at the point of the error (also returned once by Vm.takeErrorTraceback); the
 * error's `stack` shows it between the message and the JS frames.
 */
export class LuaError extends Error {
  override readonly name: string = 'LuaError';
  /** 'syntax' for a chunk that failed to compile, 'runtime' otherwise. */
  readonly kind: 'runtime' | 'syntax';
  /** The Lua traceback of the error (null for syntax errors). */
  readonly luaTraceback: string | null;

  /** The error value, converted to JS (see the class comment). */
  readonly value: unknown;
  /** The error value as the runtime holds it. */
  readonly luaValue: unknown;

  constructor(
    message: string,
    value: unknown,
    luaValue: unknown,
    options: { kind?: 'runtime' | 'syntax'; traceback?: string | null; cause?: unknown; internal?: InternalLuaError } = {},
  ) {
    const limit = shortStacks();
    try {
      super(message, options.cause === undefined ? undefined : { cause: options.cause });
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.value = value;
    this.luaValue = luaValue;
    this.kind = options.kind ?? 'runtime';
    this.luaTraceback = options.traceback ?? null;
    if (options.internal) INTERNAL.set(this, options.internal);
    if (this.luaTraceback !== null && typeof this.stack === 'string') {
      const at = this.stack.indexOf('\n    at ');
      const head = at < 0 ? this.stack : this.stack.slice(0, at);
      const tail = at < 0 ? '' : this.stack.slice(at);
      this.stack = `${head}\n${this.luaTraceback}${tail}`;
    }
  }
}

/**
 * The VM was stopped by a limit the host set, or by os.exit: the instruction budget
 * (`reason 'budget'`), the wall-clock deadline (`'deadline'`), the memory cap (`'memory'`,
 * unless the cap was set `catchable`), or os.exit (`'exit'`, with `exitCode`). Lua code
 * cannot catch these: pcall, xpcall, coroutine.resume and to-be-closed variables let them
 * through.
 */
export class LuaHaltError extends Error {
  override readonly name: string = 'LuaHaltError';
  /** Why the VM stopped. */
  readonly reason: HaltReason;
  /** os.exit's status (0 for the other reasons). */
  readonly exitCode: number;
  /** The Lua traceback where the VM stopped. */
  readonly luaTraceback: string | null;

  constructor(reason: HaltReason, message: string, exitCode = 0, luaTraceback: string | null = null, internal?: LuaHalt) {
    const limit = shortStacks();
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.reason = reason;
    this.exitCode = exitCode;
    this.luaTraceback = luaTraceback;
    if (internal) INTERNAL.set(this, internal);
  }
}

/**
 * Caps the JS stack an error captures (returns the limit to restore): an error crossing
 * nested JS -> Lua -> JS levels is rebuilt at each level, and a host (or a test runner)
 * with an unlimited Error.stackTraceLimit would make each capture as deep as the stack.
 */
function shortStacks(): number {
  const limit = Error.stackTraceLimit;
  if (!(limit <= 32)) Error.stackTraceLimit = 32;
  return limit;
}

/** The runtime error behind a public one, so a host function can let it through unchanged. */
const INTERNAL = new WeakMap<Error, InternalLuaError | LuaHalt>();

/** The internal error a public error was made from (undefined for other errors). */
export function internalOf(e: unknown): InternalLuaError | LuaHalt | undefined {
  return e instanceof Error ? INTERNAL.get(e) : undefined;
}
