/**
 * Lua 5.5's grammar: global declarations ('global x', 'global<const> *', 'global function
 * f'), an attribute before a whole declaration list, and named vararg tables ('...t').
 * As in the official 5.5.0 build, 'global' is a keyword only where a declaration can start:
 * at the start of a statement and followed by a name, '<', '*' or 'function'.
 */
import type * as A from '../src/ast/nodes.js';
import type { ParserSettings } from './base.js';
import type { LuaToken } from './lexer.js';
import { Lua54Parser } from './lua54.js';
import type { Attrib } from './scope.js';
import * as T from './tokens.js';

export class Lua55Parser extends Lua54Parser {
  static override readonly grammarFeatures: readonly string[] = ['globalDeclarations', 'attributePrefix', 'namedVararg'];

  constructor(settings: ParserSettings, isInvokedByChildConstructor = false) {
    super(settings, true);
    if (!isInvokedByChildConstructor) this.performSelfAnalysis();
  }

  /** Whether the current 'global' name starts a declaration. */
  private globalStarts(): boolean {
    const first = this.LA(1);
    if (first.tokenType !== T.Name || first.image !== 'global') return false;
    const t = this.LA(2).tokenType;
    return t === T.Name || t === T.Less || t === T.Star || t === T.Function;
  }

  protected override keywordStatementAlternatives(): { ALT: () => A.Statement; GATE?: () => boolean }[] {
    // Listed before exprstat, which also starts with a name; the gate tells them apart.
    return [...super.keywordStatementAlternatives(), { GATE: () => this.globalStarts(), ALT: () => this.SUBRULE(this.globalStatement) }];
  }

  protected override localStartsWithAttribute(): boolean {
    return this.LA(1).tokenType === T.Less;
  }

  protected override prefixAttribute(): A.Attribute | null {
    let attr: A.Attribute | null = null;
    this.OPTION5(() => {
      attr = this.SUBRULE5(this.attribute);
    });
    return attr;
  }

  /** The vararg table takes a register (a local) after the parameters, named or not. */
  protected override varargParameter(fn: A.FunctionExpression): void {
    let named = false;
    this.OPTION9(() => {
      const id = this.identifier(this.CONSUME9(T.Name) as LuaToken);
      if (!this.RECORDING_PHASE) {
        fn.varargName = id;
        this.scope.currentFunction.varargTable = this.scope.declareLocal(id.name, id, null, false, true);
        named = true;
      }
    });
    if (!this.RECORDING_PHASE && !named) {
      this.scope.currentFunction.varargTable = this.scope.declareLocal('(vararg table)', null, null, true, true);
    }
  }

  /**
   * globalstat -> GLOBAL FUNCTION NAME body | GLOBAL [attrib] '*' | GLOBAL attnamelist ['=' explist]
   */
  globalStatement = this.RULE('globalStatement', (): A.GlobalStatement | A.GlobalFunctionStatement => {
    this.globalKeyword = this.CONSUME(T.Name) as LuaToken; // 'global'
    return this.OR(this.globalAlternatives);
  });
  /** The 'global' name, read by the global alternatives. */
  private globalKeyword: LuaToken | null = null;
  private readonly globalAlternatives: { ALT: () => A.GlobalStatement | A.GlobalFunctionStatement }[] = [
    { ALT: () => this.SUBRULE(this.globalFunction) },
    { ALT: () => this.SUBRULE(this.globalNames) },
  ];

  /** global function NAME body: declares NAME global, then defines it (a runtime error if already set). */
  globalFunction = this.RULE('globalFunction', (): A.GlobalFunctionStatement => {
    const kw = this.globalKeyword!;
    this.CONSUME(T.Function);
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const nameTok = this.CONSUME(T.Name) as LuaToken;
    const name = this.identifier(nameTok);
    if (!this.RECORDING_PHASE) {
      this.scope.declareGlobal(name.name, name, null);
      this.scope.activate();
    }
    const func = this.SUBRULE(this.funcBody, { ARGS: [nameTok, false, this.LA(1).endLine!] });
    if (this.RECORDING_PHASE) return undefined as unknown as A.GlobalFunctionStatement;
    return {
      type: 'GlobalFunctionStatement', start: kw.startOffset, end: func.end, line: kw.startLine!, column: kw.startColumn!,
      endLine: func.endLine, endColumn: func.endColumn, name, func,
    };
  });

  /** global [attrib] ('*' | NAME [attrib] {',' NAME [attrib]} ['=' explist]) */
  globalNames = this.RULE('globalNames', (): A.GlobalStatement => {
    const kw = this.globalKeyword!;
    const prefix = this.prefixAttribute();
    const names: A.Identifier[] = [];
    const attributes: (A.Attribute | null)[] = [];
    let values: A.Expression[] = [];
    let star = false;
    if (!this.RECORDING_PHASE) {
      this.checkNotClose(prefix);
      const t = this.LA(1).tokenType;
      if (t !== T.Star) this.expect(T.Name);
    }
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Star);
          star = true;
          if (!this.RECORDING_PHASE) {
            this.scope.declareGlobal(null, null, (prefix as A.Attribute | null)?.name as Attrib ?? null);
            this.scope.activate();
          }
        },
      },
      {
        ALT: () => {
          this.AT_LEAST_ONE_SEP({
            SEP: T.Comma,
            DEF: () => {
              if (!this.RECORDING_PHASE) this.expect(T.Name);
              const id = this.identifier(this.CONSUME2(T.Name) as LuaToken);
              let attr: A.Attribute | null = null;
              this.OPTION(() => {
                attr = this.SUBRULE(this.attribute);
              });
              if (!this.RECORDING_PHASE) {
                this.checkNotClose(attr);
                const effective = ((attr as A.Attribute | null) ?? prefix)?.name as Attrib | undefined;
                this.scope.declareGlobal(id.name, id, effective === 'const' ? 'const' : null);
              }
              names.push(id);
              attributes.push(attr);
            },
          });
          this.OPTION2(() => {
            this.CONSUME(T.Assign);
            values = this.SUBRULE(this.exprList);
          });
          if (!this.RECORDING_PHASE) this.scope.activate();
        },
      },
    ]);
    if (this.RECORDING_PHASE) return undefined as unknown as A.GlobalStatement;
    const l = this.last();
    return {
      type: 'GlobalStatement', start: kw.startOffset, end: l.endOffset! + 1, line: kw.startLine!, column: kw.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, names, attributes, prefixAttribute: prefix, star, values,
    };
  });

  private checkNotClose(attr: A.Attribute | null): void {
    if (attr && attr.name === 'close') this.raiseSemantic('global variables cannot be to-be-closed', 'none');
  }
}
