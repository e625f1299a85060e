/**
 * Node's built-in modules that `luna` needs only on some paths, loaded when first needed:
 * a script run on the main thread without a terminal never loads node:v8, node:tty or
 * node:worker_threads (with the streams they bring, about 18 ms of every start measured
 * on Node 20).
 */
import { fstatSync } from 'node:fs';

type GetBuiltin = (id: string) => unknown;
const getBuiltinModule = (process as { getBuiltinModule?: GetBuiltin }).getBuiltinModule;

/** A built-in module: synchronously where Node has process.getBuiltinModule (20.16+). */
export async function builtin<T>(id: string): Promise<T> {
  return (getBuiltinModule ? getBuiltinModule(id) : await import(id)) as T;
}

/**
 * A synchronous loader of built-in modules (a `require` for code that needs only those):
 * process.getBuiltinModule, or on older Node a require made by node:module for `from`.
 */
export async function builtinLoader(from: string): Promise<(id: string) => unknown> {
  return getBuiltinModule ?? (await builtin<typeof import('node:module')>('node:module')).createRequire(from);
}

/**
 * Whether a file descriptor may be a terminal, from fstat alone: a terminal is a character
 * device, and on Linux not one of the memory devices (major 1: /dev/null, /dev/zero, ...).
 * False is certain; true must be confirmed with node:tty.
 */
function mayBeTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    return !(process.platform === 'linux' && ((st.rdev >> 8) & 0xfff) === 1);
  } catch {
    return false; // closed
  }
}

/** Whether each of the file descriptors is a terminal (node:tty is loaded only when one may be). */
export async function terminals(fds: number[]): Promise<boolean[]> {
  const maybe = fds.map(mayBeTerminal);
  if (!maybe.includes(true)) return maybe;
  const { isatty } = await builtin<typeof import('node:tty')>('node:tty');
  return fds.map((fd, i) => maybe[i]! && isatty(fd));
}
