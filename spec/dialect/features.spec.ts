import { expect } from 'chai';
import { PARSER_CLASSES } from '../../grammar/index.js';
import { allDialects, DIALECT_NAMES, FEATURES, getDialect, parseDialectName, type Feature } from '../../src/dialect/index.js';

describe('dialect: the capability table', () => {
  it('builds one frozen dialect per version, oldest first', () => {
    expect(allDialects().map((d) => d.name)).to.deep.equal([...DIALECT_NAMES]);
    for (const d of allDialects()) expect(Object.isFrozen(d) && Object.isFrozen(d.has)).to.equal(true);
  });

  it('derives every flag from since/until', () => {
    for (const name of Object.keys(FEATURES) as Feature[]) {
      const present = DIALECT_NAMES.filter((d) => getDialect(d).has[name]);
      expect(present.length, name).to.be.greaterThan(0);
      // A feature covers a contiguous run of versions.
      const first = DIALECT_NAMES.indexOf(present[0]!);
      expect(present, name).to.deep.equal(DIALECT_NAMES.slice(first, first + present.length));
    }
  });

  it('keeps goto a name in 5.1 and makes it a keyword later', () => {
    expect(getDialect('5.1').syntax.keywords.has('goto')).to.equal(false);
    expect(getDialect('5.2').syntax.keywords.has('goto')).to.equal(true);
  });

  it('parses dialect names given by users', () => {
    expect(parseDialectName('5.4')).to.equal('5.4');
    expect(parseDialectName('lua5.1')).to.equal('5.1');
    expect(parseDialectName('53')).to.equal('5.3');
    expect(parseDialectName('5.6')).to.equal(undefined);
    expect(() => getDialect('6.0' as never)).to.throw(RangeError);
  });

  it('has each grammar feature implemented by exactly the parser classes of the dialects that have it', () => {
    const grammarFeatures = new Set(Object.values(PARSER_CLASSES).flatMap((c) => [...c.grammarFeatures]));
    for (const feature of grammarFeatures) {
      for (const d of allDialects()) {
        // The class chain of a dialect: its class and every base class.
        const chain: string[] = [];
        let c: unknown = PARSER_CLASSES[d.name];
        while (c && typeof c === 'function' && 'grammarFeatures' in c) {
          if (Object.prototype.hasOwnProperty.call(c, 'grammarFeatures')) chain.push(...(c as { grammarFeatures: string[] }).grammarFeatures);
          c = Object.getPrototypeOf(c);
        }
        expect(chain.includes(feature), `${feature} in ${d.name}`).to.equal(d.has[feature as Feature]);
      }
    }
  });
});
