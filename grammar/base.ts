/**
 * The Lua 5.1 grammar, and the machinery every dialect's grammar shares. Later dialects
 * subclass it (lua52.ts ... lua55.ts) and override only the rules that changed.
 *
 * Invariants:
 * - Rules mirror the recursive descent of the official lparser.c: every decision is LL(1)
 *   (two tokens for a table field, as PUC's lookahead), so a syntax error is found at the
 *   same token as the official parser finds it, and reported with the same message.
 *   Where PUC parses unconditionally and lets a deeper function fail, a rule checks the
 *   token itself before Chevrotain would quietly skip an optional part.
 * - Actions build the AST directly (no CST), each node as one object literal with all its
 *   fields, and feed the ScopeTracker in source order. Actions never run during
 *   Chevrotain's recording phase.
 * - Nesting depth is counted where PUC counts it (statements, or blocks in 5.1; expression
 *   levels), so deep input fails with the official error instead of a JS stack overflow.
 * - Binary expressions are parsed as a flat operand/operator list and folded on line with
 *   PUC's priority table, tracking the depth PUC's recursive subexpr would reach.
 * - Tokens are lexed on demand (see the lexer adapter section); only a few are alive.
 */
import { installLazyGast, SavedLookahead, savedLookaheadFunction, type SavedAnalysis } from './analysis-cache.js';
import { EmbeddedActionsParser, EOF, type IParserConfig, type Rule, type TokenType } from './chevrotain.js';
import type * as A from '../src/ast/nodes.js';
import type { Dialect } from '../src/dialect/index.js';
import { foldConstant } from './constfold.js';
import { formatMessage, LuaSyntaxError, nearLexical, nearToken, tokenKindText } from './errors.js';
import { Scanner, type LexErrorInfo, type LexOptions, type LuaToken } from './lexer.js';
import type { ParsedNumber } from './numerals.js';
import { ScopeTracker, type Attrib, type LocalVariable, type NearWhich } from './scope.js';
import * as T from './tokens.js';

/** A diagnostic collected in recovery mode. */
export interface Diagnostic {
  /** The full official-style message. */
  message: string;
  reason: string;
  line: number | null;
  start: number;
  end: number;
}

/** Binary operator priorities (left, right), PUC's `priority` table. */
const BINARY_PRIORITY = new Map<TokenType, [number, number, A.BinaryOperator | A.LogicalOperator]>([
  [T.Plus, [10, 10, '+']], [T.Minus, [10, 10, '-']],
  [T.Star, [11, 11, '*']], [T.Percent, [11, 11, '%']],
  [T.Caret, [14, 13, '^']],
  [T.Slash, [11, 11, '/']], [T.DoubleSlash, [11, 11, '//']],
  [T.Ampersand, [6, 6, '&']], [T.Pipe, [4, 4, '|']], [T.Tilde, [5, 5, '~']],
  [T.ShiftLeft, [7, 7, '<<']], [T.ShiftRight, [7, 7, '>>']],
  [T.Concat, [9, 8, '..']],
  [T.Equal, [3, 3, '==']], [T.Less, [3, 3, '<']], [T.LessEqual, [3, 3, '<=']],
  [T.NotEqual, [3, 3, '~=']], [T.Greater, [3, 3, '>']], [T.GreaterEqual, [3, 3, '>=']],
  [T.And, [2, 2, 'and']], [T.Or, [1, 1, 'or']],
]);
/** PUC's UNARY_PRIORITY: a unary operator binds tighter than everything but '^'. */
const UNARY_PRIORITY = 12;
const UNARY_OPERATOR: (A.UnaryOperator | undefined)[] = [];
UNARY_OPERATOR[T.Minus.tokenTypeIdx!] = '-';
UNARY_OPERATOR[T.Not.tokenTypeIdx!] = 'not';
UNARY_OPERATOR[T.Hash.tokenTypeIdx!] = '#';
UNARY_OPERATOR[T.Tilde.tokenTypeIdx!] = '~';

/** Token-type index sets, for O(1) membership tests on the hot path. */
function indexSet(types: TokenType[]): Uint8Array {
  const set = new Uint8Array(256);
  for (const t of types) {
    set[t.tokenTypeIdx!] = 1;
    for (const sub of t.categoryMatches ?? []) set[sub] = 1;
  }
  return set;
}
const LEFT_PRIORITY = new Int8Array(256);
const RIGHT_PRIORITY = new Int8Array(256);
const OPERATOR_TEXT: (A.BinaryOperator | A.LogicalOperator | undefined)[] = [];
for (const [t, [l, r, text]] of BINARY_PRIORITY) {
  LEFT_PRIORITY[t.tokenTypeIdx!] = l;
  RIGHT_PRIORITY[t.tokenTypeIdx!] = r;
  OPERATOR_TEXT[t.tokenTypeIdx!] = text;
}
const CONCAT_IDX = T.Concat.tokenTypeIdx!;
/** block_follow with 'until' (PUC's block_follow(ls, 1)). */
const BLOCK_FOLLOW = indexSet([T.Else, T.Elseif, T.End, T.Until, T.EOF]);
/** Keywords and symbols that start a statement (for recovery). */
const STATEMENT_START = indexSet([
  T.Local, T.Function, T.If, T.While, T.For, T.Do, T.Repeat, T.Return, T.Break, T.Goto, T.DoubleColon, T.Semicolon,
]);
/** Tokens that can start an expression (unary operators, literals, '{', function, names, '('). */
const EXPRESSION_START = indexSet([
  T.UnaryOperator, T.Nil, T.True, T.False, T.NumberLit, T.StringLit, T.Dots, T.LBrace, T.Function, T.Name, T.LParen,
]);

type Alt<R> = { ALT: () => R; GATE?: () => boolean };

export interface ParserSettings {
  /** Collect every diagnostic and keep parsing (tooling), instead of stopping at the first error. */
  recover: boolean;
  /** The grammar's analysis saved by the build (analysis-cache.ts): restored instead of computed. */
  analysis?: SavedAnalysis | undefined;
}

/** What Chevrotain's analysis sets on a parser (parser.js, performSelfAnalysis), restored from saved data. */
interface ChevrotainAnalysis {
  selfAnalysisDone: boolean;
  definedRulesNames: string[];
  gastProductionsCache: Record<string, Rule>;
  setLaFuncCache(key: number, f: object): void;
}

/** Tokens Chevrotain's lookahead may look at (LL(2): 'Name =' in table constructors, labels). */
const MAX_LOOKAHEAD = 2;

/** Every token type by name (restoring saved analyses). */
const TOKENS_BY_NAME = new Map([...T.ALL_TOKENS, EOF].map((t) => [t.name, t]));

/** Thrown inside the parser when an error stops the current statement (or, in strict mode, the parse). */
class StopParse extends Error {}

/** Chevrotain keeps the index of the last consumed token in `currIdx`. */
interface ChevrotainIndex {
  currIdx: number;
}

export class Lua51Parser extends EmbeddedActionsParser {
  /** The grammar capabilities this class (not its bases) implements; checked against the dialect table. */
  static readonly grammarFeatures: readonly string[] = [];

  protected d!: Dialect;
  protected scope!: ScopeTracker;
  protected source = '';
  protected chunkName = '';
  protected recover: boolean;
  /** Keep every name use in the scope information (tooling, compiler), or only check. */
  private recordScope = true;
  /** PUC's nCcalls while parsing: the nesting level of statements/blocks and expressions. */
  protected level = 0;
  diagnostics: Diagnostic[] = [];
  private firstError: LuaSyntaxError | null = null;
  // Shared stacks of the flat expression parser (no allocation per expression).
  private readonly opStack: LuaToken[] = [];
  /** Parallel to opStack: whether each pending operator is unary. */
  private readonly opUnary: boolean[] = [];
  private readonly valStack: A.Expression[] = [];
  /** The token at which PUC peeked one token further (a table field starting with a name). */
  protected lookedAheadFrom: LuaToken | null = null;
  /**
   * Registers PUC's code generator holds above the active locals of the current function
   * (its freereg - nvarstack) for the parts of expressions modelled here: call bases and
   * their arguments, values of an expression list, left operands of '..'. Never more than
   * PUC holds, so the register limit is never reported where PUC would not report it.
   */
  private temps = 0;
  /** The current expression of a suffixed expression, read by the suffix alternatives. */
  private suffixBase: A.Expression | null = null;

