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
 * - Actions build the AST directly (no CST) and feed the ScopeTracker in source order.
 *   Actions never run during Chevrotain's recording phase.
 * - Nesting depth is counted where PUC counts it (statements, or blocks in 5.1; expression
 *   levels), so deep input fails with the official error instead of a JS stack overflow.
 * - Binary expressions are parsed as a flat operand/operator list and folded on line with
 *   PUC's priority table, tracking the depth PUC's recursive subexpr would reach.
 */
import { EmbeddedActionsParser, type IParserConfig, type TokenType } from 'chevrotain';
import type * as A from '../src/ast/nodes.js';
import type { Dialect } from '../src/dialect/index.js';
import { foldConstant } from './constfold.js';
import { formatMessage, LuaSyntaxError, nearLexical, nearToken, tokenKindText } from './errors.js';
import type { LexErrorInfo, LuaToken } from './lexer.js';
import type { ParsedNumber } from './numerals.js';
import { ScopeTracker, type Attrib, type NearWhich, type Resolution } from './scope.js';
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

/** Binary operator priorities (left, right), PUC's `priority` table; UNARY is the unary level. */
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
const UNARY_PRIORITY = 12;
const UNARY_OPERATOR = new Map<TokenType, A.UnaryOperator>([
  [T.Minus, '-'], [T.Not, 'not'], [T.Hash, '#'], [T.Tilde, '~'],
]);

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
const IDX = (t: TokenType): number => t.tokenTypeIdx!;

/** What a pending expression list / target looks like to the assignment rules. */
type Target = A.Expression;

export interface ParserSettings {
  /** Collect every diagnostic and keep parsing (tooling), instead of stopping at the first error. */
  recover: boolean;
}

/** Thrown inside the parser to stop at the first error (strict mode). */
class StopParse extends Error {}

export class Lua51Parser extends EmbeddedActionsParser {
  /** The grammar capabilities this class (not its bases) implements; checked against the dialect table. */
  static readonly grammarFeatures: readonly string[] = [];

  protected d!: Dialect;
  protected scope!: ScopeTracker;
  protected source = '';
  protected chunkName = '';
  protected recover: boolean;
  /** PUC's nCcalls while parsing: the nesting level of statements/blocks and expressions. */
  protected level = 0;
  diagnostics: Diagnostic[] = [];
  private firstError: LuaSyntaxError | null = null;
  // Shared stacks of the flat expression parser (no allocation per expression).
  private readonly opStack: LuaToken[] = [];
  /** Parallel to opStack: whether each pending operator is unary. */
  private readonly opUnary: boolean[] = [];
  private readonly valStack: A.Expression[] = [];

  constructor(settings: ParserSettings, isInvokedByChildConstructor = false) {
    // Luna recovers from errors itself, statement by statement (see guardedStatement).
    const config: IParserConfig = {
      recoveryEnabled: false,
      maxLookahead: 2,
      skipValidations: true,
    };
    super(T.ALL_TOKENS, config);
    this.recover = settings.recover;
    if (!isInvokedByChildConstructor) this.performSelfAnalysis();
  }

