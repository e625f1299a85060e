/**
 * The io library (liolib's role): file handles over C-like buffered streams, the default
 * input and output files, io.lines iterators, popen and tmpfile.
 *
 * Invariants:
 * - A file handle is a LuaUserdata whose data is a FileHandle (luaL_Stream): a Stream and
 *   how to close it. `closef === null` means "closed file"; the standard files close with
 *   'std', which refuses ("cannot close standard file") and keeps them open.
 * - A Stream behaves like a glibc FILE: a read buffer or a write buffer (never both with
 *   data), a logical position = device position - unread bytes + unwritten bytes, sticky
 *   error and end-of-file flags that every read call clears first (clearerr), and the
 *   buffering modes of setvbuf ('full' writes out whole buffers, 'line' up to the last
 *   newline, 'no' at once). Bytes are latin1 strings on the Lua side and Buffers below.
 * - io.stdout and io.stderr write through the host (host.write, host.writeErr) without a
 *   buffer of their own, so print and io.write stay in order; io.stdin reads
 *   host.readStdin. Regular files use node:fs synchronously with positioned reads and
 *   writes (the stream keeps the offset, as lseek would).
 * - Open streams with pending output are flushed when the process exits (stdio's exit()
 *   flush) and when a handle is garbage collected (its '__gc').
 * - io.popen runs the command synchronously: a 'r' command runs to completion when opened
 *   and its output is then read from memory; a 'w' command runs when its handle is closed
 *   (or at exit), receiving everything written. Its standard error (and, for 'w', its
 *   standard output) go straight to the process's own.
 */
import type { spawnSync } from 'node:child_process';
import { childProcess } from './host-modules.js';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { strtod } from '../../grammar/numerals.js';
import { chargeString, LARGE_STRING, SIZE } from '../runtime/alloc.js';
import { LuaError } from '../runtime/errors.js';
import { formatG, isNumber, POS_NAN, numberToString, stringToNumber, toFloat, type LuaNumber } from '../runtime/numbers.js';
import { addressOf } from '../runtime/ops.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, LuaUserdata, type LuaValue } from '../runtime/value.js';
import {
  argError, checkAny, checkInt, checkInteger, checkNumber, checkOption, checkString, luaError, optString, register, typeError,
  type Native,
} from './aux.js';
import { noteMetatable } from './base.js';
import type { BaseHost } from './base.js';
import { errnoOf } from './os.js';

// ===================================================================== errors of the C library

/** errno numbers and glibc's strerror texts for the errors file operations meet. */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'], ENOENT: [2, 'No such file or directory'], EIO: [5, 'Input/output error'],
  ENXIO: [6, 'No such device or address'], EBADF: [9, 'Bad file descriptor'], EAGAIN: [11, 'Resource temporarily unavailable'],
  ENOMEM: [12, 'Cannot allocate memory'], EACCES: [13, 'Permission denied'], EBUSY: [16, 'Device or resource busy'],
  EEXIST: [17, 'File exists'], ENODEV: [19, 'No such device'], ENOTDIR: [20, 'Not a directory'], EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'], ENFILE: [23, 'Too many open files in system'], EMFILE: [24, 'Too many open files'],
  ETXTBSY: [26, 'Text file busy'], EFBIG: [27, 'File too large'], ENOSPC: [28, 'No space left on device'],
  ESPIPE: [29, 'Illegal seek'], EROFS: [30, 'Read-only file system'], EPIPE: [32, 'Broken pipe'],
  ENAMETOOLONG: [36, 'File name too long'], ELOOP: [40, 'Too many levels of symbolic links'],
  EOVERFLOW: [75, 'Value too large for defined data type'],
};

/** An error of the C library: its errno name ('ENOENT'). */
export class CError {
  constructor(readonly code: string) {}
}

/** The errno number and strerror text of a thrown Node or C error. */
export function errorInfo(e: unknown): { errno: number; text: string } {
  const code = e instanceof CError ? e.code : (e as NodeJS.ErrnoException | null)?.code;
  const known = code === undefined ? undefined : ERRNO[code];
  if (known) return { errno: known[0], text: known[1] };
  const { text, errno } = errnoOf(e);
  return { errno, text };
}

/** A string as C sees it: up to its first NUL (file names, commands). */
export function cstr(s: string): string {
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
}

// ===================================================================== devices

/** Told the size of a read's result so far as it grows (the collector's memory-cap check). */
type Grow = (bytes: number) => void;

/** What a stream reads from and writes to (a file descriptor, the host, a child's output). */
interface Device {
  /** Positions exist (lseek works); otherwise seeks fail with ESPIPE. */
  readonly seekable: boolean;
  /** Reads up to len bytes at the current position; 0 at end of file. Throws on errors. */
  read(buf: Buffer, off: number, len: number): number;
  /** Writes all the bytes at the current position (or the end, in append mode). Throws on errors. */
  write(data: Buffer): void;
  /** The current position (seekable devices). */
  pos: number;
  /** The size of the file (seekable devices). */
  size(): number;
  close(): void;
  /** Preferred buffer size (st_blksize). */
  readonly blksize: number;
}

