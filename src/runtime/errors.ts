/**
 * Lua errors as JS exceptions, and the runtime error messages of each dialect.
 *
 * Invariant: a Lua error is thrown as a LuaError carrying the Lua error value untouched
 * (any type). LuaError does not extend Error: capturing a JS stack trace for every Lua
 * error would make error-heavy Lua code slow; the embedding API wraps it into a real
 * Error at the boundary. Message texts follow ldebug.c/lauxlib.c of each version; the
 * variable description ("global 'x'") is computed by the compiler.
 */
import type { LuaValue } from './value.js';

/**
 * Whether a host exception is V8 running out of JS stack: a RangeError, or a SyntaxError
 * when the overflow came while V8 compiled a regular expression ("Invalid regular
 * expression: /.../: Maximum call stack size exceeded"). No regular expression here: this
 * runs with the stack nearly full, and V8 compiles a regular expression on its first use
 * (out of stack there, it may even abort the process).
 */
export function isHostStackOverflow(e: unknown): boolean {
  return (e instanceof RangeError || e instanceof SyntaxError) && e.message.includes('call stack size exceeded');
}

export class LuaError {
  /** The traceback captured when the error was raised (filled in by the runtime when wanted). */
  traceback: string | null = null;
  /**
   * Who raised it: the native function (a C function in PUC terms; it shows as the top
   * "[C]: in function 'error'" level of a traceback), null for Lua code (operators,
   * stack overflow), undefined when unknown (a native that did not say).
   */
  native: unknown = undefined;
  /**
   * Whether the active message handler has run on it (then `value` is what the handler
   * made of the error): it runs where the error is raised, before to-be-closed variables
   * are closed (support.ts handledError), and whoever catches the error uses that value.
   */
  handled = false;
  constructor(public value: LuaValue, native?: unknown) {
    if (native !== undefined) this.native = native;
  }
}

/** Thrown when an instruction budget, a deadline or a hard limit stops the VM (not catchable by pcall). */
export class LuaHalt {
  constructor(readonly reason: 'budget' | 'deadline' | 'memory' | 'exit', readonly message: string, readonly code = 0) {}
}

/**
 * 5.5's coroutine.close() of the running coroutine: unwinds the coroutine (no pcall in it
 * catches this, as with every halt) while its to-be-closed variables are closed, and ends at
 * the coroutine's resume, which returns. An error from a closing method is kept here: the
 * later ones get it, and the resume returns it.
 */
export class CloseRunning extends LuaHalt {
  failed = false;
  error: LuaValue = undefined;
  constructor(readonly co: object) {
    super('exit', 'coroutine closed itself');
  }
}

/** Style of type errors: 5.1/5.2 name the variable first, 5.3+ append it in parentheses. */
export type TypeErrorStyle = 'variable-first' | 'variable-last';

/**
 * "attempt to <op> a <type> value (<desc>)" (5.3+) or "attempt to <op> <desc> (a <type> value)"
 * (5.1/5.2); `desc` is like "global 'x'" or empty when the value has no name.
 */
export function typeErrorText(op: string, typeName: string, desc: string | null, style: TypeErrorStyle): string {
  if (!desc) return `attempt to ${op} a ${typeName} value`;
  return style === 'variable-first' ? `attempt to ${op} ${desc} (a ${typeName} value)` : `attempt to ${op} a ${typeName} value (${desc})`;
}