  constructor(settings: ParserSettings, isInvokedByChildConstructor = false) {
    // Luna recovers from errors itself, statement by statement (see guardedStatement).
    const lookahead = new SavedLookahead(MAX_LOOKAHEAD);
    const config: IParserConfig = { recoveryEnabled: false, maxLookahead: MAX_LOOKAHEAD, skipValidations: true, lookaheadStrategy: lookahead };
    super(T.ALL_TOKENS, config);
    this.recover = settings.recover;
    this.lookahead = lookahead;
    this.savedAnalysis = settings.analysis;
    if (!isInvokedByChildConstructor) this.performSelfAnalysis();
  }

  /** The lookahead paths, kept (the build saves them with the GAST). */
  readonly lookahead: SavedLookahead;
  private savedAnalysis: SavedAnalysis | undefined;

  /**
   * Chevrotain's analysis, or its result saved by the build when there is one for this
   * grammar (analysis-cache.ts): the lookahead functions from the saved paths, under the
   * keys Chevrotain gave them, and the GAST (only Chevrotain's error messages read it)
   * restored on first use. The rules never run in recording mode.
   */
  override performSelfAnalysis(): void {
    const saved = this.savedAnalysis;
    this.savedAnalysis = undefined;
    const self = this as unknown as ChevrotainAnalysis;
    const usable =
      saved !== undefined &&
      typeof self.setLaFuncCache === 'function' &&
      saved.rules.length === self.definedRulesNames.length &&
      saved.rules.every((name, i) => self.definedRulesNames[i] === name);
    if (!usable) {
      super.performSelfAnalysis();
      return;
    }
    this.lookahead.preload(saved.paths, TOKENS_BY_NAME);
    for (const [key, production, hasPredicates] of saved.functions) {
      const alts = this.lookahead.pathsOf(production);
      if (alts === undefined) throw new Error(`grammar analysis: no paths for ${production}`);
      self.setLaFuncCache(key, savedLookaheadFunction(production, alts, hasPredicates));
    }
    installLazyGast(self.gastProductionsCache, saved.gast, TOKENS_BY_NAME);
    self.selfAnalysisDone = true;
  }

  /** Prepares a parse: the source, the dialect, lexer options, and the chunk name used in messages. */
  prepare(source: string, dialect: Dialect, chunkName: string, lexOptions: LexOptions, recordScope: boolean): Scanner {
    this.recordScope = recordScope;
    this.input = [];
    this.scanner = new Scanner(source, dialect, lexOptions);
    this.produced = 0;
    this.d = dialect;
    this.source = source;
    this.chunkName = chunkName;
    this.level = dialect.syntax.nesting.base;
    this.diagnostics = [];
    this.firstError = null;
    this.lookedAheadFrom = null;
    this.temps = 0;
    this.opStack.length = 0;
    this.opUnary.length = 0;
    this.valStack.length = 0;
    return this.scanner;
  }

  /** Runs the parse of a whole chunk; throws the first LuaSyntaxError in strict mode. */
  parseChunk(): { chunk: A.Chunk; scope: ScopeTracker } {
    let chunk: A.Chunk | undefined;
    try {
      chunk = this.chunk();
    } catch (e) {
      if (!(e instanceof StopParse)) throw e;
    }
    if (this.firstError && !this.recover) throw this.firstError;
    return { chunk: chunk ?? this.emptyChunk(), scope: this.scope };
  }

  private emptyChunk(): A.Chunk {
    return { type: 'Chunk', start: 0, end: this.source.length, line: 1, column: 0, endLine: 1, endColumn: 0, body: [], comments: [] };
  }

  // ================================================================== on-demand lexing
  // Chevrotain reads tokens through these methods (its "lexer adapter"); Luna lexes as the
  // parser asks, keeping the last few tokens in a ring. currIdx is the last consumed token.

  private scanner!: Scanner;
  private readonly ring: LuaToken[] = new Array(8);
  /** Number of tokens scanned so far. */
  private produced = 0;
  private static readonly BEFORE_START: LuaToken = {
    image: '', startOffset: 0, endOffset: -1, startLine: 1, startColumn: 0, endLine: 1, endColumn: 0,
    tokenTypeIdx: T.EOF.tokenTypeIdx!, tokenType: T.EOF, payload: null,
  };

  private tokenAt(i: number): LuaToken {
    if (i < 0) return Lua51Parser.BEFORE_START;
    while (i >= this.produced) {
      this.ring[this.produced & 7] = this.scanner.next();
      this.produced++;
    }
    return this.ring[i & 7]!;
  }

  override LA_FAST(howMuch: number): LuaToken {
    return this.tokenAt((this as unknown as ChevrotainIndex).currIdx + howMuch);
  }

  override LA(howMuch: number): LuaToken {
    return this.tokenAt((this as unknown as ChevrotainIndex).currIdx + howMuch);
  }

  override SKIP_TOKEN(): LuaToken {
    (this as unknown as ChevrotainIndex).currIdx++;
    return this.LA(1);
  }

  /** Chevrotain calls this to give up on the input (not reached: Luna throws its own errors). */
  moveToTerminatedState(): void {
    while (this.LA(1).tokenType !== T.EOF) (this as unknown as ChevrotainIndex).currIdx++;
  }

  /** The index of the last consumed token. */
  private tokenIndex(): number {
    return (this as unknown as ChevrotainIndex).currIdx;
  }

  // ================================================================== errors

  /** Raises a syntax error at the current token (luaX_syntaxerror), or with no "near" part. */
  protected fail(reason: string, near: NearWhich = 'current'): never {
    const tok = (near === 'previous' ? this.LA(0) : this.LA(1)) as LuaToken;
    if (tok.tokenType === T.LexError) this.failLexical(tok);
    this.report(this.makeError(reason, near, tok));
  }

  private makeError(reason: string, near: NearWhich, tok: LuaToken): LuaSyntaxError {
    const text = near === 'none' || near === 'none-current' ? null : nearToken(tok, this.d);
    const line = this.errorLine(near);
    return new LuaSyntaxError(formatMessage(this.chunkName, line, reason, text), reason, line, tok.startOffset, tok.endOffset! + 1);
  }

  /**
   * The line PUC names: the lexer's line (the end of the current token, or of the token it
   * looked ahead to), or for 5.5's semantic errors the line of the last token read.
   */
  protected errorLine(near: NearWhich): number {
    const lastLine = near === 'previous' || (near === 'none' && this.d.syntax.semanticErrorLine === 'previous');
    if (lastLine) {
      const prev = this.LA(0) as LuaToken;
      return prev === this.lookedAheadFrom ? (this.LA(1) as LuaToken).endLine! : prev.endLine!;
    }
    const cur = this.LA(1) as LuaToken;
    return cur === this.lookedAheadFrom ? (this.LA(2) as LuaToken).endLine! : cur.endLine!;
  }

  /** Reports the lexer's error stored in a LexError token. */
  protected failLexical(tok: LuaToken): never {
    const info = tok.payload as LexErrorInfo;
    const near = nearLexical(info.near, this.d);
    this.report(
      new LuaSyntaxError(formatMessage(this.chunkName, info.line, info.message, near), info.message, info.line, tok.startOffset, tok.endOffset! + 1),
    );
  }

  /** An error whose text is complete (e.g. "C stack overflow", which PUC prints without position). */
  protected failBare(reason: string): never {
    const tok = this.LA(1) as LuaToken;
    this.report(new LuaSyntaxError(reason, reason, null, tok.startOffset, tok.endOffset! + 1));
  }

  private record(err: LuaSyntaxError): void {
    if (!this.firstError) this.firstError = err;
    if (this.recover) this.diagnostics.push({ message: err.message, reason: err.reason, line: err.line, start: err.start, end: err.end });
  }

  private report(err: LuaSyntaxError): never {
    this.record(err);
    throw new StopParse();
  }

  /**
   * A semantic error (const assignment, goto rules, limits...). Strict mode stops at it;
   * recovery mode records it and returns, so parsing goes on.
   */
  protected raiseSemantic = (reason: string, near: NearWhich): void => {
    if (!this.recover) this.fail(reason, near);
    const tok = (near === 'previous' ? this.LA(0) : this.LA(1)) as LuaToken;
    this.record(this.makeError(reason, near, tok));
  };

  /** checknext/check: the current token must be `type`. */
  protected expect(type: TokenType): void {
    if (this.LA(1).tokenType !== type) this.fail(`${tokenKindText(type, this.d)} expected`);
  }

  /** check_match: `what` must close the construct `who` opened at line `where`. */
  protected expectMatch(what: TokenType, who: TokenType, where: number): void {
    const tok = this.LA(1) as LuaToken;
    if (tok.tokenType === what) return;
    if (tok.tokenType === T.LexError) this.failLexical(tok);
    if (where === tok.endLine) this.fail(`${tokenKindText(what, this.d)} expected`);
    this.fail(`${tokenKindText(what, this.d)} expected (to close ${tokenKindText(who, this.d)} at line ${where})`);
  }