/** A file descriptor opened by io.open/io.tmpfile. */
class FdDevice implements Device {
  pos = 0;
  readonly seekable: boolean;
  readonly blksize: number;
  constructor(readonly fd: number, readonly append: boolean) {
    const st = fstatSync(fd);
    this.seekable = !(st.isFIFO() || st.isSocket() || st.isCharacterDevice());
    this.blksize = st.blksize > 0 ? st.blksize : 4096;
  }
  read(buf: Buffer, off: number, len: number): number {
    const n = readSync(this.fd, buf, off, len, this.seekable ? this.pos : null);
    this.pos += n;
    return n;
  }
  write(data: Buffer): void {
    let done = 0;
    const positioned = this.seekable && !this.append;
    while (done < data.length) done += writeSync(this.fd, data, done, data.length - done, positioned ? this.pos + done : null);
    if (this.append && this.seekable) this.pos = this.size();
    else this.pos += data.length;
  }
  size(): number {
    return fstatSync(this.fd).size;
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Standard input through the host. */
class HostInput implements Device {
  readonly seekable = false;
  readonly blksize = 4096;
  pos = 0;
  constructor(private readonly host: BaseHost) {}
  read(buf: Buffer, off: number, len: number): number {
    const s = this.host.readStdin(len);
    return buf.write(s, off, Math.min(len, s.length), 'latin1');
  }
  write(): void {
    throw new CError('EBADF');
  }
  size(): number {
    return 0;
  }
  close(): void {}
}

/** Standard output or error through the host (which buffers standard output itself). */
class HostOutput implements Device {
  readonly seekable = false;
  readonly blksize = 4096;
  pos = 0;
  constructor(private readonly out: (s: string) => void) {}
  read(): number {
    throw new CError('EBADF');
  }
  write(data: Buffer): void {
    this.out(data.toString('latin1'));
  }
  size(): number {
    return 0;
  }
  close(): void {}
}

/** The output of a finished command (io.popen 'r'). */
class BytesInput implements Device {
  readonly seekable = false;
  readonly blksize = 4096;
  pos = 0;
  private at = 0;
  constructor(private readonly data: Buffer) {}
  read(buf: Buffer, off: number, len: number): number {
    const n = Math.min(len, this.data.length - this.at);
    this.data.copy(buf, off, this.at, this.at + n);
    this.at += n;
    return n;
  }
  write(): void {
    throw new CError('EBADF');
  }
  size(): number {
    return 0;
  }
  close(): void {}
}

/** The input of a command to run at close (io.popen 'w'). */
class CommandInput implements Device {
  readonly seekable = false;
  readonly blksize = 4096;
  pos = 0;
  readonly chunks: Buffer[] = [];
  read(): number {
    throw new CError('EBADF');
  }
  write(data: Buffer): void {
    this.chunks.push(Buffer.from(data));
  }
  size(): number {
    return 0;
  }
  close(): void {}
}

// ===================================================================== streams

const EOF = -1;
export type BufferMode = 'no' | 'full' | 'line';

/** Streams with unwritten output, flushed at process exit. */
const openStreams = new Set<Stream>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled || typeof process === 'undefined') return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const s of [...openStreams]) s.atExit();
  });
}

/** Handles collected while open are flushed and closed (their '__gc' would have done it). */
const finalizer = new FinalizationRegistry<Stream>((s) => {
  if (!s.closed) s.close();
});

/** A buffered stream with the behaviour of a glibc FILE (see the file comment). */
export class Stream {
  closed = false;
  eof = false;
  error: unknown = null;
  mode: BufferMode = 'full';
  private rbuf: Buffer | null = null;
  private rpos = 0;
  private rlen = 0;
  private wbuf: Buffer | null = null;
  private wlen = 0;
  /** In put mode (glibc's _IO_CURRENTLY_PUTTING): written since the last read or seek. */
  private putting = false;
  private readonly bufSize: number;
  /** Called when the process exits with the stream still open (flush; popen 'w': run the command). */
  onExit: (() => void) | null = null;

  constructor(
    readonly dev: Device,
    readonly readable: boolean,
    readonly writable: boolean,
    /** Standard output/error: no buffer here, the host buffers (flush policy per mode). */
    readonly direct: ((mode: BufferMode, data: string) => void) | null = null,
  ) {
    this.bufSize = dev.blksize;
    if (!direct && writable) openStreams.add(this);
  }

  clearerr(): void {
    this.error = null;
    this.eof = false;
  }

  private fail(e: unknown): false {
    this.error = e;
    return false;
  }

  // ---------------------------------------------------------------- reading

  /** Refills the read buffer; false at end of file or on error. */
  private fill(): boolean {
    // switching to reading flushes pending output first (glibc's __uflow)
    if (this.wlen > 0 && !this.flushWrites()) return false;
    this.putting = false;
    if (!this.readable) return this.fail(new CError('EBADF'));
    if (this.eof) return false;
    const size = this.mode === 'no' ? 1 : this.bufSize;
    if (this.rbuf === null || this.rbuf.length < size) this.rbuf = Buffer.allocUnsafe(size);
    let n: number;
    try {
      n = this.dev.read(this.rbuf, 0, size);
    } catch (e) {
      this.rpos = this.rlen = 0;
      return this.fail(e);
    }
    this.rpos = 0;
    this.rlen = n;
    if (n === 0) {
      this.eof = true;
      return false;
    }
    return true;
  }

  getc(): number {
    if (this.rpos < this.rlen) return this.rbuf![this.rpos++]!;
    if (!this.fill()) return EOF;
    return this.rbuf![this.rpos++]!;
  }

  /** Pushes back the character just read (no-op for EOF). */
  ungetc(c: number): void {
    if (c !== EOF && this.rpos > 0) this.rpos--;
  }

  /**
   * fread: up to n bytes (fewer at end of file or on error). `grow` is told the size read so
   * far each time it passes LARGE_STRING and then each quarter more (a memory cap's check).
   */
  read(n: number, grow?: Grow): string {
    const parts: string[] = [];
    let want = n;
    let got = 0;
    let next = LARGE_STRING;
    while (want > 0) {
      if (this.rpos >= this.rlen && !this.fill()) break;
      const take = Math.min(want, this.rlen - this.rpos);
      parts.push(this.rbuf!.toString('latin1', this.rpos, this.rpos + take));
      this.rpos += take;
      want -= take;
      got += take;
      if (got > next && grow !== undefined) {
        grow(got);
        next = got + (got >> 2);
      }
    }
    return parts.length === 1 ? parts[0]! : parts.join('');
  }

