/**
 * Lua 5.4's grammar: local attributes '<const>' and '<close>' (one to-be-closed variable
 * per declaration at most).
 */
import type * as A from '../src/ast/nodes.js';
import type { ParserSettings } from './base.js';
import type { LuaToken } from './lexer.js';
import { Lua53Parser } from './lua53.js';
import type { Attrib, LocalVariable } from './scope.js';
import * as T from './tokens.js';

export class Lua54Parser extends Lua53Parser {
  static override readonly grammarFeatures: readonly string[] = ['localAttributes'];

  constructor(settings: ParserSettings, isInvokedByChildConstructor = false) {
    super(settings, true);
    if (!isInvokedByChildConstructor) this.performSelfAnalysis();
  }

  /** attrib -> '<' NAME '>' ; only 'const' and 'close' exist. */
  attribute = this.RULE('attribute', (): A.Attribute => {
    const open = this.CONSUME(T.Less) as LuaToken;
    if (!this.RECORDING_PHASE) this.expect(T.Name);
    const name = this.CONSUME(T.Name) as LuaToken;
    if (!this.RECORDING_PHASE) this.expect(T.Greater);
    const l = this.CONSUME(T.Greater) as LuaToken;
    if (!this.RECORDING_PHASE && name.image !== 'const' && name.image !== 'close') {
      this.raiseSemantic(`unknown attribute '${name.image}'`, 'none');
    }
    return {
      type: 'Attribute', start: open.startOffset, end: l.endOffset! + 1, line: open.startLine!, column: open.startColumn!,
      endLine: l.endLine!, endColumn: l.endColumn!, name: name.image,
    };
  });

  /** The default attribute of a declaration's names (5.5 allows one before the list). */
  protected prefixAttribute(): A.Attribute | null {
    return null;
  }

  /** localstat -> LOCAL [attrib] NAME attrib {',' NAME attrib} ['=' explist] */
  override localNames = this.OVERRIDE_RULE('localNames', (): A.LocalStatement => {
    const kw = this.localKeyword!;
    const names: A.Identifier[] = [];
    const attributes: (A.Attribute | null)[] = [];
    const prefix = this.prefixAttribute();
    let closeSeen = false;
    let lastVar: LocalVariable | null = null;
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        if (!this.RECORDING_PHASE) this.expect(T.Name);
        const id = this.identifier(this.CONSUME(T.Name) as LuaToken);
        let v: LocalVariable | undefined;
        if (!this.RECORDING_PHASE) lastVar = v = this.scope.declareLocal(id.name, id);
        let attr: A.Attribute | null = null;
        this.OPTION(() => {
          attr = this.SUBRULE(this.attribute);
        });
        names.push(id);
        attributes.push(attr);
        if (!this.RECORDING_PHASE) {
          const effective = ((attr as A.Attribute | null) ?? prefix)?.name as Attrib | undefined;
          if (v && (effective === 'const' || effective === 'close')) this.scope.setAttribute(v, effective);
          if (effective === 'close') {
            if (closeSeen) this.raiseSemantic('multiple to-be-closed variables in local list', 'none');
            closeSeen = true;
          }
        }
      },
    });
    return this.finishLocal(kw, names, attributes, prefix, lastVar);
  });
}
