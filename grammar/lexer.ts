/**
 * Luna's Lua lexer: a hand-written scanner over a byte string (one char per byte) that
 * produces Chevrotain tokens for one dialect, plus the comments it met.
 *
 * Invariants:
 * - The lexer follows the official llex.c of each dialect: which tokens exist, how numerals
 *   and escapes are read, and the text of every lexical error with its "near" part.
 * - Errors do not throw. Lexing stops at the first error and emits a `LexError` token (then
 *   EOF) carrying the message, so that the parser reports a syntax error that comes earlier
 *   in the source first, as the official interpreter (which lexes on demand) does.
 * - Token positions: offsets are byte offsets (`endOffset` inclusive, as Chevrotain wants),
 *   lines count from 1, columns from 0. `endLine` is the line the lexer is on after the
 *   token, which is the line PUC Lua names in its messages.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { Comment } from '../src/ast/nodes.js';
import type { Dialect } from '../src/dialect/index.js';
import { hexValue, str2number51, str2number52, str2number53, type ParsedNumber } from './numerals.js';
import * as T from './tokens.js';

/** The "near" part of a lexical error: the buffered text, end of file, or nothing. */
export type NearText = { kind: 'text'; text: string } | { kind: 'eof' } | null;

export interface LexErrorInfo {
  message: string;
  near: NearText;
  /** Line that PUC Lua reports (the lexer's line when it stopped). */
  line: number;
}

export interface LuaToken extends IToken {
  /** Name: the name; String: its byte value; Number: a ParsedNumber; Other: the byte; LexError: LexErrorInfo. */
  payload: unknown;
}

export interface LexResult {
  tokens: LuaToken[];
  comments: Comment[];
}

export interface LexOptions {
  /** Skip a first line starting with '#' (as loadfile does). */
  skipShebang?: boolean;
  /** Skip a UTF-8 byte-order mark (as loadfile does from 5.2 on). */
  skipBOM?: boolean;
  /** Collect comments (tooling); the compiler does not need them. */
  comments?: boolean;
}

// Character classes, indexed by byte.
const C_ALPHA = 1; // letters and '_'
const C_DIGIT = 2;
const C_SPACE = 4; // ' ', \t, \v, \f (newlines handled apart)
const C_XDIGIT = 8;
const CLASS = new Uint8Array(257); // index 256 = end of input
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) CLASS[c] |= C_ALPHA;
  if (/[0-9]/.test(ch)) CLASS[c] |= C_DIGIT;
  if (/[0-9A-Fa-f]/.test(ch)) CLASS[c] |= C_XDIGIT;
  if (c === 32 || c === 9 || c === 11 || c === 12) CLASS[c] |= C_SPACE;
}
const EOZ = -1;

/** Per-dialect keyword lookup, built once. */
const keywordCache = new WeakMap<Dialect, Map<string, TokenType>>();
function keywordsOf(d: Dialect): Map<string, TokenType> {
  let m = keywordCache.get(d);
  if (!m) {
    m = new Map();
    for (const [word, type] of T.KEYWORD_TOKENS) if (d.syntax.keywords.has(word)) m.set(word, type);
    keywordCache.set(d, m);
  }
  return m;
}

/** Encodes a code point as UTF-8 bytes the way Lua does (up to 6 bytes, up to 2^31). */
export function utf8Encode(x: number): string {
  if (x < 0x80) return String.fromCharCode(x);
  const bytes: number[] = [];
  let mfb = 0x3f; // largest value that fits in the first byte
  do {
    bytes.push(0x80 | (x & 0x3f));
    x = Math.floor(x / 64);
    mfb >>= 1;
  } while (x > mfb);
  bytes.push(((~mfb << 1) | x) & 0xff);
  bytes.reverse();
  return String.fromCharCode(...bytes);
}

class LexStop extends Error {}

/**
 * The scanner: `next()` returns one token at a time, so the parser can lex on demand
 * (tokens are short-lived; a whole-file token array would cost a lot of old-space memory).
 * After EOF or a LexError token, `next()` keeps returning EOF tokens.
 */