  /** Everything up to the end of file. */
  readAll(grow?: Grow): string {
    return this.read(Infinity, grow);
  }

  /**
   * Characters up to and including the next '\n' (or to the end of file), at most `max`
   * bytes; '' only at end of file.
   */
  readUntilNewline(max: number, grow?: Grow): string {
    const parts: string[] = [];
    let got = 0;
    let next = LARGE_STRING;
    while (got < max) {
      if (got > next && grow !== undefined) {
        grow(got);
        next = got + (got >> 2);
      }
      if (this.rpos >= this.rlen && !this.fill()) break;
      const buf = this.rbuf!;
      const limit = Math.min(this.rlen, this.rpos + (max - got));
      let end = buf.indexOf(10, this.rpos);
      const found = end >= 0 && end < limit;
      end = found ? end + 1 : limit;
      parts.push(buf.toString('latin1', this.rpos, end));
      got += end - this.rpos;
      this.rpos = end;
      if (found) break;
    }
    return parts.join('');
  }

  // ---------------------------------------------------------------- writing

  /**
   * fwrite: true when every byte was accepted. Follows glibc's _IO_new_file_xsputn: fill
   * the buffer (a line-buffered stream only up to its last newline, and only once it is in
   * put mode), then flush it, write whole blocks directly and buffer the remainder (which a
   * line-buffered stream flushes up to its last newline).
   */
  write(s: string): boolean {
    if (s.length === 0) return true;
    if (!this.writable) return this.fail(new CError('EBADF'));
    if (this.direct) {
      try {
        this.direct(this.mode, s);
        return true;
      } catch (e) {
        return this.fail(e);
      }
    }
    // fast path: the text fits in the buffer of a stream already writing
    if (this.putting && s.length <= this.bufSize - this.wlen && (this.mode === 'full' || (this.mode === 'line' && s.indexOf('\n') < 0))) {
      this.wbuf!.write(s, this.wlen, 'latin1');
      this.wlen += s.length;
      return true;
    }
    if (this.rlen > 0) this.dropReadBuffer();
    const data = Buffer.from(s, 'latin1');
    if (this.mode === 'no') {
      this.putting = true;
      return this.flushWrites() && this.writeOut(data);
    }
    if (this.wbuf === null) this.wbuf = Buffer.allocUnsafe(this.bufSize);
    const n = data.length;
    let count = this.putting ? this.bufSize - this.wlen : 0;
    let mustFlush = false;
    if (this.mode === 'line' && this.putting && count >= n) {
      const nl = data.lastIndexOf(10);
      if (nl >= 0) {
        count = nl + 1;
        mustFlush = true;
      }
    }
    this.putting = true;
    let from = Math.min(count, n);
    data.copy(this.wbuf, this.wlen, 0, from);
    this.wlen += from;
    let rest = n - from;
    if (rest === 0 && !mustFlush) return true;
    if (!this.flushWrites()) return false;
    const block = this.bufSize;
    const direct = rest - (block >= 128 ? rest % block : 0);
    if (direct > 0) {
      if (!this.writeOut(data.subarray(from, from + direct))) return false;
      from += direct;
      rest -= direct;
    }
    if (rest > 0) {
      data.copy(this.wbuf, 0, from, from + rest);
      this.wlen = rest;
      if (this.mode === 'line') {
        const nl = data.lastIndexOf(10);
        if (nl >= from) {
          const upto = nl + 1 - from;
          const tail = this.wlen - upto;
          const out = Buffer.from(this.wbuf.subarray(0, upto));
          this.wbuf.copy(this.wbuf, 0, upto, this.wlen);
          this.wlen = tail;
          return this.writeOut(out);
        }
      }
    }
    return true;
  }

  private writeOut(data: Buffer): boolean {
    try {
      this.dev.write(data);
      return true;
    } catch (e) {
      return this.fail(e);
    }
  }

  /** Writes out the buffered output. */
  private flushWrites(): boolean {
    if (this.wlen === 0) return true;
    const data = this.wbuf!.subarray(0, this.wlen);
    this.wlen = 0;
    return this.writeOut(data);
  }

  /** Gives back unread buffered input (the device goes back to the logical position). */
  private dropReadBuffer(): void {
    const unread = this.rlen - this.rpos;
    if (unread > 0 && this.dev.seekable) this.dev.pos -= unread;
    this.rpos = this.rlen = 0;
  }

  /** fflush. */
  flush(): boolean {
    if (this.direct) {
      try {
        this.direct('no', '');
        return true;
      } catch (e) {
        return this.fail(e);
      }
    }
    return this.flushWrites();
  }

  // ---------------------------------------------------------------- positioning

  /** fseek + ftell: the new position, or a CError. */
  seek(whence: 'set' | 'cur' | 'end', offset: number): number | CError {
    if (this.direct) return new CError('ESPIPE');
    if (!this.flushWrites()) return this.asCError();
    if (!this.dev.seekable) return new CError('ESPIPE');
    let base: number;
    if (whence === 'set') base = 0;
    else if (whence === 'cur') base = this.dev.pos - (this.rlen - this.rpos);
    else base = this.dev.size();
    const target = base + offset;
    if (target < 0 || !Number.isFinite(target)) return new CError('EINVAL');
    this.rpos = this.rlen = 0;
    this.putting = false;
    this.dev.pos = target;
    this.eof = false;
    return target;
  }

  private asCError(): CError {
    const e = this.error;
    if (e instanceof CError) return e;
    const code = (e as NodeJS.ErrnoException | null)?.code;
    return new CError(code ?? 'EIO');
  }

  setvbuf(mode: BufferMode): boolean {
    if (!this.direct && this.mode !== mode && !this.flushWrites()) return false;
    this.mode = mode;
    return true;
  }

  // ---------------------------------------------------------------- closing

