/**
 * Compile-time error text, as the official lexer and parser write it (llex.c's lexerror and
 * txtToken, lobject.c's luaO_chunkid): "chunkid:line: message near 'token'".
 *
 * Invariant: every syntax or compile-time error Luna reports is a LuaSyntaxError whose
 * `message` is byte for byte what the official interpreter of the dialect prints.
 */
import type { Dialect } from '../src/dialect/index.js';
import type { LuaToken, NearText } from './lexer.js';
import * as T from './tokens.js';

/** A syntax or compile-time error, with the official message and where it happened. */
export class LuaSyntaxError extends Error {
  override readonly name = 'LuaSyntaxError';
  constructor(
    /** The full message: "chunk:line: reason near 'x'" (or, for a C stack overflow, just the reason). */
    message: string,
    /** The message without the chunk/line prefix and without the "near" part. */
    readonly reason: string,
    /** The line the official interpreter names (null when it names none). */
    readonly line: number | null,
    /** Byte range of the token the error is reported at. */
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

/** luaO_chunkid: how a chunk name appears in messages ('@file' -> 'file', '=name' -> 'name', else [string "..."]). */
export function chunkId(source: string, d: Dialect, runtime = false): string {
  const { cutAtCarriageReturn, legacyLayout } = d.syntax.chunkId;
  const size = runtime ? d.syntax.chunkId.runtimeSize : d.syntax.chunkId.size;
  const first = source.charCodeAt(0);
  if (first === 61 /* = */) return source.slice(1, size);
  if (first === 64 /* @ */) {
    const name = source.slice(1);
    if (legacyLayout) {
      const room = size - 8; // sizeof(" '...' ")
      return name.length > room ? '...' + name.slice(name.length - room) : name;
    }
    if (source.length <= size) return name;
    const keep = size - 3 - 1;
    return '...' + name.slice(name.length - keep);
  }
  let nl = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (cutAtCarriageReturn && c === 13)) { nl = i; break; }
  }
  if (legacyLayout) {
    const room = size - 17; // sizeof(' [string "..."] ')
    let len = nl < 0 ? source.length : nl;
    if (len > room) len = room;
    return len < source.length ? `[string "${source.slice(0, len)}..."]` : `[string "${source}"]`;
  }
  const room = size - 15; // prefix + '...' + suffix + '\0'
  if (source.length < room && nl < 0) return `[string "${source}"]`;
  let len = nl < 0 ? source.length : nl;
  if (len > room) len = room;
  return `[string "${source.slice(0, len)}..."]`;
}

/** How a special token (<eof>, <name>...) reads in messages: quoted in 5.1, bare later. */
function special(text: string, d: Dialect): string {
  return d.syntax.quoteSpecialTokens ? `'${text}'` : text;
}

/** luaX_token2str for a single-byte token. Returns null for a NUL byte (PUC then omits "near"). */
function singleChar(c: number, d: Dialect): string | null {
  if (c === 0) return null;
  const printable = c >= 32 && c < 127;
  switch (d.syntax.controlChars) {
    case 'quoted-char': // 5.1: C's iscntrl decides
      return c < 32 || c === 127 ? `'char(${c})'` : `'${String.fromCharCode(c)}'`;
    case 'bare-char':
      return printable ? `'${String.fromCharCode(c)}'` : `char(${c})`;
    case 'angle':
      return printable ? `'${String.fromCharCode(c)}'` : `'<\\${c}>'`;
  }
}

/** A quoted token text as C prints it: the text stops at the first NUL byte. */
function quoted(text: string): string {
  const nul = text.indexOf('\0');
  return `'${nul < 0 ? text : text.slice(0, nul)}'`;
}

/** The text after "near " for a token, or null when the message has no "near" part. */
export function nearToken(tok: LuaToken, d: Dialect): string | null {
  const type = tok.tokenType;
  if (type === T.EOF) return special('<eof>', d);
  if (type === T.Name || type === T.NumberLit) return quoted(tok.image);
  if (type === T.StringLit) {
    const raw = tok.image;
    const value = tok.payload as string;
    if (raw.charCodeAt(0) === 91 /* [ */) {
      const level = raw.indexOf('[', 1) - 1;
      const eq = '='.repeat(level);
      return quoted(`[${eq}[${value}]${eq}]`);
    }
    return quoted(`${raw[0]}${value}${raw[0]}`);
  }
  if (type === T.Other) return singleChar(tok.payload as number, d);
  return `'${tok.image}'`;
}

/** The "near" text of a lexical error. */
export function nearLexical(near: NearText, d: Dialect): string | null {
  if (near === null) return null;
  if (near.kind === 'eof') return special('<eof>', d);
  return quoted(near.text);
}

/** Joins the parts of an official message. */
export function formatMessage(chunk: string, line: number | null, reason: string, near: string | null): string {
  const prefix = line === null ? '' : `${chunk}:${line}: `;
  return near === null ? prefix + reason : `${prefix}${reason} near ${near}`;
}

/** The printable form of a token kind in "'x' expected" messages (luaX_token2str). */
export function tokenKindText(type: import('chevrotain').TokenType, d: Dialect): string {
  if (type === T.Name) return special('<name>', d);
  if (type === T.EOF) return special('<eof>', d);
  return type.LABEL ?? `'${type.name}'`;
}