  /** Prepares a parse: the tokens, the dialect, and the chunk name used in messages. */
  prepare(tokens: LuaToken[], dialect: Dialect, source: string, chunkName: string): void {
    this.input = tokens;
    this.d = dialect;
    this.source = source;
    this.chunkName = chunkName;
    this.level = dialect.syntax.nesting.base;
    this.diagnostics = [];
    this.firstError = null;
    this.opStack.length = 0;
    this.opUnary.length = 0;
    this.valStack.length = 0;
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

  // ================================================================== errors

  /** Raises a syntax error at the current token (luaX_syntaxerror), or with no "near" part. */
  protected fail(reason: string, near: NearWhich = 'current'): never {
    const tok = (near === 'previous' ? this.LA(0) : this.LA(1)) as LuaToken;
    if (tok.tokenType === T.LexError) this.failLexical(tok);
    const text = near === 'none' || near === 'none-current' ? null : nearToken(tok, this.d);
    const line = this.errorLine(near);
    this.report(new LuaSyntaxError(formatMessage(this.chunkName, line, reason, text), reason, line, tok.startOffset, tok.endOffset! + 1), tok);
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

  /** The token at which PUC peeked one token further (a table field starting with a name). */
  protected lookedAheadFrom: LuaToken | null = null;

  /** Reports the lexer's error stored in a LexError token. */
  protected failLexical(tok: LuaToken): never {
    const info = tok.payload as LexErrorInfo;
    const near = nearLexical(info.near, this.d);
    this.report(
      new LuaSyntaxError(formatMessage(this.chunkName, info.line, info.message, near), info.message, info.line, tok.startOffset, tok.endOffset! + 1),
      tok,
    );
  }

  /** An error whose text is complete (e.g. "C stack overflow", which PUC prints without position). */
  protected failBare(reason: string): never {
    const tok = this.LA(1) as LuaToken;
    this.report(new LuaSyntaxError(reason, reason, null, tok.startOffset, tok.endOffset! + 1), tok);
  }

  private report(err: LuaSyntaxError, tok: LuaToken): never {
    void tok;
    if (!this.firstError) this.firstError = err;
    if (this.recover) this.diagnostics.push({ message: err.message, reason: err.reason, line: err.line, start: err.start, end: err.end });
    throw new StopParse();
  }

  /** Semantic errors found by the scope tracker: in recovery mode they are recorded, parsing goes on. */
  protected raiseSemantic = (reason: string, near: NearWhich): never => {
    if (!this.recover) this.fail(reason, near);
    const tok = (near === 'previous' ? this.LA(0) : this.LA(1)) as LuaToken;
    const line = this.errorLine(near);
    const text = near === 'none' || near === 'none-current' ? null : nearToken(tok, this.d);
    const err = new LuaSyntaxError(formatMessage(this.chunkName, line, reason, text), reason, line, tok.startOffset, tok.endOffset! + 1);
    if (!this.firstError) this.firstError = err;
    this.diagnostics.push({ message: err.message, reason, line, start: err.start, end: err.end });
    throw new SemanticContinue();
  };

  /** Runs a scope-tracker call; in recovery mode a semantic error is recorded and ignored. */
  protected sem<R>(f: () => R): R | undefined {
    try {
      return f();
    } catch (e) {
      if (e instanceof SemanticContinue) return undefined;
      throw e;
    }
  }

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

  protected levelError(): never {
    const n = this.d.syntax.nesting;
    if (n.report === 'c-stack') this.failBare('C stack overflow');
    if (n.report === 'syntax-levels') {
      const line = this.errorLine('current');
      const tok = this.LA(1) as LuaToken;
      const reason = 'chunk has too many syntax levels';
      this.report(new LuaSyntaxError(formatMessage(this.chunkName, line, reason, null), reason, line, tok.startOffset, tok.endOffset! + 1), tok);
    }
    const line = this.scope.currentFunction.line;
    const where = line === 0 ? 'main function' : `function at line ${line}`;
    this.fail(`too many C levels (limit is ${n.limit}) in ${where}`);
  }

  // ================================================================== node helpers

  protected startAt(tok: LuaToken): A.Position {
    if (this.RECORDING_PHASE) return { start: 0, end: 0, line: 0, column: 0, endLine: 0, endColumn: 0 };
    return {
      start: tok.startOffset, end: 0, line: tok.startLine!, column: tok.startColumn!, endLine: 0, endColumn: 0,
    };
  }

  /** Sets a node's end to the end of the last consumed token. */
  protected finish<N extends A.Position>(node: N): N {
    if (this.RECORDING_PHASE) return node;
    const last = this.LA(0) as LuaToken;
    node.end = last.endOffset! + 1;
    node.endLine = last.endLine!;
    node.endColumn = last.endColumn!;
    return node;
  }

  protected identifier(tok: LuaToken): A.Identifier {
    return {
      type: 'Identifier', start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!,
      column: tok.startColumn!, endLine: tok.endLine!, endColumn: tok.endColumn!, name: tok.image,
    };
  }

  /** A node spanning from `from` to `to` (both nodes). */
  protected span<N extends { type: string }>(from: A.Position, to: A.Position, fields: N): N & A.Position {
    return {
      ...fields, start: from.start, end: to.end, line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn,
    } as N & A.Position;
  }

  // ================================================================== chunk and blocks

  /** chunk -> block EOF */
  chunk = this.RULE('chunk', (): A.Chunk => {
    const first = this.LA(1) as LuaToken;
    let chunk!: A.Chunk;
    if (!this.RECORDING_PHASE) {
      chunk = { type: 'Chunk', start: 0, end: 0, line: 1, column: 0, endLine: 0, endColumn: 0, body: [], comments: [] };
      this.scope = new ScopeTracker(this.d, chunk, this.raiseSemantic);
    }
    const body = this.SUBRULE(this.statlist);
    if (!this.RECORDING_PHASE) {
      this.expect(T.EOF);
      this.sem(() => this.scope.closeFunction());
    }
    this.CONSUME(T.EOF);
    if (!this.RECORDING_PHASE) {
      chunk.body = body;
      const last = this.LA(0) as LuaToken;
      chunk.end = this.source.length;
      chunk.endLine = last.endLine!;
      chunk.endColumn = last.endColumn!;
      void first;
    }
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
        const s = this.recover ? this.guardedStatement(() => this.SUBRULE(this.statement)) : this.SUBRULE(this.statement);
        if (s) body.push(s);
        this.OPTION(() => this.CONSUME(T.Semicolon));
      });
      this.OPTION2(() => {
        const s = this.recover ? this.guardedStatement(() => this.SUBRULE(this.lastStatement)) : this.SUBRULE(this.lastStatement);
        if (s) body.push(s);
        this.OPTION3(() => this.CONSUME2(T.Semicolon));
        last = true;
      });
      if (rec || last || this.blockEnds()) break;
    }
    if (!rec && this.d.syntax.nesting.countBlocks) this.level--;
    return body;
  });

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
    this.sem(() => this.scope.endOfStatements(tok.tokenType === T.Until));
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

  /** The index of the next token (Chevrotain keeps it as currIdx, one behind). */
  private tokenIndex(): number {
    return (this as unknown as { currIdx: number }).currIdx;
  }

  /** Skips tokens up to one that can start a statement or ends a block (at least one token when `force`). */
  private skipToStatement(force: boolean): void {
    let first = true;
    for (;;) {
      const tok = this.LA(1) as LuaToken;
      const t = tok.tokenType;
      if (t === T.EOF) return;
      if (t === T.LexError) { this.SKIP_TOKEN(); continue; }
      if (!(first && force)) {
        if (BLOCK_FOLLOW[tok.tokenTypeIdx] || STATEMENT_START[tok.tokenTypeIdx]) return;
        const prev = this.LA(0) as LuaToken;
        // A name or '(' that starts a line probably starts a statement.
        if ((t === T.Name || t === T.LParen) && prev.endLine !== undefined && tok.startLine! > prev.endLine) return;
      }
      first = false;
      this.SKIP_TOKEN();
    }
  }

  /** laststat -> return [explist] | break        (5.1) */
  lastStatement = this.RULE('lastStatement', (): A.Statement =>
    this.OR([
      { ALT: () => this.SUBRULE(this.returnStatement) },
      { ALT: () => this.SUBRULE(this.breakStatement) },
    ]),
  );

  /** The statement alternatives of this dialect, built once (Chevrotain advises caching OR arrays). */
  private statementAlternatives: { ALT: () => A.Statement; GATE?: () => boolean }[] | undefined;

  /** Statement alternatives that start with a keyword or symbol; exprstat comes after them. */
  protected keywordStatementAlternatives(): { ALT: () => A.Statement; GATE?: () => boolean }[] {
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
  protected buildStatementAlternatives(): { ALT: () => A.Statement; GATE?: () => boolean }[] {
    return [...this.keywordStatementAlternatives(), { ALT: () => this.SUBRULE(this.exprStatement) }];
  }

  /** statement -> one of the alternatives above (each starts with a distinct token). */
  statement = this.RULE('statement', (): A.Statement => {
    const rec = this.RECORDING_PHASE;
    if (!rec) {
      if (!this.d.syntax.nesting.countBlocks) this.enterLevel();
      const t = this.LA(1).tokenType;
      if (t !== T.Semicolon && t !== T.DoubleColon) this.sem(() => this.scope.beforeStatement());
    }
    const s = this.OR(this.statementAlternatives ?? (this.statementAlternatives = this.buildStatementAlternatives()));
    if (!rec && !this.d.syntax.nesting.countBlocks) this.level--;
    return s;
  });

  /** block -> statlist, in a scope of its own */
  protected block(loop: A.Node | null = null): A.Statement[] {
    if (!this.RECORDING_PHASE) this.sem(() => this.scope.enterBlock(loop));
    const body = this.SUBRULE(this.statlist);
    if (!this.RECORDING_PHASE) this.sem(() => this.scope.leaveBlock());
    return body;
  }

  // ================================================================== statements

  /** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
  ifStatement = this.RULE('ifStatement', (): A.IfStatement => {
    const ifTok = this.CONSUME(T.If) as LuaToken;
    const node = this.startAt(ifTok) as A.IfStatement;
    node.type = 'IfStatement';
    const clauses: A.IfClause[] = [];
    clauses.push(this.SUBRULE(this.testThenBlock, { ARGS: [ifTok] }));
    this.MANY(() => {
      const t = this.CONSUME(T.Elseif) as LuaToken;
      clauses.push(this.SUBRULE2(this.testThenBlock, { ARGS: [t] }));
    });
    let orElse: A.ElseClause | null = null;
    this.OPTION(() => {
      const t = this.CONSUME(T.Else) as LuaToken;
      const clause = this.startAt(t) as A.ElseClause;
      clause.type = 'ElseClause';
      clause.body = this.SUBRULE2(this.blockRule);
      orElse = this.finish(clause);
    });
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.If, ifTok.endLine!);
    this.CONSUME(T.End);
    node.clauses = clauses;
    node.orElse = orElse;
    return this.finish(node);
  });

  /** test_then_block -> [IF | ELSEIF] cond THEN block (the keyword was consumed by the caller) */
  testThenBlock = this.RULE('testThenBlock', (kw: LuaToken): A.IfClause => {
    const clause = this.startAt(kw) as A.IfClause;
    clause.type = 'IfClause';
    clause.condition = this.SUBRULE(this.expr);
    if (!this.RECORDING_PHASE) this.expect(T.Then);
    this.CONSUME(T.Then);
    clause.body = this.SUBRULE(this.blockRule);
    return this.finish(clause);
  });

  /** A block in its own scope, as a rule (for the places Chevrotain must see a subrule). */
  blockRule = this.RULE('blockRule', (): A.Statement[] => this.block());

  /** whilestat -> WHILE cond DO block END */
  whileStatement = this.RULE('whileStatement', (): A.WhileStatement => {
    const kw = this.CONSUME(T.While) as LuaToken;
    const node = this.startAt(kw) as A.WhileStatement;
    node.type = 'WhileStatement';
    node.condition = this.SUBRULE(this.expr);
    if (!this.RECORDING_PHASE) {
      this.sem(() => this.scope.enterBlock(node));
      this.expect(T.Do);
    }
    this.CONSUME(T.Do);
    node.body = this.SUBRULE(this.blockRule);
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.While, kw.endLine!);
    this.CONSUME(T.End);
    if (!this.RECORDING_PHASE) this.sem(() => this.scope.leaveBlock());
    return this.finish(node);
  });

  /** DO block END */
  doStatement = this.RULE('doStatement', (): A.DoStatement => {
    const kw = this.CONSUME(T.Do) as LuaToken;
    const node = this.startAt(kw) as A.DoStatement;
    node.type = 'DoStatement';
    node.body = this.SUBRULE(this.blockRule);
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.Do, kw.endLine!);
    this.CONSUME(T.End);
    return this.finish(node);
  });

  /** repeatstat -> REPEAT block UNTIL cond (the condition is inside the block's scope) */
  repeatStatement = this.RULE('repeatStatement', (): A.RepeatStatement => {
    const kw = this.CONSUME(T.Repeat) as LuaToken;
    const node = this.startAt(kw) as A.RepeatStatement;
    node.type = 'RepeatStatement';
    if (!this.RECORDING_PHASE) {
      this.sem(() => this.scope.enterBlock(node));
      this.sem(() => this.scope.enterBlock(null));
    }
    node.body = this.SUBRULE(this.statlist);
    if (!this.RECORDING_PHASE) this.expectMatch(T.Until, T.Repeat, kw.endLine!);
    this.CONSUME(T.Until);
    node.condition = this.SUBRULE(this.expr);
    if (!this.RECORDING_PHASE) {
      this.sem(() => this.scope.leaveBlock());
      this.sem(() => this.scope.leaveBlock());
    }
    return this.finish(node);
  });

  /** forstat -> FOR (fornum | forlist) END */
  forStatement = this.RULE('forStatement', (): A.NumericForStatement | A.GenericForStatement => {
    const kw = this.CONSUME(T.For) as LuaToken;
    const pos = this.startAt(kw);
    if (!this.RECORDING_PHASE) {
      this.sem(() => this.scope.enterBlock(pos as unknown as A.Node)); // the loop node is patched below
      this.expect(T.Name);
    }
    const nameTok = this.CONSUME(T.Name) as LuaToken;
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1).tokenType;
      if (t !== T.Assign && t !== T.Comma && t !== T.In) this.fail("'=' or 'in' expected");
    }
    const node = this.OR([
      { ALT: () => this.SUBRULE(this.forNumeric, { ARGS: [nameTok, pos] }) },
      { ALT: () => this.SUBRULE(this.forGeneric, { ARGS: [nameTok, pos] }) },
    ]);
    if (!this.RECORDING_PHASE) this.expectMatch(T.End, T.For, kw.endLine!);
    this.CONSUME(T.End);
    if (!this.RECORDING_PHASE) this.sem(() => this.scope.leaveBlock());
    return this.finish(node);
  });

  /** Declares a loop control variable; 5.5 makes it read-only. */
  protected declareControl(id: A.Identifier): void {
    this.sem(() => this.scope.declareLocal(id.name, id, null, { readonly: this.d.has.readOnlyForVariable }));
  }

  /** fornum -> NAME = exp1,exp1[,exp1] forbody */
  forNumeric = this.RULE('forNumeric', (nameTok: LuaToken, pos: A.Position): A.NumericForStatement => {
    const node = (pos ?? {}) as unknown as A.NumericForStatement;
    const rec = this.RECORDING_PHASE;
    if (!rec) {
      node.type = 'NumericForStatement';
      node.variable = this.identifier(nameTok);
      for (const hidden of this.d.syntax.forNumericHidden) {
        this.sem(() => this.scope.declareLocal(hidden, null, null, { hidden: true }));
      }
      this.declareControl(node.variable);
    }
    this.CONSUME(T.Assign);
    node.init = this.SUBRULE(this.expr);
    if (!rec) this.expect(T.Comma);
    this.CONSUME(T.Comma);
    node.limit = this.SUBRULE2(this.expr);
    node.step = null;
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      node.step = this.SUBRULE3(this.expr);
    });
    node.body = this.SUBRULE(this.forBody, { ARGS: [this.d?.syntax.forNumericHidden.length ?? 0] });
    return node;
  });

  /** forlist -> NAME {,NAME} IN explist forbody */
  forGeneric = this.RULE('forGeneric', (nameTok: LuaToken, pos: A.Position): A.GenericForStatement => {
    const node = (pos ?? {}) as unknown as A.GenericForStatement;
    const rec = this.RECORDING_PHASE;
    const variables: A.Identifier[] = [];
    if (!rec) {
      node.type = 'GenericForStatement';
      for (const hidden of this.d.syntax.forGenericHidden) {
        this.sem(() => this.scope.declareLocal(hidden, null, null, { hidden: true }));
      }
      const first = this.identifier(nameTok);
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
        this.sem(() => this.scope.declareLocal(id.name, id));
      }
    });
    if (!rec) this.expect(T.In);
    this.CONSUME(T.In);
    node.variables = variables;
    node.iterators = this.SUBRULE(this.exprList);
    node.body = this.SUBRULE(this.forBody, { ARGS: [this.d?.syntax.forGenericHidden.length ?? 0] });
    return node;
  });

  /** forbody -> DO block: hidden state is active during the body; the named variables in an inner scope. */
  forBody = this.RULE('forBody', (hidden: number): A.Statement[] => {
    if (!this.RECORDING_PHASE) {
      this.sem(() => this.scope.activate(hidden));
      this.expect(T.Do);
    }
    this.CONSUME(T.Do);
    if (!this.RECORDING_PHASE) {
      this.sem(() => this.scope.enterBlock(null));
      this.sem(() => this.scope.activate());
    }
    const body = this.SUBRULE(this.blockRule);
    if (!this.RECORDING_PHASE) this.sem(() => this.scope.leaveBlock());
    return body;
  });

  /** funcstat -> FUNCTION funcname body */
  functionStatement = this.RULE('functionStatement', (): A.FunctionStatement => {
    const kw = this.CONSUME(T.Function) as LuaToken;
    const node = this.startAt(kw) as A.FunctionStatement;
    node.type = 'FunctionStatement';
    const name = this.SUBRULE(this.funcName);
    node.name = name;
    node.func = this.SUBRULE(this.funcBody, { ARGS: [kw, name?.method !== null && name?.method !== undefined, kw.endLine!] });
    if (!this.RECORDING_PHASE && name.path.length === 0 && name.method === null) {
      const res = this.scope.info.resolutions.get(name.base);
      if (res) this.sem(() => this.scope.checkAssignable(res));
    }
    return this.finish(node);
  });

  /** funcname -> NAME {'.' NAME} [':' NAME] */
  funcName = this.RULE('funcName', (): A.FunctionName => {
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const baseTok = this.CONSUME(T.Name) as LuaToken;
    const node = this.startAt(baseTok) as A.FunctionName;
    node.type = 'FunctionName';
    const base = this.identifier(baseTok);
    if (!this.RECORDING_PHASE) this.sem(() => this.scope.reference(base));
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
    node.base = base;
    node.path = path;
    node.method = method;
    return this.finish(node);
  });

  /** localstat -> LOCAL FUNCTION NAME body | LOCAL NAME {',' NAME} ['=' explist] */
  localStatement = this.RULE('localStatement', (): A.LocalStatement | A.LocalFunctionStatement => {
    const kw = this.CONSUME(T.Local) as LuaToken;
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1).tokenType;
      if (t !== T.Function && t !== T.Name && !this.localStartsWithAttribute()) this.expect(T.Name);
    }
    return this.OR([
      { ALT: () => this.SUBRULE(this.localFunction, { ARGS: [kw] }) },
      { ALT: () => this.SUBRULE(this.localNames, { ARGS: [kw] }) },
    ]);
  });

  /** Whether `local` may be followed by an attribute (5.5's prefix form). */
  protected localStartsWithAttribute(): boolean {
    return false;
  }

  /** local function NAME body */
  localFunction = this.RULE('localFunction', (kw: LuaToken): A.LocalFunctionStatement => {
    this.CONSUME(T.Function);
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const nameTok = this.CONSUME(T.Name) as LuaToken;
    const node = this.startAt(kw) as A.LocalFunctionStatement;
    node.type = 'LocalFunctionStatement';
    node.name = this.identifier(nameTok);
    if (!this.RECORDING_PHASE) {
      this.sem(() => this.scope.declareLocal(node.name.name, node.name));
      this.sem(() => this.scope.activate());
    }
    // PUC passes the line of the token after the name (normally the '(').
    node.func = this.SUBRULE(this.funcBody, { ARGS: [nameTok, false, (this.LA(1) as LuaToken).endLine!] });
    return this.finish(node);
  });

  /** local NAME {',' NAME} ['=' explist]   (5.4+ adds attributes: see lua54.ts) */
  localNames = this.RULE('localNames', (kw: LuaToken): A.LocalStatement => {
    const node = this.startAt(kw) as A.LocalStatement;
    node.type = 'LocalStatement';
    const names: A.Identifier[] = [];
    const attributes: (A.Attribute | null)[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        if (!this.RECORDING_PHASE) this.expect(T.Name);
        const id = this.identifier(this.CONSUME(T.Name) as LuaToken);
        if (!this.RECORDING_PHASE) this.sem(() => this.scope.declareLocal(id.name, id));
        names.push(id);
        attributes.push(null);
      },
    });
    return this.finishLocal(node, names, attributes, null);
  });

  /** The '= explist' part of a local declaration, then activation of the names. */
  protected finishLocal(node: A.LocalStatement, names: A.Identifier[], attributes: (A.Attribute | null)[], prefix: A.Attribute | null): A.LocalStatement {
    let values: A.Expression[] = [];
    this.OPTION7(() => {
      this.CONSUME7(T.Assign);
      values = this.SUBRULE7(this.exprList);
    });
    if (!this.RECORDING_PHASE) {
      this.markCompileTimeConstant(names, values);
      this.sem(() => this.scope.activate());
    }
    node.names = names;
    node.attributes = attributes;
    node.prefixAttribute = prefix;
    node.values = values;
    return this.finish(node);
  }

  /**
   * PUC's localstat: when there are as many values as names, the last name is `<const>` and
   * its value is a constant expression, that local becomes a compile-time constant.
   */
  protected markCompileTimeConstant(names: A.Identifier[], values: A.Expression[]): void {
    if (names.length === 0 || names.length !== values.length) return;
    const v = this.scope.info.declarations.get(names[names.length - 1]!);
    if (!v || v.kind !== 'local' || v.attribute !== 'const') return;
    const value = foldConstant(values[values.length - 1]!, (e) => {
      const r = this.scope.info.resolutions.get(e as A.Identifier);
      return r && r.kind !== 'global' ? (r.variable.constant ?? undefined) : undefined;
    });
    if (value) this.scope.setConstant(v, value);
  }

  /** retstat -> RETURN [explist] [';'] */
  returnStatement = this.RULE('returnStatement', (): A.ReturnStatement => {
    const kw = this.CONSUME(T.Return) as LuaToken;
    const node = this.startAt(kw) as A.ReturnStatement;
    node.type = 'ReturnStatement';
    let values: A.Expression[] = [];
    this.OPTION(() => {
      values = this.SUBRULE(this.exprList);
    });
    if (!this.RECORDING_PHASE && values.length === 0) {
      const t = this.LA(1);
      if (!BLOCK_FOLLOW[t.tokenTypeIdx] && t.tokenType !== T.Semicolon) this.fail('unexpected symbol');
    }
    node.values = values;
    return this.finish(node);
  });

  /** breakstat -> BREAK */
  breakStatement = this.RULE('breakStatement', (): A.BreakStatement => {
    const kw = this.CONSUME(T.Break) as LuaToken;
    const node = this.startAt(kw) as A.BreakStatement;
    node.type = 'BreakStatement';
    this.finish(node);
    if (!this.RECORDING_PHASE) this.sem(() => this.scope.breakStatement(node, kw.endLine!));
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
    let targets: Target[] | null = null;
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
    if (this.RECORDING_PHASE) return first as unknown as A.CallStatement;
    const tl = targets as Target[] | null;
    if (tl) {
      this.level = savedLevel;
      return this.span(first, values[values.length - 1] ?? first, {
        type: 'AssignmentStatement', targets: tl as A.AssignmentTarget[], values,
      }) as A.AssignmentStatement;
    }
    this.notAssignment(first);
    return this.span(first, first, { type: 'CallStatement', call: first as A.CallExpression }) as A.CallStatement;
  });

  /** Whether an expression statement continues as an assignment. */
  protected assignmentFollows(first: A.Expression): boolean {
    if (this.RECORDING_PHASE) return true;
    const t = this.LA(1).tokenType;
    if (this.d.has.strictExpressionStatements) return t === T.Assign || t === T.Comma;
    // 5.1: anything but a call is an assignment.
    return !isCall(first) && (t === T.Assign || t === T.Comma);
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
    if (e.type === 'Identifier') {
      const res = this.scope.info.resolutions.get(e) as Resolution | undefined;
      if (res) this.sem(() => this.scope.checkAssignable(res));
    }
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
        if (this.d.syntax.limitMessages === 'has-more-than') this.fail(`${where} has more than ${limit} variables in assignment`, 'none');
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
    const node = this.startAt(at) as A.FunctionExpression;
    node.type = 'FunctionExpression';
    node.isMethod = isMethod;
    node.varargName = null;
    node.isVararg = false;
    if (!rec) {
      this.sem(() => this.scope.openFunction(node, line));
      this.expect(T.LParen);
    }
    this.CONSUME(T.LParen);
    if (!rec && isMethod) this.sem(() => this.scope.declareLocal('self', null));
    node.params = this.SUBRULE(this.parList, { ARGS: [node] });
    if (!rec) {
      this.sem(() => this.scope.activate());
      this.expect(T.RParen);
    }
    this.CONSUME(T.RParen);
    node.body = this.SUBRULE(this.statlist);
    if (!rec) this.expectMatch(T.End, T.Function, line);
    this.CONSUME(T.End);
    this.finish(node);
    if (!rec) this.sem(() => this.scope.closeFunction());
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
        if (!this.RECORDING_PHASE) this.checkParameterStart();
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
  parameter = this.RULE('parameter', (fn: A.FunctionExpression, params: A.Identifier[]): boolean =>
    this.OR([
      {
        ALT: () => {
          const id = this.identifier(this.CONSUME(T.Name) as LuaToken);
          if (!this.RECORDING_PHASE) {
            params.push(id);
            this.sem(() => this.scope.declareLocal(id.name, id));
          }
          return false;
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Dots);
          if (!this.RECORDING_PHASE) {
            fn.isVararg = true;
            this.sem(() => this.scope.setVararg());
            // 5.1 (LUA_COMPAT_VARARG) gives vararg functions a local 'arg' table.
            if (this.d.has.varargArgTable) this.sem(() => this.scope.declareLocal('arg', null));
          }
          this.varargParameter(fn);
          return true;
        },
      },
    ]),
  );

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
    const list: A.Expression[] = [];
    list.push(this.SUBRULE(this.expr));
    this.MANY(() => {
      this.CONSUME(T.Comma);
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
    if (!rec) {
      this.enterLevel();
      this.requireExpression();
    }
    this.MANY(() => this.unaryOperator(1, base, opBase));
    this.valStack.push(this.SUBRULE(this.simpleExp));
    this.MANY2(() => {
      const op = this.CONSUME(T.BinaryOperator) as LuaToken;
      if (!rec) {
        this.reduce(LEFT_PRIORITY[op.tokenTypeIdx]!, opBase);
        this.opStack.push(op);
        this.opUnary.push(false);
        this.level = base + 1 + (this.opStack.length - opBase);
        const n = this.d.syntax.nesting;
        if (n.atLimit ? this.level >= n.limit : this.level > n.limit) this.levelError();
        this.requireExpression();
      }
      this.MANY3(() => this.unaryOperator(2, base, opBase));
      this.valStack.push(this.SUBRULE2(this.simpleExp));
    });
    if (rec) {
      this.valStack.length = valBase;
      return undefined as unknown as A.Expression;
    }
    this.reduce(0, opBase);
    this.level = base;
    return this.valStack.pop()!;
  });

  /** A unary operator: pushed as a pending operator, one nesting level deeper. */
  private unaryOperator(idx: number, base: number, opBase: number): void {
    const op = this.consume(idx, T.UnaryOperator) as LuaToken;
    if (!this.RECORDING_PHASE) {
      this.opStack.push(op);
      this.opUnary.push(true);
      this.level = base + 1 + (this.opStack.length - opBase);
      const n = this.d.syntax.nesting;
      if (n.atLimit ? this.level >= n.limit : this.level > n.limit) this.levelError();
      this.requireExpression();
    }
  }

  /** Applies pending operators whose right priority is at least `priority` (PUC's loop exits). */
  private reduce(priority: number, opBase: number): void {
    const ops = this.opStack;
    const vals = this.valStack;
    while (ops.length > opBase) {
      const op = ops[ops.length - 1]!;
      const isUnary = this.opUnary[ops.length - 1]!;
      const limit = isUnary ? UNARY_PRIORITY : RIGHT_PRIORITY[op.tokenTypeIdx]!;
      if (limit < priority) break; // PUC keeps looping while left priority > limit
      ops.pop();
      this.opUnary.pop();
      if (isUnary) {
        const arg = vals.pop()!;
        vals.push({
          type: 'UnaryExpression', start: op.startOffset, end: arg.end, line: op.startLine!, column: op.startColumn!,
          endLine: arg.endLine, endColumn: arg.endColumn, operator: UNARY_OPERATOR.get(op.tokenType)!, argument: arg,
        });
      } else {
        const right = vals.pop()!;
        const left = vals.pop()!;
        const text = OPERATOR_TEXT[op.tokenTypeIdx]!;
        const logical = text === 'and' || text === 'or';
        vals.push({
          type: logical ? 'LogicalExpression' : 'BinaryExpression', start: left.start, end: right.end, line: left.line,
          column: left.column, endLine: right.endLine, endColumn: right.endColumn, operator: text, left, right,
        } as A.BinaryExpression | A.LogicalExpression);
      }
    }
  }

  /**
   * simpleexp -> FLT | INT | STRING | NIL | TRUE | FALSE | ... | constructor | FUNCTION body | suffixedexp
   */
  simpleExp = this.RULE('simpleExp', (): A.Expression =>
    this.OR(this.simpleAlternatives ?? (this.simpleAlternatives = this.buildSimpleAlternatives())),
  );
  private simpleAlternatives: { ALT: () => A.Expression }[] | undefined;

  private buildSimpleAlternatives(): { ALT: () => A.Expression }[] {
    return [
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
          return this.SUBRULE(this.funcBody, { ARGS: [kw, false, (this.LA(1) as LuaToken).endLine!] });
        },
      },
      { ALT: () => this.SUBRULE(this.suffixedExp) },
    ];
  }

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

  private literal<K extends 'NilLiteral' | 'VarargLiteral'>(tok: LuaToken, type: K): A.Expression {
    return {
      type, start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!, column: tok.startColumn!,
      endLine: tok.endLine!, endColumn: tok.endColumn!,
    } as A.Expression;
  }

  private booleanLiteral(tok: LuaToken, value: boolean): A.BooleanLiteral {
    return {
      type: 'BooleanLiteral', start: tok.startOffset, end: tok.endOffset! + 1, line: tok.startLine!, column: tok.startColumn!,
      endLine: tok.endLine!, endColumn: tok.endColumn!, value,
    };
  }

  /** primaryexp -> NAME | '(' expr ')' */
  primaryExp = this.RULE('primaryExp', (): A.Expression =>
    this.OR([
      {
        ALT: () => {
          const id = this.identifier(this.CONSUME(T.Name) as LuaToken);
          if (!this.RECORDING_PHASE) this.sem(() => this.scope.reference(id));
          return id;
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen) as LuaToken;
          const inner = this.SUBRULE(this.expr);
          if (!this.RECORDING_PHASE) this.expectMatch(T.RParen, T.LParen, open.endLine!);
          this.CONSUME(T.RParen);
          const node = this.startAt(open) as A.ParenthesizedExpression;
          node.type = 'ParenthesizedExpression';
          node.expression = inner;
          return this.finish(node);
        },
      },
    ]),
  );

  /** suffixedexp -> primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
  suffixedExp = this.RULE('suffixedExp', (): A.Expression => {
    if (!this.RECORDING_PHASE) {
      const t = this.LA(1).tokenType;
      if (t !== T.Name && t !== T.LParen) this.fail('unexpected symbol');
    }
    let e = this.SUBRULE(this.primaryExp);
    this.MANY(() => {
      e = this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            if (!this.RECORDING_PHASE) this.expect(T.Name);
            const prop = this.identifier(this.CONSUME(T.Name) as LuaToken);
            return this.span(e, prop, { type: 'MemberExpression', object: e, property: prop }) as A.MemberExpression;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            const index = this.SUBRULE(this.expr);
            if (!this.RECORDING_PHASE) this.expect(T.RBracket);
            this.CONSUME(T.RBracket);
            return this.finish(this.span(e, e, { type: 'IndexExpression', object: e, index }) as A.IndexExpression);
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Colon);
            if (!this.RECORDING_PHASE) this.expect(T.Name);
            const method = this.identifier(this.CONSUME2(T.Name) as LuaToken);
            if (!this.RECORDING_PHASE) {
              const t = this.LA(1).tokenType;
              if (t !== T.LParen && t !== T.StringLit && t !== T.LBrace) this.fail('function arguments expected');
            }
            const args = this.SUBRULE(this.callArgs);
            return this.finish(this.span(e, e, {
              type: 'MethodCallExpression', object: e, method, arguments: args.list, argumentStyle: args.style,
            }) as A.MethodCallExpression);
          },
        },
        {
          ALT: () => {
            const args = this.SUBRULE2(this.callArgs);
            return this.finish(this.span(e, e, {
              type: 'CallExpression', callee: e, arguments: args.list, argumentStyle: args.style,
            }) as A.CallExpression);
          },
        },
      ]);
    });
    return e;
  });

  /** funcargs -> '(' [explist] ')' | constructor | STRING */
  callArgs = this.RULE('callArgs', (): { list: A.Expression[]; style: A.ArgumentStyle } =>
    this.OR([
      {
        ALT: () => {
          if (!this.RECORDING_PHASE && this.d.has.ambiguousCallError
            && (this.LA(1) as LuaToken).endLine !== (this.LA(0) as LuaToken).endLine) {
            // 5.1 refuses a call whose '(' starts a new line: the code is ambiguous.
            this.fail('ambiguous syntax (function call x new statement)');
          }
          const open = this.CONSUME(T.LParen) as LuaToken;
          let list: A.Expression[] = [];
          this.OPTION(() => {
            list = this.SUBRULE(this.exprList);
          });
          if (!this.RECORDING_PHASE) {
            if (list.length === 0 && this.LA(1).tokenType !== T.RParen) this.requireExpression();
            this.expectMatch(T.RParen, T.LParen, open.endLine!);
          }
          this.CONSUME(T.RParen);
          return { list, style: 'parens' as const };
        },
      },
      { ALT: () => ({ list: [this.SUBRULE(this.tableConstructor)], style: 'table' as const }) },
      { ALT: () => ({ list: [this.stringLiteral(this.CONSUME(T.StringLit) as LuaToken)], style: 'string' as const }) },
    ]),
  );

  /** constructor -> '{' [ field { sep field } [sep] ] '}' */
  tableConstructor = this.RULE('tableConstructor', (): A.TableConstructor => {
    const open = this.CONSUME(T.LBrace) as LuaToken;
    const node = this.startAt(open) as A.TableConstructor;
    node.type = 'TableConstructor';
    const fields: A.TableField[] = [];
    let needField = true; // at the start or after a separator
    this.MANY({
      GATE: () => needField,
      DEF: () => {
        fields.push(this.SUBRULE(this.field));
        needField = false;
        this.OPTION(() => {
          this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.Semicolon) }]);
          needField = true;
        });
      },
    });
    if (!this.RECORDING_PHASE) {
      if (needField && this.LA(1).tokenType !== T.RBrace) this.requireExpression();
      this.expectMatch(T.RBrace, T.LBrace, open.endLine!);
    }
    this.CONSUME(T.RBrace);
    node.fields = fields;
    return this.finish(node);
  });

  /** field -> NAME '=' exp | '[' exp ']' '=' exp | exp */
  field = this.RULE('field', (): A.TableField => {
    if (!this.RECORDING_PHASE && this.LA(1).tokenType === T.Name) this.lookedAheadFrom = this.LA(1) as LuaToken;
    return this.OR([
      {
        ALT: () => {
          const name = this.identifier(this.CONSUME(T.Name) as LuaToken);
          this.CONSUME(T.Assign);
          const value = this.SUBRULE(this.expr);
          return this.span(name, value, { type: 'TableNamedField', name, value }) as A.TableNamedField;
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
          const node = this.startAt(open) as A.TableKeyedField;
          node.type = 'TableKeyedField';
          node.key = key;
          node.value = value;
          return this.finish(node);
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE4(this.expr);
          return this.span(value, value, { type: 'TableArrayField', value }) as A.TableArrayField;
        },
      },
    ]);
  });
}

/** Thrown by raiseSemantic in recovery mode; caught by `sem`. */
class SemanticContinue extends Error {}

function isCall(e: A.Expression): boolean {
  return e !== undefined && (e.type === 'CallExpression' || e.type === 'MethodCallExpression');
}

export type { Attrib };
export { BLOCK_FOLLOW, EXPRESSION_START, IDX };
