/**
 * Lua 5.3's grammar. It adds no statement forms: its new operators ('//', '&', '|', '~',
 * '<<', '>>') are tokens only its lexer produces, and they take their priorities from the
 * shared operator table, so the 5.2 rules parse them unchanged.
 */
import type { ParserSettings } from './base.js';
import { Lua52Parser } from './lua52.js';

export class Lua53Parser extends Lua52Parser {
  static override readonly grammarFeatures: readonly string[] = [];

  constructor(settings: ParserSettings, isInvokedByChildConstructor = false) {
    super(settings, true);
    if (!isInvokedByChildConstructor) this.performSelfAnalysis();
  }
}
