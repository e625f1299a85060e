/**
 * Value conversions between Lua and JS that need no VM: strings and numbers.
 *
 * Lua strings are byte strings (one char per byte, see docs/design.md); JS strings are
 * UTF-16 text. Crossing between them is always an explicit choice (a StringMode, or one of
 * the helpers below), never a silent reinterpretation:
 * - 'utf8' (the default): JS text is encoded as UTF-8; Lua bytes are decoded as UTF-8, and
 *   bytes that are not valid UTF-8 are refused (TypeError), never replaced.
 * - 'bytes': Lua strings come out as Uint8Array (JS strings still go in as UTF-8 text).
 * - 'latin1': the raw byte string itself (one char per byte), for hosts that handle bytes
 *   as strings; nothing is checked or copied.
 * ASCII text is the same in every mode and is never copied.
 */
import { mkInt } from '../runtime/numbers.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';

/** How Lua strings are handed to JS (see the file comment). */
export type StringMode = 'utf8' | 'bytes' | 'latin1';

const NON_ASCII = /[^\x00-\x7f]/;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Raised by decodeUtf8 when bytes are not valid UTF-8. */
export class Utf8Error extends TypeError {
  override readonly name: string = 'Utf8Error';
}

/** Decodes a Lua byte string as UTF-8 text; throws Utf8Error if it is not valid UTF-8. */
export function decodeUtf8(bytes: string): string {
  if (!NON_ASCII.test(bytes)) return bytes;
  try {
    return decoder.decode(Buffer.from(bytes, 'latin1'));
  } catch {
    throw new Utf8Error('Lua string is not valid UTF-8');
  }
}

/** Whether a Lua byte string is valid UTF-8. */
export function isUtf8(bytes: string): boolean {
  if (!NON_ASCII.test(bytes)) return true;
  try {
    decoder.decode(Buffer.from(bytes, 'latin1'));
    return true;
  } catch {
    return false;
  }
}

/** Encodes JS text as a Lua byte string (UTF-8); throws TypeError on a lone surrogate. */
export function encodeUtf8(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) throw new TypeError('JS string has a lone surrogate (not encodable as UTF-8)');
  return Buffer.from(text, 'utf8').toString('latin1');
}

/** The bytes of a Lua byte string. */
export function bytesOf(bytes: string): Uint8Array {
  return Buffer.from(bytes, 'latin1');
}

/** A Lua byte string holding these bytes. */
export function bytesToLua(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
}

/** A Lua byte string as JS in a string mode; 'utf8' throws Utf8Error for invalid UTF-8. */
export function stringFromLua(s: string, mode: StringMode): string | Uint8Array {
  if (mode === 'utf8') return decodeUtf8(s);
  if (mode === 'bytes') return bytesOf(s);
  return s;
}

/**
 * A float for Lua: `luaFloat(1)` is the float 1.0, where the JS number 1 converts to the
 * integer 1 in dialects with integers (5.3+). Pass it wherever a value goes into Lua.
 */
export function luaFloat(x: number): LuaFloat {
  return new LuaFloat(x);
}

/**
 * A JS number as a Lua number. With integers, an integral number within ±(2^53-1) is an
 * integer; anything else (fractions, NaN, infinities, -0, integral values beyond 2^53) is
 * a float. Without integers every number is a float.
 */
export function numberToLua(x: number, hasIntegers: boolean): LuaValue {
  if (!hasIntegers) return x;
  if (Number.isInteger(x)) {
    if (x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER && !Object.is(x, -0)) return x;
    return new LuaFloat(x);
  }
  return x;
}

/** A JS bigint as a Lua integer; RangeError outside 64 bits (or, without integers, if not exact as a double). */
export function bigintToLua(b: bigint, hasIntegers: boolean): LuaValue {
  if (hasIntegers) {
    if (BigInt.asIntN(64, b) !== b) throw new RangeError(`${b} does not fit a Lua integer (64 bits)`);
    return mkInt(b);
  }
  const x = Number(b);
  if (BigInt(x) !== b) throw new RangeError(`${b} is not exactly representable as a Lua number`);
  return x;
}