  /** fclose: flushes and closes the device; false (with `error`) when either fails. */
  close(): boolean {
    if (this.closed) return true;
    this.closed = true;
    openStreams.delete(this);
    let ok = this.flushWrites();
    try {
      this.dev.close();
    } catch (e) {
      if (ok) ok = this.fail(e);
    }
    return ok;
  }

  /** At process exit: what exit()'s flush of all streams does. */
  atExit(): void {
    if (this.closed) return;
    if (this.onExit) this.onExit();
    else this.flushWrites();
  }
}

/** Flushes every open output stream (fflush(NULL), before popen). */
function flushAll(): void {
  for (const s of openStreams) if (!s.closed && s.writable && !s.onExit) s.flush();
}

// ===================================================================== opening files

/** open(2) flags for an fopen mode as glibc parses it: [rwa] then up to 6 of '+', 'x', 'b'... */
function fopenFlags(mode: string): { flags: number; read: boolean; write: boolean; append: boolean } | null {
  const c = fsConstants;
  let flags: number;
  let read = false;
  let write = false;
  let append = false;
  switch (mode[0]) {
    case 'r': flags = c.O_RDONLY; read = true; break;
    case 'w': flags = c.O_WRONLY | c.O_CREAT | c.O_TRUNC; write = true; break;
    case 'a': flags = c.O_WRONLY | c.O_CREAT | c.O_APPEND; write = true; append = true; break;
    default: return null;
  }
  for (let i = 1; i < 7 && i < mode.length; i++) {
    const ch = mode[i];
    if (ch === '+') {
      flags = (flags & ~(c.O_RDONLY | c.O_WRONLY)) | c.O_RDWR;
      read = write = true;
    } else if (ch === 'x') flags |= c.O_EXCL;
    else if (ch === ',') break;
  }
  return { flags, read, write, append };
}

/** fopen: a stream, or a CError/Node error. */
function fopen(path: string, mode: string): Stream | unknown {
  const m = fopenFlags(mode);
  if (m === null) return new CError('EINVAL');
  let fd: number;
  try {
    fd = openSync(Buffer.from(path, 'latin1'), m.flags, 0o666);
  } catch (e) {
    return e;
  }
  const dev = new FdDevice(fd, m.append);
  // "a" starts at the end (glibc seeks there when the stream cannot read)
  if (m.append && !m.read && dev.seekable) dev.pos = dev.size();
  return new Stream(dev, m.read, m.write);
}

/** glibc's popen mode check: 'r' or 'w' (not both), optionally 'e'. */
function popenModeValid(mode: string): boolean {
  let r = false;
  let w = false;
  for (const ch of mode) {
    if (ch === 'r') r = true;
    else if (ch === 'w') w = true;
    else if (ch !== 'e') return false;
  }
  return r !== w;
}

// ===================================================================== file handles

type CloseKind = 'file' | 'popen' | 'std';

/** The data of a Lua file handle (luaL_Stream). */
export class FileHandle {
  closef: CloseKind | null;
  /** popen: the command's status, once it ran. */
  status: { code: number; signal: number } | null = null;
  constructor(readonly stream: Stream, closef: CloseKind) {
    this.closef = closef;
  }
}

/** The glibc wait status of a finished child (signal number, or exit code). */
function childStatus(r: ReturnType<typeof spawnSync>): { code: number; signal: number } {
  if (r.signal) return { code: 0, signal: (osConstants.signals as Record<string, number>)[r.signal] ?? 0 };
  return { code: r.status ?? 0, signal: 0 };
}

// ===================================================================== reading formats

/** LUAL_BUFFERSIZE of the Debian builds (fgets chunks in 5.1/5.2). */
const LUAL_BUFFERSIZE = 8192;
/** L_MAXLENNUM: the longest numeral 'n' reads (5.3+). */
const MAXLENNUM = 200;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isXDigit = (c: number): boolean => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);

/** read_line: a line (5.3+: getc until '\n'); success when a '\n' or something was read. */
function readLine(f: Stream, chop: boolean, fgets: boolean, grow?: Grow): { value: string; ok: boolean } {
  if (!fgets) {
    const s = f.readUntilNewline(Infinity, grow);
    const nl = s.endsWith('\n');
    return { value: nl && chop ? s.slice(0, -1) : s, ok: s.length > 0 };
  }
  // 5.1/5.2: fgets chunks of LUAL_BUFFERSIZE - 1 characters, each cut at its first NUL (strlen)
  let acc = '';
  let next = LARGE_STRING;
  for (;;) {
    const chunk = f.readUntilNewline(LUAL_BUFFERSIZE - 1);
    if (chunk.length === 0) return { value: acc, ok: acc.length > 0 };
    if (acc.length > next && grow !== undefined) {
      grow(acc.length);
      next = acc.length + (acc.length >> 2);
    }
    const nul = chunk.indexOf('\0');
    const p = nul >= 0 ? chunk.slice(0, nul) : chunk;
    if (p.length === 0 || !p.endsWith('\n')) acc += p;
    else return { value: acc + (chop ? p.slice(0, -1) : p), ok: true };
  }
}

/** read_number of 5.3+: the longest prefix of a numeral (at most 200 chars), then lua_stringtonumber. */
function readNumeral(f: Stream): LuaNumber | undefined {
  let buff = '';
  let c = f.getc();
  let overflow = false;
  const nextc = (): boolean => {
    if (overflow || buff.length >= MAXLENNUM) {
      overflow = true;
      return false;
    }
    buff += String.fromCharCode(c);
    c = f.getc();
    return true;
  };
  const test2 = (a: number, b: number): boolean => (c === a || c === b ? nextc() : false);
  const readDigits = (hex: boolean): number => {
    let n = 0;
    while ((hex ? isXDigit(c) : isDigit(c)) && nextc()) n++;
    return n;
  };
  while (isSpace(c)) c = f.getc();
  let count = 0;
  let hex = false;
  test2(45, 43); // - +
  if (test2(48, 48)) { // 0
    if (test2(120, 88)) hex = true; // x X
    else count = 1;
  }
  count += readDigits(hex);
  if (test2(46, 46)) count += readDigits(hex); // .
  if (count > 0 && (hex ? test2(112, 80) : test2(101, 69))) { // p P / e E
    test2(45, 43);
    readDigits(false);
  }
  f.ungetc(c);
  if (overflow) return undefined;
  return stringToNumber(buff, 'lua53');
}