  /** The current token must be able to start an expression (else PUC's primaryexp fails). */
  protected requireExpression(): void {
    if (!EXPRESSION_START[this.LA(1).tokenTypeIdx]) this.fail('unexpected symbol');
  }

  // ================================================================== nesting levels

  /** PUC's enterlevel: one more nesting level, checked against the dialect's limit. */
  protected enterLevel(): void {
    const n = this.d.syntax.nesting;
    const level = ++this.level;
    if (n.atLimit ? level >= n.limit : level > n.limit) this.levelError();
  }

  /** PUC's luaK_reserveregs(n): checks the register limit at the current token. */
  protected reserveRegs(n: number): void {
    this.checkRegs(n, 'current');
    this.temps += n;
  }

  /** luaK_checkstack(n): fails when n more registers pass the dialect's limit. */
  private checkRegs(n: number, near: 'previous' | 'current'): void {
    const r = this.d.syntax.registers;
    const top = this.scope.registers + this.temps + n;
    if (r.atLimit ? top >= r.limit : top > r.limit) this.limitFail(r.message, r.limit, 'registers', near);
  }

  /** A code generator limit: the dialect's fixed message, or luaY_checklimit's "too many X (limit is N) in F". */
  protected limitFail(message: string | null, limit: number, what: string, near: 'previous' | 'current' = 'current'): never {
    if (message !== null) this.fail(message, near);
    const line = this.scope.currentFunction.line;
    this.fail(`too many ${what} (limit is ${limit}) in ${line === 0 ? 'main function' : `function at line ${line}`}`, near);
  }

  protected levelError(): never {
    const n = this.d.syntax.nesting;
    if (n.report === 'c-stack') this.failBare('C stack overflow');
    if (n.report === 'syntax-levels') this.fail('chunk has too many syntax levels', 'none-current');
    const line = this.scope.currentFunction.line;
    const where = line === 0 ? 'main function' : `function at line ${line}`;
    this.fail(`too many C levels (limit is ${n.limit}) in ${where}`);
  }

  // ================================================================== node helpers

  /** The last consumed token (where a node being finished ends). */
  protected last(): LuaToken {
    return this.LA(0) as LuaToken;
  }

  protected identifier(tok: LuaToken): A.Identifier {
    return {
      type: 'Identifier', start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!,
      column: tok.startColumn!, endLine: tok.endLine!, endColumn: tok.endColumn!, name: tok.image,
    };
  }

  // ================================================================== chunk and blocks

  /** chunk -> statlist EOF */
  chunk = this.RULE('chunk', (): A.Chunk => {
    if (!this.RECORDING_PHASE) {
      const chunkNode = { type: 'Chunk', start: 0, end: 0, line: 1, column: 0, endLine: 0, endColumn: 0, body: [], comments: [] } as A.Chunk;
      this.scope = new ScopeTracker(this.d, chunkNode, this.raiseSemantic, this.recordScope);
    }
    const body = this.SUBRULE(this.statlist);
    if (!this.RECORDING_PHASE) {
      this.expect(T.EOF);
      this.scope.closeFunction();
    }
    const eof = this.CONSUME(T.EOF) as LuaToken;
    if (this.RECORDING_PHASE) return undefined as unknown as A.Chunk;
    const chunk = this.scope.info.main.node as A.Chunk;
    chunk.body = body;
    chunk.end = this.source.length;
    chunk.endLine = eof.endLine!;
    chunk.endColumn = eof.endColumn!;
    return chunk;
  });

  /**
   * statlist -> { stat [';'] } [ laststat [';'] ]        (5.1)
   * A statement list ends at a block follower (else, elseif, end, until, <eof>); any other
   * token that cannot start a statement is an "unexpected symbol", as in PUC.
   */
  statlist = this.RULE('statlist', (): A.Statement[] => {
    const rec = this.RECORDING_PHASE;
    const body: A.Statement[] = [];
    if (!rec && this.d.syntax.nesting.countBlocks) this.enterLevel();
    let last = false;
    for (;;) {
      this.MANY(() => {
        const s = this.recover ? this.guardedStatement(this.parseStatement) : this.SUBRULE(this.statement);
        if (s) body.push(s);
        this.OPTION(() => this.CONSUME(T.Semicolon));
      });
      this.OPTION2(() => {
        const s = this.recover ? this.guardedStatement(this.parseLastStatement) : this.SUBRULE(this.lastStatement);
        if (s) body.push(s);
        this.OPTION3(() => this.CONSUME2(T.Semicolon));
        last = true;
      });
      if (rec || last || this.blockEnds()) break;
    }
    if (!rec && this.d.syntax.nesting.countBlocks) this.level--;
    return body;
  });

  protected readonly parseStatement = (): A.Statement => this.SUBRULE(this.statement);
  private readonly parseLastStatement = (): A.Statement => this.SUBRULE(this.lastStatement);

  /**
   * After a statement list: the current token must end the block, else it is an
   * "unexpected symbol". Returns false when, in recovery mode, tokens were skipped and
   * more statements may follow.
   */
  protected blockEnds(): boolean {
    const tok = this.LA(1);
    if (!BLOCK_FOLLOW[tok.tokenTypeIdx]) {
      if (!this.recover) this.fail('unexpected symbol');
      try {
        this.fail('unexpected symbol');
      } catch (e) {
        if (!(e instanceof StopParse)) throw e;
      }
      this.skipToStatement(true);
      return false;
    }
    this.scope.endOfStatements(tok.tokenType === T.Until);
    return true;
  }

  /**
   * Recovery mode: parses one statement; on a syntax error (already recorded) restores the
   * scope tracker and parser state as they were before the statement, skips to a token
   * where a statement can start, and returns undefined.
   */
  protected guardedStatement<S>(parseOne: () => S): S | undefined {
    if (this.RECORDING_PHASE) return parseOne();
    const snap = this.scope.snapshot();
    const level = this.level;
    const ops = this.opStack.length;
    const vals = this.valStack.length;
    const startIdx = this.tokenIndex();
    try {
      return parseOne();
    } catch (e) {
      if (!(e instanceof StopParse)) throw e;
      this.scope.restore(snap);
      this.level = level;
      this.opStack.length = ops;
      this.opUnary.length = ops;
      this.valStack.length = vals;
      this.lookedAheadFrom = null;
      this.skipToStatement(this.tokenIndex() === startIdx);
      return undefined;
    }
  }

  /** Skips tokens up to one that can start a statement or ends a block (at least one token when `force`). */
  private skipToStatement(force: boolean): void {
    let first = true;
    for (;;) {
      const tok = this.LA(1) as LuaToken;
      const t = tok.tokenType;
      if (t === T.EOF) return;
      if (t === T.LexError) {
        this.SKIP_TOKEN();
        continue;
      }
      if (!(first && force)) {
        if (BLOCK_FOLLOW[tok.tokenTypeIdx] || STATEMENT_START[tok.tokenTypeIdx]) return;
        // A name or '(' that starts a line probably starts a statement.
        if ((t === T.Name || t === T.LParen) && tok.startLine! > this.last().endLine!) return;
      }
      first = false;
      this.SKIP_TOKEN();
    }
  }

  /** laststat -> return [explist] | break        (5.1) */
  lastStatement = this.RULE('lastStatement', (): A.Statement => this.OR(this.lastStatementAlternatives));
  private readonly lastStatementAlternatives: Alt<A.Statement>[] = [
    { ALT: () => this.SUBRULE(this.returnStatement) },
    { ALT: () => this.SUBRULE(this.breakStatement) },
  ];

  /** The statement alternatives of this dialect, built once (Chevrotain advises caching OR arrays). */
  private statementAlternatives: Alt<A.Statement>[] | undefined;

