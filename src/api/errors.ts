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

  constructor(
    message: string,
    /** The error value, converted to JS (see the class comment). */
    readonly value: unknown,
    /** The error value as the runtime holds it. */
    readonly luaValue: unknown,
    options: { kind?: 'runtime' | 'syntax'; traceback?: string | null; cause?: unknown; internal?: InternalLuaError } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
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
 * (`reason 'budget'`), the wall-clock deadline (`'deadline'`), or os.exit (`'exit'`, with
 * `exitCode`). Lua code cannot catch these: pcall, xpcall, coroutine.resume and
 * to-be-closed variables let them through. (Running out of the memory cap is a Lua error,
 * "not enough memory", as in the official interpreter: pcall can catch it.)
 */
export class LuaHaltError extends Error {
  override readonly name: string = 'LuaHaltError';
  constructor(
    readonly reason: HaltReason,
    message: string,
    /** os.exit's status (0 for the other reasons). */
    readonly exitCode = 0,
    /** The Lua traceback where the VM stopped. */
    readonly luaTraceback: string | null = null,
    internal?: LuaHalt,
  ) {
    super(message);
    if (internal) INTERNAL.set(this, internal);
  }
}

/** The runtime error behind a public one, so a host function can let it through unchanged. */
const INTERNAL = new WeakMap<Error, InternalLuaError | LuaHalt>();

/** The internal error a public error was made from (undefined for other errors). */
export function internalOf(e: unknown): InternalLuaError | LuaHalt | undefined {
  return e instanceof Error ? INTERNAL.get(e) : undefined;
}
