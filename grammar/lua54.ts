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
    this.CONSUME(T.Greater);
    const node = this.startAt(open) as A.Attribute;
    node.type = 'Attribute';
    node.name = name.image;
    this.finish(node);
    if (!this.RECORDING_PHASE && name.image !== 'const' && name.image !== 'close') {
      this.sem(() => this.raiseSemantic(`unknown attribute '${name.image}'`, 'none'));
    }
    return node;
  });

  /** The default attribute of a declaration's names (5.5 allows one before the list). */
  protected prefixAttribute(): A.Attribute | null {
    return null;
  }

  /** localstat -> LOCAL [attrib] NAME attrib {',' NAME attrib} ['=' explist] */
  override localNames = this.OVERRIDE_RULE('localNames', (kw: LuaToken): A.LocalStatement => {
    const node = this.startAt(kw) as A.LocalStatement;
    node.type = 'LocalStatement';
    const names: A.Identifier[] = [];
    const attributes: (A.Attribute | null)[] = [];
    const prefix = this.prefixAttribute();
    let closeSeen = false;
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        if (!this.RECORDING_PHASE) this.expect(T.Name);
        const id = this.identifier(this.CONSUME(T.Name) as LuaToken);
        let v: LocalVariable | undefined;
        if (!this.RECORDING_PHASE) v = this.sem(() => this.scope.declareLocal(id.name, id));
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
            if (closeSeen) this.sem(() => this.raiseSemantic('multiple to-be-closed variables in local list', 'none'));
            closeSeen = true;
          }
        }
      },
    });
    return this.finishLocal(node, names, attributes, prefix);
  });
}