  /** Statement alternatives that start with a keyword or symbol; exprstat comes after them. */
  protected keywordStatementAlternatives(): Alt<A.Statement>[] {
    return [
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.whileStatement) },
      { ALT: () => this.SUBRULE(this.doStatement) },
      { ALT: () => this.SUBRULE(this.forStatement) },
      { ALT: () => this.SUBRULE(this.repeatStatement) },
      { ALT: () => this.SUBRULE(this.functionStatement) },
      { ALT: () => this.SUBRULE(this.localStatement) },
    ];
  }

  /** All statement alternatives: PUC's switch, whose default case is exprstat. */
  protected buildStatementAlternatives(): Alt<A.Statement>[] {
    return [...this.keywordStatementAlternatives(), { ALT: () => this.SUBRULE(this.exprStatement) }];
  }

  /** statement -> one of the alternatives above (each starts with a distinct token). */
  statement = this.RULE('statement', (): A.Statement => {
    const rec = this.RECORDING_PHASE;
    if (!rec) {
      if (!this.d.syntax.nesting.countBlocks) this.enterLevel();
      this.temps = 0;
      const t = this.LA(1).tokenType;
      if (t !== T.Semicolon && t !== T.DoubleColon) this.scope.beforeStatement();
    }
    const s = this.OR(this.statementAlternatives ?? (this.statementAlternatives = this.buildStatementAlternatives()));
    if (!rec && !this.d.syntax.nesting.countBlocks) this.level--;
    return s;
  });

  /** block -> statlist, in a scope of its own */
  blockRule = this.RULE('blockRule', (): A.Statement[] => {
    if (!this.RECORDING_PHASE) this.scope.enterBlock(false);
    const body = this.SUBRULE(this.statlist);
    if (!this.RECORDING_PHASE) this.scope.leaveBlock();
    return body;
  });

  /** Closes a loop's scope block and links the loop's breaks to it. */
  protected leaveLoop(loop: A.Statement): void {
    for (const b of this.scope.leaveBlock()) this.scope.info.breakTargets.set(b, loop);
  }

  // ================================================================== statements

  /** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
  ifStatement = this.RULE('ifStatement', (): A.IfStatement => {
    const ifTok = this.CONSUME(T.If) as LuaToken;
    const clauses: A.IfClause[] = [];
    clauses.push(this.SUBRULE(this.testThenBlock, { ARGS: [ifTok] }));
    this.MANY(() => {
      const t = this.CONSUME(T.Elseif) as LuaToken;
      clauses.push(this.SUBRULE2(this.testThenBlock, { ARGS: [t] }));
    });
    let orElse: A.ElseClause | null = null;
    this.OPTION(() => {
      const t = this.CONSUME(T.Else) as LuaToken;
      const body = this.SUBRULE2(this.blockRule);
      const l = this.last();
      orElse = {
        type: 'ElseClause', start: t.startOffset, end: l.endOffset! + 1, line: t.startLine!, column: t.startColumn!,
        endLine: l.endLine!, endColumn: l.endColumn!, body,
      };
    });
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.If, ifTok.endLine!);
    const l = this.CONSUME(T.End) as LuaToken;
    return {
      type: 'IfStatement', start: ifTok.startOffset, end: l.endOffset! + 1, line: ifTok.startLine!, column: ifTok.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, clauses, orElse,
    };
  });

  /** test_then_block -> [IF | ELSEIF] cond THEN block (the keyword was consumed by the caller) */
  testThenBlock = this.RULE('testThenBlock', (kw: LuaToken): A.IfClause => {
    const condition = this.SUBRULE(this.expr);
    if (!this.RECORDING_PHASE) this.expect(T.Then);
    this.CONSUME(T.Then);
    const body = this.SUBRULE(this.blockRule);
    if (this.RECORDING_PHASE) return undefined as unknown as A.IfClause;
    const l = this.last();
    return {
      type: 'IfClause', start: kw.startOffset, end: l.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, condition, body,
    };
  });

  /** whilestat -> WHILE cond DO block END */
  whileStatement = this.RULE('whileStatement', (): A.WhileStatement => {
    const kw = this.CONSUME(T.While) as LuaToken;
    const condition = this.SUBRULE(this.expr);
    if (!this.RECORDING_PHASE) {
      this.scope.enterBlock(true);
      this.expect(T.Do);
    }
    this.CONSUME(T.Do);
    const body = this.SUBRULE(this.blockRule);
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.While, kw.endLine!);
    const l = this.CONSUME(T.End) as LuaToken;
    const node: A.WhileStatement = {
      type: 'WhileStatement', start: kw.startOffset, end: l.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, condition, body,
    };
    if (!this.RECORDING_PHASE) this.leaveLoop(node);
    return node;
  });

  /** DO block END */
  doStatement = this.RULE('doStatement', (): A.DoStatement => {
    const kw = this.CONSUME(T.Do) as LuaToken;
    const body = this.SUBRULE(this.blockRule);
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.Do, kw.endLine!);
    const l = this.CONSUME(T.End) as LuaToken;
    return {
      type: 'DoStatement', start: kw.startOffset, end: l.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, body,
    };
  });

  /** repeatstat -> REPEAT block UNTIL cond (the condition is inside the block's scope) */
  repeatStatement = this.RULE('repeatStatement', (): A.RepeatStatement => {
    const kw = this.CONSUME(T.Repeat) as LuaToken;
    if (!this.RECORDING_PHASE) {
      this.scope.enterBlock(true);
      this.scope.enterBlock(false);
    }
    const body = this.SUBRULE(this.statlist);
    if (!this.RECORDING_PHASE) this.expectMatch(T.Until, T.Repeat, kw.endLine!);
    this.CONSUME(T.Until);
    const condition = this.SUBRULE(this.expr);
    if (this.RECORDING_PHASE) return undefined as unknown as A.RepeatStatement;
    const l = this.last();
    const node: A.RepeatStatement = {
      type: 'RepeatStatement', start: kw.startOffset, end: l.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, body, condition,
    };
    this.scope.leaveBlock();
    this.leaveLoop(node);
    return node;
  });

  /** forstat -> FOR NAME (fornum | forlist) END */
  forStatement = this.RULE('forStatement', (): A.NumericForStatement | A.GenericForStatement => {
    const kw = this.CONSUME(T.For) as LuaToken;
    if (!this.RECORDING_PHASE) {
      this.scope.enterBlock(true);
      this.expect(T.Name);
    }
    this.forName = this.CONSUME(T.Name) as LuaToken;
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1).tokenType;
      if (t !== T.Assign && t !== T.Comma && t !== T.In) this.fail("'=' or 'in' expected");
    }
    const partial = this.OR(this.forAlternatives);
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.For, kw.endLine!);
    const l = this.CONSUME(T.End) as LuaToken;
    if (this.RECORDING_PHASE) return partial;
    partial.start = kw.startOffset;
    partial.line = kw.startLine!;
    partial.column = kw.startColumn!;
    partial.end = l.endOffset! + 1;
    partial.endLine = l.endLine!;
    partial.endColumn = l.endColumn!;
    this.leaveLoop(partial);
    return partial;
  });
  /** The loop variable's token, read by the for alternatives. */
  private forName: LuaToken | null = null;
  private readonly forAlternatives: Alt<A.NumericForStatement | A.GenericForStatement>[] = [
    { ALT: () => this.SUBRULE(this.forNumeric) },
    { ALT: () => this.SUBRULE(this.forGeneric) },
  ];

  /** Declares a loop control variable; 5.5 makes it read-only. */
  protected declareControl(id: A.Identifier): void {
    this.scope.declareLocal(id.name, id, null, false, this.d.has.readOnlyForVariable);
  }

  /** fornum -> NAME = exp1,exp1[,exp1] forbody   (positions are set by forStatement) */
  forNumeric = this.RULE('forNumeric', (): A.NumericForStatement => {
    const rec = this.RECORDING_PHASE;
    let variable!: A.Identifier;
    if (!rec) {
      variable = this.identifier(this.forName!);
      for (const hidden of this.d.syntax.forNumericHidden) this.scope.declareLocal(hidden, null, null, true);
      this.declareControl(variable);
    }
    this.CONSUME(T.Assign);
    const init = this.SUBRULE(this.expr);
    if (!rec) this.expect(T.Comma);
    this.CONSUME(T.Comma);
    const limit = this.SUBRULE2(this.expr);
    let step: A.Expression | null = null;
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      step = this.SUBRULE3(this.expr);
    });
    const body = this.SUBRULE(this.forBody, { ARGS: [rec ? 0 : this.d.syntax.forNumericHidden.length] });
    return {
      type: 'NumericForStatement', start: 0, end: 0, line: 0, column: 0, endLine: 0, endColumn: 0,
      variable, init, limit, step, body,
    };
  });

  /** forlist -> NAME {,NAME} IN explist forbody   (positions are set by forStatement) */
  forGeneric = this.RULE('forGeneric', (): A.GenericForStatement => {
    const rec = this.RECORDING_PHASE;
    const variables: A.Identifier[] = [];
    if (!rec) {
      for (const hidden of this.d.syntax.forGenericHidden) this.scope.declareLocal(hidden, null, null, true);
      const first = this.identifier(this.forName!);
      variables.push(first);
      this.declareControl(first);
    }
    this.MANY(() => {
      this.CONSUME(T.Comma);
      if (!this.RECORDING_PHASE) this.expect(T.Name);
      const t = this.CONSUME(T.Name) as LuaToken;
      if (!this.RECORDING_PHASE) {
        const id = this.identifier(t);
        variables.push(id);
        this.scope.declareLocal(id.name, id);
      }
    });
    if (!rec) this.expect(T.In);
    this.CONSUME(T.In);
    const iterators = this.SUBRULE(this.exprList);
    const body = this.SUBRULE(this.forBody, { ARGS: [rec ? 0 : this.d.syntax.forGenericHidden.length] });
    return {
      type: 'GenericForStatement', start: 0, end: 0, line: 0, column: 0, endLine: 0, endColumn: 0,
      variables, iterators, body,
    };
  });

  /** forbody -> DO block: hidden state is active during the body; the named variables in an inner scope. */
  forBody = this.RULE('forBody', (hidden: number): A.Statement[] => {
    if (!this.RECORDING_PHASE) {
      this.scope.activate(hidden);
      this.temps = 0;
      this.expect(T.Do);
    }
    this.CONSUME(T.Do);
    if (!this.RECORDING_PHASE) {
      this.scope.enterBlock(false);
      this.scope.activate();
    }
    const body = this.SUBRULE(this.blockRule);
    if (!this.RECORDING_PHASE) this.scope.leaveBlock();
    return body;
  });

  /** funcstat -> FUNCTION funcname body */
  functionStatement = this.RULE('functionStatement', (): A.FunctionStatement => {
    const kw = this.CONSUME(T.Function) as LuaToken;
    const name = this.SUBRULE(this.funcName);
    const func = this.SUBRULE(this.funcBody, { ARGS: [kw, this.RECORDING_PHASE ? false : name.method !== null, kw.endLine!] });
    if (this.RECORDING_PHASE) return undefined as unknown as A.FunctionStatement;
    if (name.path.length === 0 && name.method === null) {
      this.scope.checkAssignable(this.scope.resolve(name.base.name));
    }
    return {
      type: 'FunctionStatement', start: kw.startOffset, end: func.end, line: kw.startLine!, column: kw.startColumn!,
      endLine: func.endLine, endColumn: func.endColumn, name, func,
    };
  });

  /** funcname -> NAME {'.' NAME} [':' NAME] */
  funcName = this.RULE('funcName', (): A.FunctionName => {
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const baseTok = this.CONSUME(T.Name) as LuaToken;
    const base = this.identifier(baseTok);
    if (!this.RECORDING_PHASE) this.scope.reference(base);
    const path: A.Identifier[] = [];
    let method: A.Identifier | null = null;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      if (!this.RECORDING_PHASE) this.expect(T.Name);
      path.push(this.identifier(this.CONSUME2(T.Name) as LuaToken));
    });
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      if (!this.RECORDING_PHASE) this.expect(T.Name);
      method = this.identifier(this.CONSUME3(T.Name) as LuaToken);
    });
    const l = this.last();
    return {
      type: 'FunctionName', start: baseTok.startOffset, end: l.endOffset! + 1, line: baseTok.startLine!, column: baseTok.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, base, path, method,
    };
  });

  /** localstat -> LOCAL FUNCTION NAME body | LOCAL NAME {',' NAME} ['=' explist] */
  localStatement = this.RULE('localStatement', (): A.LocalStatement | A.LocalFunctionStatement => {
    this.localKeyword = this.CONSUME(T.Local) as LuaToken;
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1).tokenType;
      if (t !== T.Function && t !== T.Name && !this.localStartsWithAttribute()) this.expect(T.Name);
    }
    return this.OR(this.localAlternatives);
  });
  /** The 'local' keyword, read by the local alternatives. */
  protected localKeyword: LuaToken | null = null;
  private readonly localAlternatives: Alt<A.LocalStatement | A.LocalFunctionStatement>[] = [
    { ALT: () => this.SUBRULE(this.localFunction) },
    { ALT: () => this.SUBRULE(this.localNames) },
  ];

  /** Whether `local` may be followed by an attribute (5.5's prefix form). */
  protected localStartsWithAttribute(): boolean {
    return false;
  }

  /** local function NAME body */
  localFunction = this.RULE('localFunction', (): A.LocalFunctionStatement => {
    const kw = this.localKeyword!;
    this.CONSUME(T.Function);
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const nameTok = this.CONSUME(T.Name) as LuaToken;
    const name = this.identifier(nameTok);
    if (!this.RECORDING_PHASE) {
      this.scope.declareLocal(name.name, name);
      this.scope.activate();
    }
    // PUC passes the line of the token after the name (normally the '(').
    const func = this.SUBRULE(this.funcBody, { ARGS: [nameTok, false, this.LA(1).endLine!] });
    if (this.RECORDING_PHASE) return undefined as unknown as A.LocalFunctionStatement;
    return {
      type: 'LocalFunctionStatement', start: kw.startOffset, end: func.end, line: kw.startLine!, column: kw.startColumn!,
      endLine: func.endLine, endColumn: func.endColumn, name, func,
    };
  });

  /** local NAME {',' NAME} ['=' explist]   (5.4+ adds attributes: see lua54.ts) */
  localNames = this.RULE('localNames', (): A.LocalStatement => {
    const kw = this.localKeyword!;
    const names: A.Identifier[] = [];
    const attributes: (A.Attribute | null)[] = [];
    let lastVar: LocalVariable | null = null;
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        if (!this.RECORDING_PHASE) this.expect(T.Name);
        const id = this.identifier(this.CONSUME(T.Name) as LuaToken);
        if (!this.RECORDING_PHASE) lastVar = this.scope.declareLocal(id.name, id);
        names.push(id);
        attributes.push(null);
      },
    });
    return this.finishLocal(kw, names, attributes, null, lastVar);
  });

  /** The '= explist' part of a local declaration, then activation of the names. */
  protected finishLocal(
    kw: LuaToken, names: A.Identifier[], attributes: (A.Attribute | null)[], prefix: A.Attribute | null, lastVar: LocalVariable | null,
  ): A.LocalStatement {
    let values: A.Expression[] = [];
    this.OPTION7(() => {
      this.CONSUME7(T.Assign);
      values = this.SUBRULE7(this.exprList);
    });
    if (this.RECORDING_PHASE) return undefined as unknown as A.LocalStatement;
    this.markCompileTimeConstant(names, values, lastVar);
    this.scope.activate();
    this.temps = 0;
    const l = this.last();
    return {
      type: 'LocalStatement', start: kw.startOffset, end: l.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, names, attributes, prefixAttribute: prefix, values,
    };
  }

  /**
   * PUC's localstat: when there are as many values as names, the last name is `<const>` and
   * its value is a constant expression, that local becomes a compile-time constant.
   */
  protected markCompileTimeConstant(names: A.Identifier[], values: A.Expression[], v: LocalVariable | null): void {
    if (names.length === 0 || names.length !== values.length) return;
    if (!v || v.attribute !== 'const') return;
    const value = foldConstant(values[values.length - 1]!, (e) => {
      const r = this.scope.resolve((e as A.Identifier).name);
      return r.kind !== 'global' ? (r.variable.constant ?? undefined) : undefined;
    });
    if (value) this.scope.setConstant(v, value);
  }

  /** retstat -> RETURN [explist] [';'] */
  returnStatement = this.RULE('returnStatement', (): A.ReturnStatement => {
    const kw = this.CONSUME(T.Return) as LuaToken;
    let values: A.Expression[] = [];
    this.OPTION(() => {
      values = this.SUBRULE(this.exprList);
    });
    if (this.RECORDING_PHASE) return undefined as unknown as A.ReturnStatement;
    if (values.length === 0) {
      const t = this.LA(1);
      if (!BLOCK_FOLLOW[t.tokenTypeIdx] && t.tokenType !== T.Semicolon) this.fail('unexpected symbol');
    } else if (!isMultiResult(values[values.length - 1]!)) {
      // retstat: several values go to consecutive registers; luaK_ret limits their number.
      if (values.length > 1) this.reserveRegs(1);
      const max = this.d.syntax.maxReturns;
      if (max !== null && values.length + 1 > max) this.limitFail(null, max, 'returns');
    }
    const l = this.last();
    return {
      type: 'ReturnStatement', start: kw.startOffset, end: l.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, values,
    };
  });

  /** breakstat -> BREAK */
  breakStatement = this.RULE('breakStatement', (): A.BreakStatement => {
    const kw = this.CONSUME(T.Break) as LuaToken;
    const node: A.BreakStatement = {
      type: 'BreakStatement', start: kw.startOffset, end: kw.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: kw.endLine!, endColumn: kw.endColumn!,
    };
    if (!this.RECORDING_PHASE) this.scope.breakStatement(node, kw.endLine!);
    return node;
  });

  /**
   * exprstat -> func | assignment
   * 5.1: a call is a statement whatever follows; anything else must be an assignment.
   * 5.2+: an assignment when '=' or ',' follows, else the expression must be a call.
   */
  exprStatement = this.RULE('exprStatement', (): A.AssignmentStatement | A.CallStatement => {
    const savedLevel = this.level;
    const first = this.SUBRULE(this.suffixedExp);
    let targets: A.Expression[] | null = null;
    let values: A.Expression[] = [];
    this.OPTION({
      GATE: () => this.assignmentFollows(first),
      DEF: () => {
        targets = [first];
        if (!this.RECORDING_PHASE) this.checkTarget(first);
        this.MANY(() => {
          this.CONSUME(T.Comma);
          const t = this.SUBRULE2(this.suffixedExp);
          targets!.push(t);
          if (!this.RECORDING_PHASE) {
            this.assignmentTargetLevel(targets!.length);
            this.checkTarget(t);
          }
        });
        if (!this.RECORDING_PHASE) this.expect(T.Assign);
        this.CONSUME(T.Assign);
        values = this.SUBRULE(this.exprList);
      },
    });
    if (this.RECORDING_PHASE) return undefined as unknown as A.CallStatement;
    const tl = targets as A.Expression[] | null;
    if (tl) {
      this.level = savedLevel;
      const l = values[values.length - 1]!;
      return {
        type: 'AssignmentStatement', start: first.start, end: l.end, line: first.line, column: first.column,
        endLine: l.endLine, endColumn: l.endColumn, targets: tl as A.AssignmentTarget[], values,
      };
    }
    this.notAssignment(first);
    return {
      type: 'CallStatement', start: first.start, end: first.end, line: first.line, column: first.column,
      endLine: first.endLine, endColumn: first.endColumn, call: first as A.CallExpression,
    };
  });

  /** Whether an expression statement continues as an assignment. */
  protected assignmentFollows(first: A.Expression): boolean {
    const t = this.LA(1).tokenType;
    if (t !== T.Assign && t !== T.Comma) return false;
    // 5.1: a call is a complete statement, whatever follows.
    return this.d.has.strictExpressionStatements || !isCall(first);
  }

  /** The expression statement is not an assignment: it must be a call. */
  protected notAssignment(first: A.Expression): void {
    if (isCall(first)) return;
    if (!this.d.has.strictExpressionStatements) {
      // 5.1's assignment(): the target must be a variable, then '=' must follow.
      this.checkTarget(first);
      this.expect(T.Assign);
    }
    this.fail('syntax error');
  }

  /** An assignment target must be a variable (not a call or parenthesised expression) and writable. */
  protected checkTarget(e: A.Expression): void {
    if (e.type !== 'Identifier' && e.type !== 'MemberExpression' && e.type !== 'IndexExpression') this.fail('syntax error');
    if (e.type === 'Identifier') this.scope.checkAssignable(this.scope.resolve(e.name));
  }

  /** The nesting accounting PUC does for each extra target of a multiple assignment. */
  protected assignmentTargetLevel(count: number): void {
    const n = this.d.syntax.nesting;
    if (n.report === 'c-stack') {
      this.enterLevel();
    } else if (n.report === 'c-levels') {
      if (count - 1 + this.level > n.limit) this.levelError();
    } else {
      const limit = n.limit - this.level;
      if (count - 1 > limit) {
        const line = this.scope.currentFunction.line;
        const where = line === 0 ? 'main function' : `function at line ${line}`;
        if (this.d.syntax.limitMessages === 'has-more-than') this.fail(`${where} has more than ${limit} variables in assignment`, 'none-current');
        this.fail(`too many variables in assignment (limit is ${limit}) in ${where}`);
      }
    }
  }

  // ================================================================== functions

  /**
   * body -> '(' parlist ')' block END. `at` is where the node starts; `line` is the line PUC
   * records as the definition line (and names in "to close 'function' at line N").
   */
  funcBody = this.RULE('funcBody', (at: LuaToken, isMethod: boolean, line: number): A.FunctionExpression => {
    const rec = this.RECORDING_PHASE;
    const node = (rec ? {} : {
      type: 'FunctionExpression', start: at.startOffset, end: 0, line: at.startLine!, column: at.startColumn!,
      endLine: 0, endColumn: 0, params: [], isVararg: false, varargName: null, body: [], isMethod,
    }) as A.FunctionExpression;
    const outerTemps = this.temps;
    if (!rec) {
      this.scope.openFunction(node, line);
      this.temps = 0;
      this.expect(T.LParen);
    }
    this.CONSUME(T.LParen);
    if (!rec && isMethod) this.scope.declareLocal('self', null);
    node.params = this.SUBRULE(this.parList, { ARGS: [node] });
    if (!rec) {
      this.scope.activate();
      this.expect(T.RParen);
    }
    this.CONSUME(T.RParen);
    node.body = this.SUBRULE(this.statlist);
    if (!rec) this.expectMatch(T.End, T.Function, line);
    const l = this.CONSUME(T.End) as LuaToken;
    if (!rec) {
      node.end = l.endOffset! + 1;
      node.endLine = l.endLine!;
      node.endColumn = l.endColumn!;
      this.scope.closeFunction();
      this.temps = outerTemps;
    }
    return node;
  });

  /** parlist -> [ {NAME ','} (NAME | '...') ] */
  parList = this.RULE('parList', (fn: A.FunctionExpression): A.Identifier[] => {
    const params: A.Identifier[] = [];
    let vararg = false;
    if (!this.RECORDING_PHASE && this.LA(1).tokenType !== T.RParen) this.checkParameterStart();
    this.OPTION({
      GATE: () => this.LA(1).tokenType !== T.RParen,
      DEF: () => {
        vararg = this.SUBRULE(this.parameter, { ARGS: [fn, params] });
        this.MANY({
          GATE: () => !vararg,
          DEF: () => {
            this.CONSUME(T.Comma);
            if (!this.RECORDING_PHASE) this.checkParameterStart();
            vararg = this.SUBRULE2(this.parameter, { ARGS: [fn, params] });
          },
        });
      },
    });
    return params;
  });

  /** One parameter: a name, or '...' (which ends the list). Returns whether it was '...'. */
  parameter = this.RULE('parameter', (fn: A.FunctionExpression, params: A.Identifier[]): boolean => {
    this.paramFn = fn;
    this.paramList = params;
    return this.OR(this.parameterAlternatives);
  });
  private paramFn: A.FunctionExpression | null = null;
  private paramList: A.Identifier[] | null = null;
  private readonly parameterAlternatives: Alt<boolean>[] = [
    {
      ALT: () => {
        const id = this.identifier(this.CONSUME(T.Name) as LuaToken);
        if (!this.RECORDING_PHASE) {
          this.paramList!.push(id);
          this.scope.declareLocal(id.name, id);
        }
        return false;
      },
    },
    {
      ALT: () => {
        this.CONSUME(T.Dots);
        const fn = this.paramFn!;
        if (!this.RECORDING_PHASE) {
          fn.isVararg = true;
          this.scope.setVararg();
          // 5.1 (LUA_COMPAT_VARARG) gives vararg functions a local 'arg' table.
          if (this.d.has.varargArgTable) this.scope.declareLocal('arg', null);
        }
        this.varargParameter(fn);
        return true;
      },
    },
  ];

  /** After '...' in a parameter list (5.5 may name the vararg table). */
  protected varargParameter(fn: A.FunctionExpression): void {
    void fn;
  }

  protected checkParameterStart(): void {
    const t = this.LA(1).tokenType;
    if (t !== T.Name && t !== T.Dots) this.fail("<name> or '...' expected");
  }

  // ================================================================== expressions

  /** explist -> expr {',' expr} */
  exprList = this.RULE('exprList', (): A.Expression[] => {
    const list: A.Expression[] = [this.SUBRULE(this.expr)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      // explist: the previous value goes to the next register.
      if (!this.RECORDING_PHASE) this.reserveRegs(1);
      list.push(this.SUBRULE2(this.expr));
    });
    return list;
  });

  /**
   * expr -> unops simpleexp { binop unops simpleexp }, folded with PUC's priorities.
   * `opStack` holds pending operators (a unary one stands for PUC's subexpr(UNARY_PRIORITY));
   * the depth PUC's recursive subexpr would have is base + 1 + pending operators.
   */
  expr = this.RULE('expr', (): A.Expression => {
    const rec = this.RECORDING_PHASE;
    const base = this.level;
    const opBase = this.opStack.length;
    const valBase = this.valStack.length;
    const temps = this.temps;
    if (!rec) {
      this.enterLevel();
      this.requireExpression();
    }
    this.MANY(() => this.unaryOperator(1, base, opBase));
    this.valStack.push(this.SUBRULE(this.simpleExp));
    this.MANY2(() => {
      const op = this.CONSUME(T.BinaryOperator) as LuaToken;
      if (!rec) {
        this.reduce(LEFT_PRIORITY[op.tokenTypeIdx]!, opBase, 'previous');
        this.opStack.push(op);
        this.opUnary.push(false);
        // luaK_infix: the left operand of '..' goes to the next register.
        if (op.tokenTypeIdx === CONCAT_IDX) this.reserveRegs(1);
        this.deeper(base, opBase);
      }
      this.MANY3(() => this.unaryOperator(2, base, opBase));
      this.valStack.push(this.SUBRULE2(this.simpleExp));
    });
    if (rec) {
      this.valStack.length = valBase;
      return undefined as unknown as A.Expression;
    }
    this.reduce(0, opBase, 'current');
    this.level = base;
    this.temps = temps;
    return this.valStack.pop()!;
  });

  /** The operand after a pending operator is one PUC subexpr level deeper. */
  private deeper(base: number, opBase: number): void {
    this.level = base + 1 + (this.opStack.length - opBase);
    const n = this.d.syntax.nesting;
    if (n.atLimit ? this.level >= n.limit : this.level > n.limit) this.levelError();
    this.requireExpression();
  }

  /** A unary operator: pushed as a pending operator, one nesting level deeper. */
  private unaryOperator(idx: number, base: number, opBase: number): void {
    const op = this.consume(idx, T.UnaryOperator) as LuaToken;
    if (!this.RECORDING_PHASE) {
      this.opStack.push(op);
      this.opUnary.push(true);
      this.deeper(base, opBase);
    }
  }

  /**
   * Applies pending operators whose right priority is at least `priority` (where PUC's loop
   * would exit). `near` is the token PUC is at meanwhile: the operator just read, or the
   * token after the expression.
   */
  private reduce(priority: number, opBase: number, near: 'previous' | 'current'): void {
    const ops = this.opStack;
    const vals = this.valStack;
    while (ops.length > opBase) {
      const top = ops.length - 1;
      const op = ops[top]!;
      const isUnary = this.opUnary[top]!;
      if ((isUnary ? UNARY_PRIORITY : RIGHT_PRIORITY[op.tokenTypeIdx]!) < priority) break;
      ops.pop();
      this.opUnary.pop();
      if (isUnary) {
        const arg = vals.pop()!;
        vals.push({
          type: 'UnaryExpression', start: op.startOffset, end: arg.end, line: op.startLine!, column: op.startColumn!,
          endLine: arg.endLine, endColumn: arg.endColumn, operator: UNARY_OPERATOR[op.tokenTypeIdx]!, argument: arg,
        });
      } else {
        const right = vals.pop()!;
        const left = vals.pop()!;
        if (op.tokenTypeIdx === CONCAT_IDX) {
          // luaK_posfix: the right operand goes to the next register too, unless it is itself
          // a concatenation (merged, or its own check was the larger one).
          if (!isConcat(right)) this.checkRegs(1, near);
          this.temps--;
        }
        const text = OPERATOR_TEXT[op.tokenTypeIdx]!;
        if (text === 'and' || text === 'or') {
          vals.push({
            type: 'LogicalExpression', start: left.start, end: right.end, line: left.line, column: left.column,
            endLine: right.endLine, endColumn: right.endColumn, operator: text, left, right,
          });
        } else {
          vals.push({
            type: 'BinaryExpression', start: left.start, end: right.end, line: left.line, column: left.column,
            endLine: right.endLine, endColumn: right.endColumn, operator: text, left, right, operatorLine: op.startLine!,
          });
        }
      }
    }
  }

  /**
   * simpleexp -> FLT | INT | STRING | NIL | TRUE | FALSE | ... | constructor | FUNCTION body | suffixedexp
   */
  simpleExp = this.RULE('simpleExp', (): A.Expression => this.OR(this.simpleAlternatives));
  private readonly simpleAlternatives: Alt<A.Expression>[] = [
    { ALT: () => this.numberLiteral(this.CONSUME(T.NumberLit) as LuaToken) },
    { ALT: () => this.stringLiteral(this.CONSUME(T.StringLit) as LuaToken) },
    { ALT: () => this.literal(this.CONSUME(T.Nil) as LuaToken, 'NilLiteral') },
    { ALT: () => this.booleanLiteral(this.CONSUME(T.True) as LuaToken, true) },
    { ALT: () => this.booleanLiteral(this.CONSUME(T.False) as LuaToken, false) },
    {
      ALT: () => {
        if (!this.RECORDING_PHASE && !this.scope.currentFunction.isVararg) this.fail("cannot use '...' outside a vararg function");
        return this.literal(this.CONSUME(T.Dots) as LuaToken, 'VarargLiteral');
      },
    },
    { ALT: () => this.SUBRULE(this.tableConstructor) },
    {
      ALT: () => {
        const kw = this.CONSUME(T.Function) as LuaToken;
        // PUC records the line of the token after 'function' as the definition line.
        return this.SUBRULE(this.funcBody, { ARGS: [kw, false, this.LA(1).endLine!] });
      },
    },
    { ALT: () => this.SUBRULE(this.suffixedExp) },
  ];

  private numberLiteral(tok: LuaToken): A.NumericLiteral {
    const parsed = tok.payload as ParsedNumber;
    return {
      type: 'NumericLiteral', start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!, column: tok.startColumn!,
      endLine: tok.endLine!, endColumn: tok.endColumn!, numberKind: parsed?.kind, value: parsed?.value, raw: tok.image,
    };
  }

  private stringLiteral(tok: LuaToken): A.StringLiteral {
    return {
      type: 'StringLiteral', start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!, column: tok.startColumn!,
      endLine: tok.endLine!, endColumn: tok.endColumn!, value: tok.payload as string, raw: tok.image,
    };
  }

  private literal(tok: LuaToken, type: 'NilLiteral' | 'VarargLiteral'): A.Expression {
    return {
      type, start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!, column: tok.startColumn!,
      endLine: tok.endLine!, endColumn: tok.endColumn!,
    };
  }

  private booleanLiteral(tok: LuaToken, value: boolean): A.BooleanLiteral {
    return {
      type: 'BooleanLiteral', start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!, column: tok.startColumn!,
      endLine: tok.endLine!, endColumn: tok.endColumn!, value,
    };
  }

  /** primaryexp -> NAME | '(' expr ')' (used inside suffixedExp) */
  private readonly primaryAlternatives: Alt<A.Expression>[] = [
    {
      ALT: () => {
        const id = this.identifier(this.CONSUME5(T.Name) as LuaToken);
        if (!this.RECORDING_PHASE) this.scope.reference(id);
        return id;
      },
    },
    {
      ALT: () => {
        const open = this.CONSUME5(T.LParen) as LuaToken;
        const expression = this.SUBRULE5(this.expr);
        if (!this.RECORDING_PHASE) this.expectMatch(T.RParen, T.LParen, open.endLine!);
        const l = this.CONSUME5(T.RParen) as LuaToken;
        return {
          type: 'ParenthesizedExpression', start: open.startOffset, end: l.endOffset! + 1, line: open.startLine!,
          column: open.startColumn!, endLine: l.endLine!, endColumn: l.endColumn!, expression,
        } as A.ParenthesizedExpression;
      },
    },
  ];

  /** suffixedexp -> primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
  suffixedExp = this.RULE('suffixedExp', (): A.Expression => {
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1).tokenType;
      if (t !== T.Name && t !== T.LParen) this.fail('unexpected symbol');
    }
    const line = this.RECORDING_PHASE ? 0 : this.LA(1).endLine!;
    // primaryexp -> NAME | '(' expr ')'   (inlined: one rule call less per operand)
    let e = this.OR(this.primaryAlternatives);
    this.MANY(() => {
      this.suffixBase = e;
      this.suffixLine = line;
      e = this.OR2(this.suffixAlternatives);
    });
    return e;
  });
  /** Each alternative reads suffixBase before parsing anything (nested expressions reuse it). */
  private readonly suffixAlternatives: Alt<A.Expression>[] = [
    {
      ALT: () => {
        const object = this.suffixBase!;
        this.CONSUME(T.Dot);
        if (!this.RECORDING_PHASE) this.expect(T.Name);
        const property = this.identifier(this.CONSUME(T.Name) as LuaToken);
        return {
          type: 'MemberExpression', start: object.start, end: property.end, line: object.line, column: object.column,
          endLine: property.endLine, endColumn: property.endColumn, object, property,
        } as A.MemberExpression;
      },
    },
    {
      ALT: () => {
        const object = this.suffixBase!;
        this.CONSUME(T.LBracket);
        const index = this.SUBRULE(this.expr);
        if (!this.RECORDING_PHASE) this.expect(T.RBracket);
        const l = this.CONSUME(T.RBracket) as LuaToken;
        return {
          type: 'IndexExpression', start: object?.start, end: l.endOffset! + 1, line: object?.line, column: object?.column,
          endLine: l.endLine!, endColumn: l.endColumn!, object, index,
        } as A.IndexExpression;
      },
    },
    {
      ALT: () => {
        const object = this.suffixBase!;
        this.CONSUME(T.Colon);
        if (!this.RECORDING_PHASE) this.expect(T.Name);
        const method = this.identifier(this.CONSUME2(T.Name) as LuaToken);
        if (!this.RECORDING_PHASE) {
          const t = this.LA(1).tokenType;
          if (t !== T.LParen && t !== T.StringLit && t !== T.LBrace) this.fail('function arguments expected');
        }
        const temps = this.temps;
        // luaK_self: the function and 'self' take two registers.
        if (!this.RECORDING_PHASE) this.reserveRegs(2);
        const argumentsLine = this.RECORDING_PHASE ? 0 : this.LA(1).startLine!;
        const args = this.SUBRULE(this.callArgs);
        this.temps = temps;
        const l = this.last();
        return {
          type: 'MethodCallExpression', start: object?.start, end: l.endOffset! + 1, line: object?.line, column: object?.column,
          endLine: l.endLine!, endColumn: l.endColumn!, object, method, arguments: args, argumentStyle: this.argumentStyle, argumentsLine,
        } as A.MethodCallExpression;
      },
    },
    {
      ALT: () => {
        const callee = this.suffixBase!;
        const temps = this.temps;
        // The called value goes to the next register (the call's base).
        if (!this.RECORDING_PHASE) this.reserveRegs(1);
        const argumentsLine = this.RECORDING_PHASE ? 0 : this.LA(1).startLine!;
        const args = this.SUBRULE2(this.callArgs);
        this.temps = temps;
        const l = this.last();
        return {
          type: 'CallExpression', start: callee?.start, end: l.endOffset! + 1, line: callee?.line, column: callee?.column,
          endLine: l.endLine!, endColumn: l.endColumn!, callee, arguments: args, argumentStyle: this.argumentStyle, argumentsLine,
        } as A.CallExpression;
      },
    },
  ];

  /** The line where the current suffixed expression started (5.2-5.4 name it for unclosed call arguments). */
  private suffixLine = 0;

  /** How the arguments that callArgs just parsed were written. */
  private argumentStyle: A.ArgumentStyle = 'parens';

  /** funcargs -> '(' [explist] ')' | constructor | STRING */
  callArgs = this.RULE('callArgs', (): A.Expression[] => this.OR(this.callArgAlternatives));
  private readonly callArgAlternatives: Alt<A.Expression[]>[] = [
    {
      ALT: () => {
        if (!this.RECORDING_PHASE && this.d.has.ambiguousCallError && this.LA(1).endLine !== this.last().endLine) {
          // 5.1 refuses a call whose '(' starts a new line: the code is ambiguous.
          this.fail('ambiguous syntax (function call x new statement)');
        }
        const openLine = this.RECORDING_PHASE ? 0 : this.d.syntax.callParenLine === 'paren' ? this.LA(1).endLine! : this.suffixLine;
        this.CONSUME(T.LParen);
        let list: A.Expression[] = [];
        this.OPTION(() => {
          list = this.SUBRULE(this.exprList);
        });
        if (!this.RECORDING_PHASE) {
          if (list.length === 0 && this.LA(1).tokenType !== T.RParen) this.requireExpression();
          this.expectMatch(T.RParen, T.LParen, openLine);
        }
        this.CONSUME(T.RParen);
        // funcargs: the last argument goes to the next register (unless it gives all its results).
        if (!this.RECORDING_PHASE && list.length > 0 && !isMultiResult(list[list.length - 1]!)) this.reserveRegs(1);
        this.argumentStyle = 'parens';
        return list;
      },
    },
    {
      ALT: () => {
        const t = this.SUBRULE(this.tableConstructor);
        this.argumentStyle = 'table';
        return [t];
      },
    },
    {
      ALT: () => {
        const s = this.stringLiteral(this.CONSUME(T.StringLit) as LuaToken);
        this.argumentStyle = 'string';
        return [s];
      },
    },
  ];

  /** constructor -> '{' [ field { sep field } [sep] ] '}' */
  tableConstructor = this.RULE('tableConstructor', (): A.TableConstructor => {
    const open = this.CONSUME(T.LBrace) as LuaToken;
    const fields: A.TableField[] = [];
    let needField = true; // at the start or after a separator
    this.MANY({
      GATE: () => needField,
      DEF: () => {
        fields.push(this.SUBRULE(this.field));
        needField = false;
        this.OPTION(() => {
          this.OR(this.separatorAlternatives);
          needField = true;
        });
      },
    });
    if (!this.RECORDING_PHASE) {
      if (needField && this.LA(1).tokenType !== T.RBrace) this.requireExpression();
      this.expectMatch(T.RBrace, T.LBrace, open.endLine!);
    }
    const l = this.CONSUME(T.RBrace) as LuaToken;
    return {
      type: 'TableConstructor', start: open.startOffset, end: l.endOffset! + 1, line: open.startLine!, column: open.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, fields,
    };
  });
  private readonly separatorAlternatives: Alt<unknown>[] = [
    { ALT: () => this.CONSUME(T.Comma) },
    { ALT: () => this.CONSUME(T.Semicolon) },
  ];

  /** field -> NAME '=' exp | '[' exp ']' '=' exp | exp */
  field = this.RULE('field', (): A.TableField => {
    // PUC peeks at the token after a name here (to tell 'k = v' from an expression).
    if (!this.RECORDING_PHASE && this.LA(1).tokenType === T.Name) this.lookedAheadFrom = this.LA(1);
    return this.OR(this.fieldAlternatives);
  });
  private readonly fieldAlternatives: Alt<A.TableField>[] = [
    {
      ALT: () => {
        const name = this.identifier(this.CONSUME(T.Name) as LuaToken);
        this.CONSUME(T.Assign);
        const value = this.SUBRULE(this.expr);
        return {
          type: 'TableNamedField', start: name.start, end: value?.end, line: name.line, column: name.column,
          endLine: value?.endLine, endColumn: value?.endColumn, name, value,
        } as A.TableNamedField;
      },
    },
    {
      ALT: () => {
        const open = this.CONSUME(T.LBracket) as LuaToken;
        const key = this.SUBRULE2(this.expr);
        if (!this.RECORDING_PHASE) this.expect(T.RBracket);
        this.CONSUME(T.RBracket);
        if (!this.RECORDING_PHASE) this.expect(T.Assign);
        this.CONSUME2(T.Assign);
        const value = this.SUBRULE3(this.expr);
        const l = this.last();
        return {
          type: 'TableKeyedField', start: open.startOffset, end: l.endOffset! + 1, line: open.startLine!, column: open.startColumn!,
          endLine: l.endLine!, endColumn: l.endColumn!, key, value,
        } as A.TableKeyedField;
      },
    },
    {
      ALT: () => {
        const value = this.SUBRULE4(this.expr);
        return {
          type: 'TableArrayField', start: value?.start, end: value?.end, line: value?.line, column: value?.column,
          endLine: value?.endLine, endColumn: value?.endColumn, value,
        } as A.TableArrayField;
      },
    },
  ];
}

/** A concatenation, parenthesised or not. */
function isConcat(e: A.Expression): boolean {
  while (e.type === 'ParenthesizedExpression') e = e.expression;
  return e.type === 'BinaryExpression' && e.operator === '..';
}

/** A call or '...' as the last of a list gives all its results (PUC's hasmultret). */
function isMultiResult(e: A.Expression): boolean {
  return e.type === 'CallExpression' || e.type === 'MethodCallExpression' || e.type === 'VarargLiteral';
}

function isCall(e: A.Expression): boolean {
  return e !== undefined && (e.type === 'CallExpression' || e.type === 'MethodCallExpression');
}

export type { Attrib };
export { BLOCK_FOLLOW, EXPRESSION_START };
