import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveGast } from '../../grammar/analysis-cache.js';
import { SAVED_ANALYSES } from '../../grammar/analysis-data.js';
import type { Lua51Parser } from '../../grammar/base.js';
import { chunkId, LuaSyntaxError, PARSER_CLASSES } from '../../grammar/index.js';
import { DIALECT_NAMES, getDialect, type DialectName } from '../../src/dialect/index.js';

const CASES = fileURLToPath(new URL('../../../conformance/cases', import.meta.url));

/** Every conformance case's source, and broken variants of some (errors at many places). */
function sources(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(CASES)) {
    for (const file of readdirSync(join(CASES, area))) if (file.endsWith('.lua')) out.push(readFileSync(join(CASES, area, file), 'latin1'));
  }
  const broken = out.slice(0, 60).flatMap((s) => [s.slice(0, Math.floor(s.length / 3)), s.slice(0, Math.floor((2 * s.length) / 3)) + ' = = )']);
  return [...out, ...broken, 'x = {a = 1, [2] = 3, f(), g.h, i:j()}', 'local function f(...) return ... end', 'for i = 1 do end', 'a.b:c"d"{e}'];
}

/** A parse's outcome: the AST (as JSON) or the error message. */
function outcome(parser: Lua51Parser, name: DialectName, source: string): string {
  const d = getDialect(name);
  try {
    parser.prepare(source, d, chunkId('=t', d), { skipShebang: false, skipBOM: false, comments: true }, true);
    return JSON.stringify(parser.parseChunk().chunk, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
  } catch (e) {
    if (e instanceof LuaSyntaxError) return `error: ${e.message}`;
    throw e;
  }
}

describe('grammar: the analysis saved by the build', () => {
  const all = sources();
  for (const name of DIALECT_NAMES) {
    it(`${name}: is in the build, and a parser restoring it parses as one that analyses its grammar`, () => {
      const text = SAVED_ANALYSES[name];
      expect(text, 'scripts/precompute-grammar.mjs did not run after tsc').to.be.a('string');
      const Parser = PARSER_CLASSES[name];
      const analysed = new Parser({ recover: false });
      const restored = new Parser({ recover: false, analysis: JSON.parse(text!) });
      expect(saveGast(Object.values(restored.getGAstProductions()))).to.deep.equal(saveGast(Object.values(analysed.getGAstProductions())));
      expect(restored.lookahead.savedPaths()).to.deep.equal(analysed.lookahead.savedPaths());
      const keys = (p: Lua51Parser): number[] => [...(p as unknown as { lookAheadFuncsCache: Map<number, unknown> }).lookAheadFuncsCache.keys()].sort();
      expect(keys(restored)).to.deep.equal(keys(analysed));
      let errors = 0;
      for (const source of all) {
        const want = outcome(analysed, name, source);
        if (want.startsWith('error: ')) errors++;
        expect(outcome(restored, name, source), source.slice(0, 80)).to.equal(want);
      }
      expect(errors).to.be.greaterThan(50);
    });
  }

  it('is not used when it does not match the grammar (a stale build): the parser analyses its grammar', () => {
    const saved = JSON.parse(SAVED_ANALYSES['5.4']!) as { rules: string[] };
    const stale = { ...saved, rules: [...saved.rules, 'aRuleTheGrammarLost'] };
    const parser = new PARSER_CLASSES['5.4']({ recover: false, analysis: stale as never });
    expect(outcome(parser, '5.4', 'local x <const> = 1 return x')).to.match(/^\{/);
    expect(outcome(parser, '5.4', 'local x <const> = 1 x = 2')).to.equal("error: t:1: attempt to assign to const variable 'x'");
  });
});
