/**
 * Reading Lua source files as the official tools do: bytes, not text (each byte becomes
 * one char of a latin1 JS string), with luaL_loadfile's error messages.
 */
import { readFileSync } from 'node:fs';

export class SourceReadError extends Error {}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EMFILE: 'Too many open files',
};

/** The C strerror text for a Node.js system error. */
export function strerror(e: NodeJS.ErrnoException): string {
  return (e.code && ERRNO_TEXT[e.code]) ?? e.message;
}

/**
 * Reads a file (or standard input when `path` is null) as a byte string, with the chunk
 * name Lua gives it ('@path', or '=stdin').
 */
export function readSourceFile(path: string | null): { text: string; chunkName: string } {
  if (path === null) {
    let data: Buffer;
    try {
      data = readFileSync(0);
    } catch (e) {
      throw new SourceReadError(`cannot read stdin: ${strerror(e as NodeJS.ErrnoException)}`);
    }
    return { text: data.toString('latin1'), chunkName: '=stdin' };
  }
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const verb = err.code === 'EISDIR' ? 'read' : 'open';
    throw new SourceReadError(`cannot ${verb} ${path}: ${strerror(err)}`);
  }
  return { text: data.toString('latin1'), chunkName: `@${path}` };
}
