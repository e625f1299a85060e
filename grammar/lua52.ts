/**
 * Lua 5.2's grammar: goto and labels, ';' as an empty statement, and 'break' as an
 * ordinary statement (5.1 required it to end its block).
 */
import type * as A from '../src/ast/nodes.js';
import { Lua51Parser, type ParserSettings } from './base.js';
import type { LuaToken } from './lexer.js';
import * as T from './tokens.js';

export class Lua52Parser extends Lua51Parser {
  static override readonly grammarFeatures: readonly string[] = ['gotoStatement', 'breakAnywhere'];

  constructor(settings: ParserSettings, isInvokedByChildConstructor = false) {
    super(settings, true);
    if (!isInvokedByChildConstructor) this.performSelfAnalysis();
  }

  protected override keywordStatementAlternatives(): { ALT: () => A.Statement; GATE?: () => boolean }[] {
    return [
      { ALT: () => this.SUBRULE(this.emptyStatement) },
      ...super.keywordStatementAlternatives(),
      { ALT: () => this.SUBRULE(this.breakStatement) },
      { ALT: () => this.SUBRULE(this.gotoStatement) },
      { ALT: () => this.SUBRULE(this.labelStatement) },
    ];
  }

  /** statlist -> { stat } [ retstat ]   (retstat must be last) */
  override statlist = this.OVERRIDE_RULE('statlist', (): A.Statement[] => {
    const body: A.Statement[] = [];
    let last = false;
    for (;;) {
      this.MANY(() => {
        const s = this.recover ? this.guardedStatement(this.parseStatement) : this.SUBRULE(this.statement);
        if (s) body.push(s);
      });
      this.OPTION(() => {
        const s = this.recover ? this.guardedStatement(this.parseReturn) : this.SUBRULE(this.returnAndSemicolon);
        if (s) body.push(s);
        last = true;
      });
      if (this.RECORDING_PHASE || last || this.blockEnds()) break;
    }
    return body;
  });

  private readonly parseReturn = (): A.ReturnStatement => this.SUBRULE(this.returnAndSemicolon);

  /** retstat -> RETURN [explist] [';'] */
  returnAndSemicolon = this.RULE('returnAndSemicolon', (): A.ReturnStatement => {
    if (!this.RECORDING_PHASE) {
      this.enterLevel();
      this.scope.beforeStatement();
    }
    const node = this.SUBRULE(this.returnStatement);
    this.OPTION(() => this.CONSUME(T.Semicolon));
    if (!this.RECORDING_PHASE) this.level--;
    return node;
  });

  /** ';' */
  emptyStatement = this.RULE('emptyStatement', (): A.EmptyStatement => {
    const t = this.CONSUME(T.Semicolon) as LuaToken;
    return {
      type: 'EmptyStatement', start: t.startOffset, end: t.endOffset! + 1, line: t.startLine!, column: t.startColumn!,
      endLine: t.endLine!, endColumn: t.endColumn!,
    };
  });

  /** gotostat -> GOTO NAME */
  gotoStatement = this.RULE('gotoStatement', (): A.GotoStatement => {
    const kw = this.CONSUME(T.Goto) as LuaToken;
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const label = this.identifier(this.CONSUME(T.Name) as LuaToken);
    const node: A.GotoStatement = {
      type: 'GotoStatement', start: kw.startOffset, end: label.end, line: kw.startLine!, column: kw.startColumn!,
      endLine: label.endLine, endColumn: label.endColumn, label,
    };
    if (!this.RECORDING_PHASE) this.scope.gotoStatement(node, label.name, kw.endLine!);
    return node;
  });

  /** label -> '::' NAME '::' */
  labelStatement = this.RULE('labelStatement', (): A.LabelStatement => {
    const open = this.CONSUME(T.DoubleColon) as LuaToken;
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const label = this.identifier(this.CONSUME(T.Name) as LuaToken);
    const node = {
      type: 'LabelStatement', start: open.startOffset, end: 0, line: open.startLine!, column: open.startColumn!,
      endLine: 0, endColumn: 0, label,
    } as A.LabelStatement;
    if (!this.RECORDING_PHASE) {
      this.scope.label(node, label.name, open.endLine!);
      this.expect(T.DoubleColon);
    }
    const l = this.CONSUME2(T.DoubleColon) as LuaToken;
    node.end = l.endOffset! + 1;
    node.endLine = l.endLine!;
    node.endColumn = l.endColumn!;
    return node;
  });
}
