/**
 * The front end's entry point: lex and parse a chunk for one dialect, returning the AST,
 * the scope analysis and (in recovery mode) every diagnostic.
 *
 * Invariant: one parser instance per dialect and mode, built on first use and reused
 * (Chevrotain's grammar analysis is done once per instance, never per parse).
 */
import type { Chunk } from '../src/ast/nodes.js';
import { DEFAULT_DIALECT, DIALECT_NAMES, getDialect, type Dialect, type DialectName } from '../src/dialect/index.js';
import { SAVED_ANALYSES } from './analysis-data.js';
import { Lua51Parser, type Diagnostic, type ParserSettings } from './base.js';
import { chunkId, LuaSyntaxError } from './errors.js';
import { Lua52Parser } from './lua52.js';
import { Lua53Parser } from './lua53.js';
import { Lua54Parser } from './lua54.js';
import { Lua55Parser } from './lua55.js';
import type { ScopeInfo } from './scope.js';

export { LuaSyntaxError, chunkId } from './errors.js';
export type { Diagnostic } from './base.js';
export type * from './scope.js';
export { lex, type LuaToken, type LexResult } from './lexer.js';

type ParserClass = new (settings: ParserSettings) => Lua51Parser;

/** The parser class of each dialect, oldest first (each one subclasses the previous dialect's). */
const CLASS_CHAIN = [Lua51Parser, Lua52Parser, Lua53Parser, Lua54Parser, Lua55Parser];

/** The parser class of each dialect. */
export const PARSER_CLASSES = Object.fromEntries(DIALECT_NAMES.map((name, i) => [name, CLASS_CHAIN[i]!])) as unknown as Record<
  DialectName,
  ParserClass & { grammarFeatures: readonly string[] }
>;

const instances = new Map<string, Lua51Parser>();

function parserFor(dialect: Dialect, recover: boolean): Lua51Parser {
  const key = `${dialect.name}/${recover}`;
  let p = instances.get(key);
  if (!p) {
    const saved = SAVED_ANALYSES[dialect.name];
    p = new PARSER_CLASSES[dialect.name]({ recover, analysis: saved === undefined ? undefined : JSON.parse(saved) });
    instances.set(key, p);
  }
  return p;
}

export interface ParseOptions {
  /** '5.1' ... '5.5' (default '5.5'). */
  dialect?: DialectName;
  /**
   * The chunk name as Lua takes it: '@file.lua' for a file, '=name' for a literal name,
   * anything else is the source itself (messages then say [string "..."]). Default: '=?'.
   */
  chunkName?: string;
  /** Keep parsing after errors and return every diagnostic (tooling). Default false: throw the first. */
  recover?: boolean;
  /**
   * Read the source as loadfile does: skip a UTF-8 byte-order mark (5.2+) and a first line
   * starting with '#'. Default false (load and loadstring do neither).
   */
  fromFile?: boolean;
  /** Collect comments into `chunk.comments`. Default true. */
  comments?: boolean;
  /**
   * Record every name use in `scope.resolutions` and `variable.references` (default true).
   * A plain syntax check can turn it off; every compile-time check is made either way.
   */
  scope?: boolean;
}

export interface ParseResult {
  chunk: Chunk;
  scope: ScopeInfo;
  /** Every syntax and compile-time error found (only in recovery mode; strict mode throws). */
  diagnostics: Diagnostic[];
  dialect: Dialect;
}

/**
 * Parses a Lua chunk. `source` is a byte string (one char per byte, as `Buffer#toString('latin1')`
 * gives). In strict mode a LuaSyntaxError with the official message is thrown for the first
 * error; with `recover: true` all diagnostics are returned beside the AST built from what parsed.
 */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const dialect = getDialect(options.dialect ?? DEFAULT_DIALECT);
  const recover = options.recover ?? false;
  const fromFile = options.fromFile ?? false;
  const binary = binaryChunkError(source, options);
  if (binary !== null) {
    const err = new LuaSyntaxError(binary, binary.slice(binary.indexOf(': ') + 2), null, 0, 1);
    if (!recover) throw err;
    const result = parse('', { ...options, fromFile: false });
    result.diagnostics.push({ message: err.message, reason: err.reason, line: null, start: 0, end: 1 });
    return result;
  }
  const parser = parserFor(dialect, recover);
  const scanner = parser.prepare(source, dialect, chunkId(options.chunkName ?? '=?', dialect), {
    skipShebang: fromFile,
    skipBOM: fromFile && dialect.has.loadfileSkipsBOM,
    comments: options.comments ?? true,
  }, options.scope ?? true);
  const { chunk, scope } = parser.parseChunk();
  chunk.comments = scanner.comments;
  return { chunk, scope: scope.info, diagnostics: parser.diagnostics, dialect };
}

/** The start of Luna's string.dump output (DUMP_SIGNATURE in src/stdlib/string.ts). */
const LUNA_DUMP_SIGNATURE = '\x1bLuaLuna\0';

/** The chunk as lua_load sees it: loadfile skips a byte-order mark (5.2+) and a first line starting with '#'. */
function chunkBody(source: string, dialect: Dialect, fromFile: boolean): string {
  if (!fromFile) return source;
  let body = dialect.has.loadfileSkipsBOM && source.startsWith('\xEF\xBB\xBF') ? source.slice(3) : source;
  if (body.charCodeAt(0) === 35 /* # */) {
    const nl = body.indexOf('\n');
    body = nl < 0 ? '' : body.slice(nl + 1);
  }
  return body;
}

/** Whether a chunk is Luna's own precompiled form (string.dump), which `load` accepts. */
export function isLunaBinaryChunk(source: string, options: ParseOptions = {}): boolean {
  const dialect = getDialect(options.dialect ?? DEFAULT_DIALECT);
  return chunkBody(source, dialect, options.fromFile ?? false).startsWith(LUNA_DUMP_SIGNATURE);
}

/**
 * A chunk starting with ESC is a precompiled chunk for lua_load, never lexed: the message the
 * official compiler gives reading its header ("input.lua: truncated precompiled chunk": the
 * header is shorter than the block it reads first, else it is not one of its own). Null when
 * the chunk is text or Luna's own string.dump form.
 */
export function binaryChunkError(source: string, options: ParseOptions = {}): string | null {
  const dialect = getDialect(options.dialect ?? DEFAULT_DIALECT);
  const body = chunkBody(source, dialect, options.fromFile ?? false);
  if (body.charCodeAt(0) !== 27 || body.startsWith(LUNA_DUMP_SIGNATURE)) return null;
  const name = options.chunkName ?? '=?';
  const where = name.startsWith('@') || name.startsWith('=') ? name.slice(1) : name.charCodeAt(0) === 27 ? 'binary string' : name;
  const msgs = dialect.runtime.binaryChunkErrors;
  return `${where}: ${body.length < dialect.syntax.binaryHeaderSize ? msgs.truncated : msgs.notBinary}`;
}