export class Scanner {
  pos = 0;
  line = 1;
  lineStart = 0;
  /** The token the current `next()` call produced. */
  private out: LuaToken | null = null;
  private done = false;
  readonly comments: Comment[] = [];
  private readonly keywords: Map<string, TokenType>;
  private readonly names = new Map<string, string>();
  private readonly wantComments: boolean;
  private readonly d: Dialect;

  constructor(private readonly src: string, dialect: Dialect, options: LexOptions) {
    this.d = dialect;
    this.keywords = keywordsOf(dialect);
    this.wantComments = options.comments ?? true;
    if (options.skipBOM && src.startsWith('\xEF\xBB\xBF')) this.pos = 3;
    if (options.skipShebang && src.charCodeAt(this.pos) === 35 /* # */) {
      const nl = src.indexOf('\n', this.pos);
      this.pos = nl < 0 ? src.length : nl;
    }
    this.lineStart = this.pos;
  }

  private cur(): number {
    const p = this.pos;
    return p < this.src.length ? this.src.charCodeAt(p) : EOZ;
  }

  private push(type: TokenType, image: string, start: number, line: number, col: number, payload: unknown): void {
    this.out = ({
      image,
      startOffset: start,
      endOffset: this.pos - 1,
      startLine: line,
      startColumn: col,
      endLine: this.line,
      endColumn: this.pos - this.lineStart,
      tokenTypeIdx: type.tokenTypeIdx!,
      tokenType: type,
      payload,
    });
  }

  private eof(): LuaToken {
    const end = this.pos;
    return {
      image: '', startOffset: end, endOffset: end - 1, startLine: this.line, startColumn: end - this.lineStart,
      endLine: this.line, endColumn: end - this.lineStart, tokenTypeIdx: T.EOF.tokenTypeIdx!, tokenType: T.EOF, payload: null,
    };
  }