/** read_number of 5.1/5.2: glibc's fscanf("%lf"); consumed characters stay consumed. */
function scanDouble(f: Stream): LuaNumber | undefined {
  let c = f.getc();
  while (isSpace(c)) c = f.getc();
  if (c === EOF) return undefined;
  let buf = '';
  const add = (): void => {
    buf += String.fromCharCode(c);
  };
  const lower = (x: number): number => (x >= 65 && x <= 90 ? x + 32 : x);
  if (c === 45 || c === 43) {
    add();
    c = f.getc();
    if (c === EOF) return undefined;
  }
  // "nan", "inf", "infinity": a mismatch consumes the offending character
  const word = (w: string): boolean => {
    for (let i = 0; i < w.length; i++) {
      if (i > 0) c = f.getc();
      if (lower(c) !== w.charCodeAt(i)) return false;
      add();
    }
    return true;
  };
  if (lower(c) === 110) { // n
    if (!word('nan')) return undefined;
    // glibc's strtod gives "nan" a clear sign bit and "-nan" a set one
    return buf[0] === '-' ? NaN : POS_NAN;
  }
  if (lower(c) === 105) { // i
    if (!word('inf')) return undefined;
    c = f.getc();
    if (lower(c) === 105) {
      if (!word('inity')) return undefined;
    } else f.ungetc(c);
    return strtod(buf).value;
  }
  let expChar = 101; // e
  let hex = false;
  let gotDigit = false;
  let gotDot = false;
  let gotE = false;
  if (c === 48) { // 0
    add();
    c = f.getc();
    if (lower(c) === 120) { // x
      add();
      hex = true;
      expChar = 112; // p
      c = f.getc();
    } else gotDigit = true;
  }
  const signLen = buf.length > 0 && (buf[0] === '-' || buf[0] === '+') ? 1 : 0;
  for (;;) {
    if (c === EOF) break;
    if (isDigit(c) || (!gotE && hex && isXDigit(c))) {
      add();
      gotDigit = true;
    } else if (gotE && buf.charCodeAt(buf.length - 1) === expChar && (c === 45 || c === 43)) add();
    else if (gotDigit && !gotE && lower(c) === expChar) {
      buf += String.fromCharCode(expChar);
      gotE = gotDot = true;
    } else if (!gotDot && c === 46) {
      add();
      gotDot = true;
    } else {
      f.ungetc(c);
      break;
    }
    c = f.getc();
  }
  if (buf.length - signLen === 0 || (hex && buf.length - signLen === 2)) return undefined;
  const r = strtod(buf, 0, false);
  if (r.end === 0) return undefined;
  return r.value;
}

// ===================================================================== the library

