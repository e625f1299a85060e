/**
 * Reading the process's standard input as Lua bytes, blocking, for the hosts that give Lua
 * io.read on stdin (the embedding's nodeHost and the luna command).
 *
 * Invariant: returns '' only at end of input; a non-blocking stdin that is momentarily
 * empty (EAGAIN) is waited on, not reported as the end.
 */
import { readSync } from 'node:fs';

/** Up to `max` bytes of standard input (at least one unless at end), as a latin1 string. */
export function readStdinBytes(max: number): string {
  const buf = Buffer.alloc(Math.max(1, Math.min(max, 1 << 16)));
  for (;;) {
    try {
      const n = readSync(0, buf, 0, buf.length, null);
      return buf.toString('latin1', 0, n);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') return '';
      throw e;
    }
  }
}