  /** Skips one line break (\n, \r, \r\n or \n\r) and counts the line. */
  private newline(): void {
    const old = this.src.charCodeAt(this.pos);
    this.pos++;
    const c = this.cur();
    if ((c === 10 || c === 13) && c !== old) this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  private fail(message: string, near: NearText, start: number, line: number, col: number): never {
    this.push(T.LexError, '', start, line, col, { message, near, line: this.line } satisfies LexErrorInfo);
    throw new LexStop();
  }

  /** Scans and returns the next token. */
  next(): LuaToken {
    if (this.done) return this.eof();
    const src = this.src;
    const len = src.length;
    this.out = null;
    try {
      while (this.out === null) {
        const start = this.pos;
        if (start >= len) {
          this.done = true;
          return this.eof();
        }
        const c = src.charCodeAt(start);
        const line = this.line;
        const col = start - this.lineStart;
        switch (c) {
          case 10: case 13: this.newline(); continue;
          case 32: case 9: case 11: case 12: this.pos++; continue;
          case 45: /* - */
            if (src.charCodeAt(start + 1) !== 45) { this.pos++; this.push(T.Minus, '-', start, line, col, null); continue; }
            this.comment(start, line, col);
            continue;
          case 91: /* [ */ {
            const sep = this.skipSep();
            if (sep >= 2) { this.longString(start, line, col, sep); continue; }
            if (sep === 0) this.fail('invalid long string delimiter', { kind: 'text', text: src.slice(start, this.pos) }, start, line, col);
            this.push(T.LBracket, '[', start, line, col, null);
            continue;
          }
          case 61: /* = */
            if (src.charCodeAt(start + 1) === 61) { this.pos += 2; this.push(T.Equal, '==', start, line, col, null); }
            else { this.pos++; this.push(T.Assign, '=', start, line, col, null); }
            continue;
          case 60: /* < */ {
            const n = src.charCodeAt(start + 1);
            if (n === 61) { this.pos += 2; this.push(T.LessEqual, '<=', start, line, col, null); }
            else if (n === 60 && this.d.has.bitwiseOperators) { this.pos += 2; this.push(T.ShiftLeft, '<<', start, line, col, null); }
            else { this.pos++; this.push(T.Less, '<', start, line, col, null); }
            continue;
          }
          case 62: /* > */ {
            const n = src.charCodeAt(start + 1);
            if (n === 61) { this.pos += 2; this.push(T.GreaterEqual, '>=', start, line, col, null); }
            else if (n === 62 && this.d.has.bitwiseOperators) { this.pos += 2; this.push(T.ShiftRight, '>>', start, line, col, null); }
            else { this.pos++; this.push(T.Greater, '>', start, line, col, null); }
            continue;
          }
          case 47: /* / */
            if (src.charCodeAt(start + 1) === 47 && this.d.has.integerDivision) { this.pos += 2; this.push(T.DoubleSlash, '//', start, line, col, null); }
            else { this.pos++; this.push(T.Slash, '/', start, line, col, null); }
            continue;
          case 126: /* ~ */
            if (src.charCodeAt(start + 1) === 61) { this.pos += 2; this.push(T.NotEqual, '~=', start, line, col, null); }
            else { this.pos++; this.push(this.d.has.bitwiseOperators ? T.Tilde : T.Other, '~', start, line, col, c); }
            continue;
          case 58: /* : */
            if (src.charCodeAt(start + 1) === 58 && this.d.has.gotoStatement) { this.pos += 2; this.push(T.DoubleColon, '::', start, line, col, null); }
            else { this.pos++; this.push(T.Colon, ':', start, line, col, null); }
            continue;
          case 34: case 39: /* " ' */
            this.shortString(c, start, line, col);
            continue;
          case 46: /* . */ {
            const n = src.charCodeAt(start + 1);
            if (n === 46 || (n === 0 && this.d.syntax.nulMatchesCharSets)) {
              const n2 = src.charCodeAt(start + 2);
              if (n2 === 46 || (n2 === 0 && this.d.syntax.nulMatchesCharSets)) { this.pos += 3; this.push(T.Dots, '...', start, line, col, null); }
              else { this.pos += 2; this.push(T.Concat, '..', start, line, col, null); }
            } else if (n >= 48 && n <= 57) {
              this.numeral(start, line, col);
            } else { this.pos++; this.push(T.Dot, '.', start, line, col, null); }
            continue;
          }
          case 43: this.single(T.Plus, '+', start, line, col); continue;
          case 42: this.single(T.Star, '*', start, line, col); continue;
          case 37: this.single(T.Percent, '%', start, line, col); continue;
          case 94: this.single(T.Caret, '^', start, line, col); continue;
          case 35: this.single(T.Hash, '#', start, line, col); continue;
          case 38: this.single(this.d.has.bitwiseOperators ? T.Ampersand : T.Other, '&', start, line, col); continue;
          case 124: this.single(this.d.has.bitwiseOperators ? T.Pipe : T.Other, '|', start, line, col); continue;
          case 40: this.single(T.LParen, '(', start, line, col); continue;
          case 41: this.single(T.RParen, ')', start, line, col); continue;
          case 123: this.single(T.LBrace, '{', start, line, col); continue;
          case 125: this.single(T.RBrace, '}', start, line, col); continue;
          case 93: this.single(T.RBracket, ']', start, line, col); continue;
          case 59: this.single(T.Semicolon, ';', start, line, col); continue;
          case 44: this.single(T.Comma, ',', start, line, col); continue;
          default:
            if (c < 256 && CLASS[c]! & C_DIGIT) { this.numeral(start, line, col); continue; }
            if (c < 256 && CLASS[c]! & C_ALPHA) {
              let p = start + 1;
              while (p < len) {
                const k = src.charCodeAt(p);
                if (k >= 256 || !(CLASS[k]! & (C_ALPHA | C_DIGIT))) break;
                p++;
              }
              let word = src.slice(start, p);
              this.pos = p;
              const kw = this.keywords.get(word);
              if (kw) this.push(kw, word, start, line, col, null);
              else {
                // One string per distinct name: later comparisons are pointer checks.
                const known = this.names.get(word);
                if (known === undefined) this.names.set(word, word);
                else word = known;
                this.push(T.Name, word, start, line, col, word);
              }
              continue;
            }
            this.pos++;
            this.push(T.Other, src.charAt(start), start, line, col, c);
            continue;
        }
      }
    } catch (e) {
      if (!(e instanceof LexStop)) throw e;
      this.done = true; // the LexError token is the output; EOF follows
    }
    return this.out!;
  }

  private single(type: TokenType, image: string, start: number, line: number, col: number): void {
    this.pos++;
    this.push(type, image, start, line, col, image.charCodeAt(0));
  }

  /**
   * At '[' or ']': skips the bracket and any '='. Returns level + 2 for a well-formed long
   * bracket, 1 for a lone bracket, 0 for brackets with '=' but no second bracket (PUC's skip_sep).
   */
  private skipSep(): number {
    const s = this.src.charCodeAt(this.pos);
    let count = 0;
    this.pos++;
    while (this.src.charCodeAt(this.pos) === 61) { this.pos++; count++; }
    if (this.src.charCodeAt(this.pos) === s) return count + 2;
    return count === 0 ? 1 : 0;
  }

  private comment(start: number, line: number, col: number): void {
    const src = this.src;
    this.pos = start + 2;
    if (src.charCodeAt(this.pos) === 91 /* [ */) {
      const sepStart = this.pos;
      const sep = this.skipSep();
      if (sep >= 2) {
        const content = this.readLong(sep, false, line);
        if (this.wantComments) this.addComment(start, line, col, content, true);
        return;
      }
      this.pos = sepStart; // a short comment after all
    }
    let p = this.pos;
    const len = src.length;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === 10 || c === 13) break;
      p++;
    }
    this.pos = p;
    if (this.wantComments) this.addComment(start, line, col, src.slice(start + 2, p), false);
  }

  private addComment(start: number, line: number, col: number, value: string, long: boolean): void {
    this.comments.push({
      type: 'Comment', value, long, start, end: this.pos, line, column: col,
      endLine: this.line, endColumn: this.pos - this.lineStart,
    });
  }

  /**
   * Reads a long string or comment body after its opening bracket (skipSep consumed all but
   * the second '['). Returns the content with line breaks normalised to '\n'.
   */
  private readLong(sep: number, isString: boolean, startLine: number): string {
    const src = this.src;
    const len = src.length;
    const tokenStart = this.pos - (sep - 1); // position of the first '['
    this.pos++; // second '['
    let c = this.cur();
    if (c === 10 || c === 13) this.newline();
    let out = '';
    let seg = this.pos;
    for (;;) {
      if (this.pos >= len) {
        const what = isString ? 'string' : 'comment';
        const msg = this.d.syntax.longStringStartLine
          ? `unfinished long ${what} (starting at line ${startLine})`
          : `unfinished long ${what}`;
        this.fail(msg, { kind: 'eof' }, tokenStart, startLine, 0);
      }
      c = src.charCodeAt(this.pos);
      if (c === 93 /* ] */) {
        const at = this.pos;
        if (this.skipSep() === sep) {
          out += src.slice(seg, at);
          this.pos++; // second ']'
          return out;
        }
        continue; // skipSep moved past ']' and '='s: they are content
      }
      if (c === 91 /* [ */ && this.d.has.nestedLongBracketError) {
        const at = this.pos;
        if (this.skipSep() === sep) {
          this.pos++;
          if (sep === 2) this.fail('nesting of [[...]] is deprecated', { kind: 'text', text: '[' }, at, this.line, at - this.lineStart);
        }
        continue;
      }
      if (c === 10 || c === 13) {
        out += src.slice(seg, this.pos) + '\n';
        this.newline();
        seg = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  private longString(start: number, line: number, col: number, sep: number): void {
    const value = this.readLong(sep, true, line);
    this.push(T.StringLit, this.src.slice(start, this.pos), start, line, col, value);
  }

  // ------------------------------------------------------------------ short strings

  private shortString(delim: number, start: number, line: number, col: number): void {
    const src = this.src;
    const len = src.length;
    const d = this.d;
    const q = String.fromCharCode(delim);
    this.pos = start + 1;
    let value = '';
    let seg = this.pos;
    /** The buffer PUC Lua would hold (5.3+ escape errors show it). */
    const soFar = (): string => q + value + src.slice(seg, this.pos);
    for (;;) {
      if (this.pos >= len) this.fail('unfinished string', { kind: 'eof' }, start, line, col);
      const c = src.charCodeAt(this.pos);
      if (c === delim) break;
      if (c === 10 || c === 13) this.fail('unfinished string', { kind: 'text', text: soFar() }, start, line, col);
      if (c !== 92 /* \ */) { this.pos++; continue; }
      value += src.slice(seg, this.pos);
      const escStart = this.pos; // at '\'
      this.pos++;
      const e = this.cur();
      let ch = -1; // byte to append, -1 for none
      switch (e) {
        case 97: ch = 7; this.pos++; break; // \a
        case 98: ch = 8; this.pos++; break;
        case 102: ch = 12; this.pos++; break;
        case 110: ch = 10; this.pos++; break;
        case 114: ch = 13; this.pos++; break;
        case 116: ch = 9; this.pos++; break;
        case 118: ch = 11; this.pos++; break;
        case 92: case 34: case 39: ch = e; this.pos++; break;
        case 10: case 13: this.newline(); ch = 10; break;
        case EOZ: break; // the loop reports the unfinished string
        case 120: /* x */
          if (d.has.hexEscape) { ch = this.hexEscape(q + value, escStart, start, line, col); break; }
          ch = this.looseEscape(e, q + value, escStart, start, line, col);
          break;
        case 122: /* z */
          if (d.has.zEscape) {
            this.pos++;
            for (;;) {
              const s = this.cur();
              if (s === 10 || s === 13) this.newline();
              else if (s >= 0 && s < 256 && CLASS[s]! & C_SPACE) this.pos++;
              else break;
            }
            break;
          }
          ch = this.looseEscape(e, q + value, escStart, start, line, col);
          break;
        case 117: /* u */
          if (d.has.unicodeEscape) { value += this.unicodeEscape(q + value, escStart, start, line, col); break; }
          ch = this.looseEscape(e, q + value, escStart, start, line, col);
          break;
        default:
          if (e >= 48 && e <= 57) ch = this.decimalEscape(q + value, escStart, start, line, col);
          else ch = this.looseEscape(e, q + value, escStart, start, line, col);
      }
      if (ch >= 0) value += String.fromCharCode(ch);
      seg = this.pos;
    }
    value += src.slice(seg, this.pos);
    this.pos++; // closing delimiter
    this.push(T.StringLit, src.slice(start, this.pos), start, line, col, value);
  }

  /** The "near" text of an escape error, per dialect: see EscapeErrorContext. */
  private escapeNear(prefix: string, escStart: number, withCurrent: boolean): NearText {
    const style = this.d.syntax.escapeErrorContext;
    let end = this.pos;
    if (withCurrent && this.pos < this.src.length) end++;
    const raw = this.src.slice(escStart, end);
    return { kind: 'text', text: style === 'escape' ? raw : prefix + raw };
  }

  /** An escape character with no meaning: 5.1 keeps the character, later dialects reject it. */
  private looseEscape(e: number, prefix: string, escStart: number, start: number, line: number, col: number): number {
    if (!this.d.has.strictEscapes) { this.pos++; return e; }
    this.fail('invalid escape sequence', this.escapeNear(prefix, escStart, true), start, line, col);
  }

  private hexEscape(prefix: string, escStart: number, start: number, line: number, col: number): number {
    this.pos++; // 'x'
    let r = 0;
    for (let i = 0; i < 2; i++) {
      const h = hexValue(this.cur());
      if (h < 0) this.fail('hexadecimal digit expected', this.escapeNear(prefix, escStart, true), start, line, col);
      r = r * 16 + h;
      this.pos++;
    }
    return r;
  }

  private decimalEscape(prefix: string, escStart: number, start: number, line: number, col: number): number {
    let r = 0;
    for (let i = 0; i < 3; i++) {
      const c = this.cur();
      if (c < 48 || c > 57) break;
      r = r * 10 + (c - 48);
      this.pos++;
    }
    if (r > 255) {
      const style = this.d.syntax.escapeErrorContext;
      if (style === 'none') this.fail('escape sequence too large', { kind: 'text', text: prefix }, start, line, col);
      this.fail('decimal escape too large', this.escapeNear(prefix, escStart, style === 'string'), start, line, col);
    }
    return r;
  }

  private unicodeEscape(prefix: string, escStart: number, start: number, line: number, col: number): string {
    const max = this.d.syntax.unicodeEscapeMax;
    this.pos++; // 'u'
    if (this.cur() !== 123 /* { */) this.fail("missing '{'", this.escapeNear(prefix, escStart, true), start, line, col);
    this.pos++;
    let r = hexValue(this.cur());
    if (r < 0) this.fail('hexadecimal digit expected', this.escapeNear(prefix, escStart, true), start, line, col);
    this.pos++;
    // 5.3 checks the value after adding each digit; 5.4+ checks before shifting (limit 2^31).
    const checkBefore = max > 0x10ffff;
    for (;;) {
      const h = hexValue(this.cur());
      if (h < 0) break;
      if (checkBefore && r > Math.floor(max / 16)) this.fail('UTF-8 value too large', this.escapeNear(prefix, escStart, true), start, line, col);
      r = r * 16 + h;
      if (!checkBefore && r > max) this.fail('UTF-8 value too large', this.escapeNear(prefix, escStart, true), start, line, col);
      this.pos++;
    }
    if (this.cur() !== 125 /* } */) this.fail("missing '}'", this.escapeNear(prefix, escStart, true), start, line, col);
    this.pos++;
    return utf8Encode(r);
  }

  // ------------------------------------------------------------------ numerals

  private numeral(start: number, line: number, col: number): void {
    const src = this.src;
    const style = this.d.syntax.numerals;
    let p = start;
    const cls = (k: number): number => (k >= 0 && k < 256 ? CLASS[k]! : 0);
    if (style === 'strtod') {
      // 5.1: digits and dots, an optional exponent with sign, then any alphanumerics.
      while (true) {
        const k = src.charCodeAt(p);
        if (cls(k) & C_DIGIT || k === 46) p++;
        else break;
      }
      // check_next uses strchr, which also finds the terminating NUL: a NUL byte counts as a match.
      const e = src.charCodeAt(p);
      if ((e | 32) === 101 || e === 0) {
        p++;
        const s = src.charCodeAt(p);
        if (s === 43 || s === 45 || s === 0) p++;
      }
      while (cls(src.charCodeAt(p)) & (C_ALPHA | C_DIGIT)) p++;
    } else {
      let expo = 101; // 'e'
      if (src.charCodeAt(p) === 46) p++; // a numeral may start with its dot: '.5'
      if (src.charCodeAt(p) === 48 && (src.charCodeAt(p + 1) | 32) === 120) { p += 2; expo = 112; }
      else p++;
      for (;;) {
        const k = src.charCodeAt(p);
        if ((k | 32) === expo) {
          p++;
          const s = src.charCodeAt(p);
          if (s === 43 || s === 45) p++;
        } else if (cls(k) & C_XDIGIT || k === 46) p++;
        else break;
      }
      if (style === 'touching' && cls(src.charCodeAt(p)) & C_ALPHA) p++;
    }
    this.pos = p;
    const text = src.slice(start, p);
    let parsed: ParsedNumber | null;
    if (style === 'strtod') {
      const nul = text.indexOf('\0'); // C sees the numeral's text up to a NUL byte
      parsed = str2number51(nul < 0 ? text : text.slice(0, nul));
    }
    else if (this.d.has.integers) parsed = str2number53(text);
    else parsed = str2number52(text);
    if (parsed === null) this.fail('malformed number', { kind: 'text', text }, start, line, col);
    this.push(T.NumberLit, text, start, line, col, parsed);
  }
}

/** Lexes a whole source (a byte string) for one dialect: every token up to and including EOF. */
export function lex(source: string, dialect: Dialect, options: LexOptions = {}): LexResult {
  const s = new Scanner(source, dialect, options);
  const tokens: LuaToken[] = [];
  for (;;) {
    const t = s.next();
    tokens.push(t);
    if (t.tokenType === T.EOF) break;
  }
  return { tokens, comments: s.comments };
}