export function openIo(rt: Runtime, G: LuaTable, host: BaseHost): LuaTable {
  const has = rt.dialect.has;
  installExitHook();

  const MT = new LuaTable();
  rt.registry.setStr('FILE*', MT);
  if (has.metatableNameField) MT.setStr('__name', 'FILE*');

  const newHandle = (stream: Stream, closef: CloseKind): LuaUserdata => {
    const u = new LuaUserdata(new FileHandle(stream, closef));
    u.metatable = MT;
    noteMetatable(rt, u, MT);
    if (closef !== 'std') finalizer.register(u, stream);
    return u;
  };

  // ---- standard files
  const stdoutFlush = (mode: BufferMode, data: string): void => {
    if (data) host.write(data);
    if (mode === 'no' || (mode === 'line' && data.includes('\n'))) host.flush();
  };
  const stdinH = newHandle(new Stream(new HostInput(host), true, false), 'std');
  const stdoutH = newHandle(new Stream(new HostOutput((s) => host.write(s)), false, true, stdoutFlush), 'std');
  const stderrH = newHandle(new Stream(new HostOutput((s) => host.writeErr(s)), false, true, (_m, s) => {
    if (s) host.writeErr(s);
  }), 'std');
  let defaultInput: LuaUserdata = stdinH;
  let defaultOutput: LuaUserdata = stdoutH;

  // ---- results (luaL_fileresult, luaL_execresult)

  const fileResult = (ok: boolean, e: unknown, fname: string | null): LuaValue => {
    if (ok) return rt.ret1(true);
    const { errno, text } = errorInfo(e);
    return rt.ret3(undefined, fname === null ? text : `${fname}: ${text}`, errno);
  };

  // ---- argument checks

  const isHandle = (v: LuaValue): v is LuaUserdata => v instanceof LuaUserdata && v.metatable === MT && v.data instanceof FileHandle;
  /** luaL_checkudata(L, 1, "FILE*"). */
  const toHandle = (self: LuaCallable, args: LuaValue[]): FileHandle => {
    const u = args[0];
    if (!isHandle(u)) typeError(rt, self, args, 1, 'FILE*');
    return u.data as FileHandle;
  };
  /** tofile: an open file's stream. */
  const toFile = (self: LuaCallable, args: LuaValue[]): Stream => {
    const h = toHandle(self, args);
    if (h.closef === null) luaError(rt, 'attempt to use a closed file', self);
    return h.stream;
  };
  const getIoFile = (self: LuaCallable, output: boolean): Stream => {
    const h = (output ? defaultOutput : defaultInput).data as FileHandle;
    if (h.closef === null) {
      const which = output ? 'output' : 'input';
      luaError(rt, has.ioDefaultFileMessage ? `default ${which} file is closed` : `standard ${which} file is closed`, self);
    }
    return h.stream;
  };

  // ---- closing

  /** aux_close: runs the handle's close function. */
  const auxClose = (h: FileHandle): LuaValue => {
    const cf = h.closef;
    h.closef = null;
    if (cf === 'std') {
      h.closef = 'std';
      return rt.ret2(undefined, 'cannot close standard file');
    }
    if (cf === 'popen') {
      const s = h.stream;
      const ok = s.close();
      void ok;
      const st = h.status ?? { code: 0, signal: 0 };
      if (!has.osExecuteStatus) return rt.ret1(true);
      if (st.signal) return rt.ret3(undefined, 'signal', st.signal);
      return rt.ret3(st.code === 0 ? true : undefined, 'exit', st.code);
    }
    const ok = h.stream.close();
    return fileResult(ok, h.stream.error, null);
  };

  // ---- reading

  /** A read's result, as it grows past LARGE_STRING, is reserved with the collector (a memory cap). */
  const grow: Grow = (bytes) => rt.collector?.reserve(SIZE.string + bytes);

  /**
   * g_read: reads `args` from index `first` (1-based) as formats. `self` names the native
   * for argument errors; returns the results as the convention wants.
   */
  const gRead = (self: LuaCallable, f: Stream, args: LuaValue[], first: number): LuaValue => {
    f.clearerr();
    const out: LuaValue[] = [];
    let success: boolean;
    const nargs = args.length - (first - 1);
    if (nargs <= 0) {
      const r = readLine(f, true, has.ioReadLineFgets, grow);
      out.push(r.value);
      success = r.ok;
    } else {
      success = true;
      for (let n = first; n < first + nargs && success; n++) {
        const v = args[n - 1];
        if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) {
          const l = has.integers ? checkInteger(rt, self, args, n) : checkInt(rt, self, args, n);
          if (l === 0 || l === 0n) {
            const c = f.getc();
            f.ungetc(c);
            out.push('');
            success = c !== EOF;
          } else if (l < 0) {
            if (has.envUpvalue) throw new LuaError('not enough memory');
            const s = f.readAll(grow);
            out.push(s);
            success = s.length > 0;
          } else {
            const s = f.read(Number(l), grow);
            out.push(s);
            success = s.length > 0;
          }
          continue;
        }
        let p: string;
        if (has.ioReadFormatsWithoutStar) {
          p = checkString(rt, self, args, n);
          if (p[0] === '*') p = p.slice(1);
        } else {
          if (typeof v !== 'string' || v[0] !== '*') argError(rt, self, n, 'invalid option');
          p = v.slice(1);
        }
        switch (p[0]) {
          case 'n': {
            const x = has.ioReadNumeral ? readNumeral(f) : scanDouble(f);
            out.push(x);
            success = x !== undefined;
            break;
          }
          case 'l': {
            const r = readLine(f, true, has.ioReadLineFgets, grow);
            out.push(r.value);
            success = r.ok;
            break;
          }
          case 'L':
            if (has.ioReadLineWithEol) {
              const r = readLine(f, false, has.ioReadLineFgets, grow);
              out.push(r.value);
              success = r.ok;
              break;
            }
            argError(rt, self, n, 'invalid format');
          case 'a':
            out.push(f.readAll(grow));
            success = true;
            break;
          default:
            argError(rt, self, n, 'invalid format');
        }
      }
    }
    if (f.error !== null) return fileResult(false, f.error, null);
    if (!success) out[out.length - 1] = undefined;
    for (let k = 0; k < out.length; k++) {
      const v = out[k];
      if (typeof v === 'string' && v.length > 0) chargeString(v.length);
    }
    return rt.ret(out);
  };

  // ---- writing

  const formatNumber = (v: LuaNumber): string => {
    if (has.ioWriteNumbersAsTostring) return numberToString(v, rt.numFmt);
    if (rt.hasIntegers && (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)))) return String(v);
    return formatG(toFloat(v), 14);
  };

  /** g_write: writes args from index `first`; returns `result` (the file, or true in 5.1). */
  const gWrite = (self: LuaCallable, f: Stream, args: LuaValue[], first: number, result: LuaValue): LuaValue => {
    let status = true;
    let written = 0;
    for (let n = first; n <= args.length; n++) {
      const v = args[n - 1];
      const s = isNumber(v) ? formatNumber(v) : checkString(rt, self, args, n);
      if (status) {
        status = f.write(s);
        if (status) written += s.length;
      }
    }
    if (status) return rt.ret1(has.ioWriteReturnsFile ? result : true);
    const { errno, text } = errorInfo(f.error);
    if (has.ioWriteFailureCount) return rt.ret([undefined, text, errno, written]);
    return rt.ret3(undefined, text, errno);
  };

  // ---- lines

  /** The iterator of io.lines/file:lines (io_readline). */
  const makeLinesIterator = (h: FileHandle, formats: LuaValue[], toclose: boolean): LuaCallable => {
    const fmtArgs: LuaValue[] = [undefined, ...formats];
    const iter = function linesIterator(): LuaValue {
      if (h.closef === null) luaError(rt, 'file is already closed', iter);
      const first = gRead(iter, h.stream, fmtArgs, 2);
      const n = rt.nret;
      if (first !== undefined && first !== false) return first; // results already set
      if (n > 1 && has.ioLinesFormats) {
        const msg = rt.rets[1];
        luaError(rt, typeof msg === 'string' ? msg : String(msg), iter);
      }
      if (!has.ioLinesFormats && h.stream.error !== null) luaError(rt, errorInfo(h.stream.error).text, iter);
      if (toclose) auxClose(h);
      return rt.ret0();
    } as LuaCallable;
    iter.N = '?';
    return iter;
  };

  /** aux_lines: checks the number of formats and builds the iterator. */
  const auxLines = (self: LuaCallable, h: FileHandle, formats: LuaValue[], toclose: boolean): LuaCallable => {
    if (!has.ioLinesFormats) return makeLinesIterator(h, [], toclose);
    const max = has.ioLinesManyFormats ? 250 : 17;
    if (formats.length > max) argError(rt, self, max + (has.ioLinesManyFormats ? 2 : 0), has.ioLinesManyFormats ? 'too many arguments' : 'too many options');
    return makeLinesIterator(h, formats, toclose);
  };

  /** opencheck (5.2+) / fileerror (5.1): opens a file for io.lines/io.input/io.output or raises. */
  const openCheck = (self: LuaCallable, name: string, mode: string): LuaUserdata => {
    const fname = cstr(name);
    const s = fopen(fname, mode);
    if (s instanceof Stream) return newHandle(s, 'file');
    const { text } = errorInfo(s);
    if (has.ioCannotOpenMessage) luaError(rt, `cannot open file '${fname}' (${text})`, self);
    argError(rt, self, 1, `${fname}: ${text}`);
  };

  // ---- file methods

  const methods: Record<string, Native> = {};

  /** f_close: closes an open file. */
  const fClose = (self: LuaCallable, args: LuaValue[]): LuaValue => {
    toFile(self, args);
    return auxClose(toHandle(self, args));
  };

  methods.close = function close(...args: LuaValue[]): LuaValue {
    // 5.1/5.2: the method is io.close, so without argument it closes the default output
    // (5.1 looks that up in the method's environment, the globals, and finds nil)
    if (args.length === 0 && has.ioMethodCloseDefaultsOutput) args = [has.functionEnvironments ? undefined : defaultOutput];
    return fClose(close as LuaCallable, args);
  };

  methods.flush = function flush(...args: LuaValue[]): LuaValue {
    const f = toFile(flush as LuaCallable, args);
    return fileResult(f.flush(), f.error, null);
  };

  methods.lines = function lines(...args: LuaValue[]): LuaValue {
    const self = lines as LuaCallable;
    toFile(self, args);
    return rt.ret1(auxLines(self, toHandle(self, args), args.slice(1), false));
  };

  methods.read = function read(...args: LuaValue[]): LuaValue {
    const self = read as LuaCallable;
    return gRead(self, toFile(self, args), args, 2);
  };

  methods.seek = function seek(...args: LuaValue[]): LuaValue {
    const self = seek as LuaCallable;
    const f = toFile(self, args);
    const whence = checkOption(rt, self, args, 2, 'cur', ['set', 'cur', 'end']) as 'set' | 'cur' | 'end';
    let offset = 0;
    if (args[2] !== undefined) {
      if (has.ioSeekIntegralOffset) {
        const x = toFloat(checkNumber(rt, self, args, 3));
        if (Math.trunc(x) !== x || Math.abs(x) >= 2 ** 63) argError(rt, self, 3, 'not an integer in proper range');
        offset = x;
      } else if (!has.integers) {
        // luaL_optlong: a C cast, which gives LONG_MIN out of range
        const x = toFloat(checkNumber(rt, self, args, 3));
        offset = Math.abs(x) < 2 ** 63 ? Math.trunc(x) : -(2 ** 63);
      } else {
        const i = checkInteger(rt, self, args, 3);
        offset = Number(i);
      }
    }
    const r = f.seek(whence, offset);
    if (r instanceof CError) return fileResult(false, r, null);
    return rt.ret1(r);
  };
  methods.setvbuf = function setvbuf(...args: LuaValue[]): LuaValue {
    const self = setvbuf as LuaCallable;
    const f = toFile(self, args);
    const mode = checkOption(rt, self, args, 2, null, ['no', 'full', 'line']) as BufferMode;
    if (args[2] !== undefined) checkInteger(rt, self, args, 3);
    return fileResult(f.setvbuf(mode), f.error, null);
  };

  methods.write = function write(...args: LuaValue[]): LuaValue {
    const self = write as LuaCallable;
    const f = toFile(self, args);
    return gWrite(self, f, args, 2, args[0]);
  };

  const gc = function gc(...args: LuaValue[]): LuaValue {
    const h = toHandle(gc as LuaCallable, args);
    if (h.closef !== null) auxClose(h);
    return rt.ret0();
  } as LuaCallable;
  gc.N = '__gc';

  const tostringFile = function tostring(...args: LuaValue[]): LuaValue {
    const h = toHandle(tostringFile, args);
    return rt.ret1(h.closef === null ? 'file (closed)' : `file (${addressOf(h.stream)})`);
  } as LuaCallable;
  tostringFile.N = '__tostring';

  const methodTable = has.ioFileMethodTable ? new LuaTable() : MT;
  for (const [k, fn] of Object.entries(methods)) {
    (fn as LuaCallable).N = k; // no qualified name: messages say '?' unless a call site names them
    methodTable.setStr(k, fn);
  }
  MT.setStr('__index', methodTable);
  MT.setStr('__gc', gc);
  if (has.closeMetamethod) MT.setStr('__close', gc);
  MT.setStr('__tostring', tostringFile);

  // ---- io functions

  const fns: Record<string, Native> = {};

  fns.close = function close(...args: LuaValue[]): LuaValue {
    if (args.length === 0) args = [defaultOutput];
    return fClose(close as LuaCallable, args);
  };

  fns.flush = function flush(): LuaValue {
    const f = getIoFile(flush as LuaCallable, true);
    return fileResult(f.flush(), f.error, null);
  };

  const gIoFile = (self: LuaCallable, args: LuaValue[], output: boolean): LuaValue => {
    const v = args[0];
    if (v !== undefined) {
      let h: LuaUserdata;
      if (typeof v === 'string' || isNumber(v)) h = openCheck(self, checkString(rt, self, args, 1), output ? 'w' : 'r');
      else {
        toFile(self, args);
        h = v as LuaUserdata;
      }
      if (output) defaultOutput = h;
      else defaultInput = h;
    }
    return rt.ret1(output ? defaultOutput : defaultInput);
  };

  fns.input = function input(...args: LuaValue[]): LuaValue {
    return gIoFile(input as LuaCallable, args, false);
  };
  fns.output = function output(...args: LuaValue[]): LuaValue {
    return gIoFile(output as LuaCallable, args, true);
  };

  fns.lines = function lines(...args: LuaValue[]): LuaValue {
    const self = lines as LuaCallable;
    if (!has.ioLinesFormats) {
      if (args.length === 0) {
        const h = defaultInput;
        toFile(self, [h]);
        return rt.ret1(auxLines(self, h.data as FileHandle, [], false));
      }
      if (args[0] === undefined) typeError(rt, self, args, 1, 'FILE*');
      const name = checkString(rt, self, args, 1);
      const h = openCheck(self, name, 'r');
      return rt.ret1(auxLines(self, h.data as FileHandle, [], true));
    }
    if (args[0] === undefined) {
      const h = defaultInput;
      toFile(self, [h, ...args.slice(1)]);
      return rt.ret1(auxLines(self, h.data as FileHandle, args.slice(1), false));
    }
    const name = checkString(rt, self, args, 1);
    const h = openCheck(self, name, 'r');
    const it = auxLines(self, h.data as FileHandle, args.slice(1), true);
    if (has.ioLinesReturnsFile) return rt.ret([it, undefined, undefined, h]);
    return rt.ret1(it);
  };

  fns.open = function open(...args: LuaValue[]): LuaValue {
    const self = open as LuaCallable;
    const name = cstr(checkString(rt, self, args, 1));
    const mode = cstr(optString(rt, self, args, 2, 'r'));
    if (has.ioOpenChecksMode) {
      const ok = has.ioOpenModeManyB ? /^[rwa]\+?b*$/.test(mode) : /^[rwa]\+?b?$/.test(mode);
      if (!ok) argError(rt, self, 2, 'invalid mode');
    }
    const s = fopen(name, mode);
    if (!(s instanceof Stream)) return fileResult(false, s, name);
    return rt.ret1(newHandle(s, 'file'));
  };

  fns.popen = function popen(...args: LuaValue[]): LuaValue {
    const self = popen as LuaCallable;
    const cmd = cstr(checkString(rt, self, args, 1));
    const mode = cstr(optString(rt, self, args, 2, 'r'));
    if (has.ioPopenChecksMode && mode !== 'r' && mode !== 'w') argError(rt, self, 2, 'invalid mode');
    if (!popenModeValid(mode)) return fileResult(false, new CError('EINVAL'), cmd);
    // fflush(NULL): everything written so far goes out before the command runs
    host.flush();
    flushAll();
    const hostCmd = Buffer.from(cmd, 'latin1').toString('utf8');
    if (mode.includes('r')) {
      const r = childProcess().spawnSync('/bin/sh', ['-c', hostCmd], { stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 1 << 30 });
      if (r.error && !r.stdout) return fileResult(false, r.error, cmd);
      const s = new Stream(new BytesInput(r.stdout ?? Buffer.alloc(0)), true, false);
      const u = newHandle(s, 'popen');
      const h = u.data as FileHandle;
      h.status = childStatus(r);
      return rt.ret1(u);
    }
    const dev = new CommandInput();
    const s = new Stream(dev, false, true);
    const u = newHandle(s, 'popen');
    const h = u.data as FileHandle;
    const run = (): void => {
      const r = childProcess().spawnSync('/bin/sh', ['-c', hostCmd], { input: Buffer.concat(dev.chunks), stdio: ['pipe', 'inherit', 'inherit'] });
      h.status = childStatus(r);
    };
    const devClose = dev.close.bind(dev);
    dev.close = (): void => {
      devClose();
      run();
    };
    s.onExit = (): void => {
      s.close();
    };
    return rt.ret1(u);
  };

  fns.read = function read(...args: LuaValue[]): LuaValue {
    return gRead(read as LuaCallable, getIoFile(read as LuaCallable, false), args, 1);
  };

  fns.tmpfile = function tmpfile(): LuaValue {
    for (let attempt = 0; attempt < 100; attempt++) {
      const name = join(tmpdir(), `lua_tmp_${process.pid}_${Math.random().toString(36).slice(2, 10)}`);
      let fd: number;
      try {
        fd = openSync(name, fsConstants.O_RDWR | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o600);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
        return fileResult(false, e, null);
      }
      try {
        unlinkSync(name);
      } catch {
        // an anonymous file is what tmpfile gives; if it cannot be unlinked it stays
      }
      return rt.ret1(newHandle(new Stream(new FdDevice(fd, false), true, true), 'file'));
    }
    return fileResult(false, new CError('EEXIST'), null);
  };

  fns.type = function type(...args: LuaValue[]): LuaValue {
    checkAny(rt, type as LuaCallable, args, 1);
    const v = args[0];
    if (!isHandle(v)) return rt.ret1(undefined);
    return rt.ret1((v.data as FileHandle).closef === null ? 'closed file' : 'file');
  };

  fns.write = function write(...args: LuaValue[]): LuaValue {
    const f = getIoFile(write as LuaCallable, true);
    return gWrite(write as LuaCallable, f, args, 1, defaultOutput);
  };

  const IO = new LuaTable();
  register(IO, 'io', fns);
  // 5.2: the method is the very function io.close (the 5.1 one reads a different environment)
  if (has.ioMethodCloseDefaultsOutput && !has.functionEnvironments) methodTable.setStr('close', IO.getStr('close'));
  IO.setStr('stdin', stdinH);
  IO.setStr('stdout', stdoutH);
  IO.setStr('stderr', stderrH);
  G.setStr('io', IO);
  return IO;
}
