import { expect } from 'chai';
import { parse } from '../../grammar/index.js';
import { astToJSON } from '../../src/tooling/json.js';
import { PositionMapper } from '../../src/tooling/positions.js';
import { findAll, walk } from '../../src/tooling/walk.js';

describe('tooling: walker, JSON, positions', () => {
  it('walks every node in source order, enter and leave', () => {
    const { chunk } = parse('local t = { a = f(1), [2] = "x" }');
    const seen: string[] = [];
    walk(chunk, { enter: (n) => { seen.push(n.type); }, leave: (n) => { seen.push('/' + n.type); } });
    expect(seen.filter((t) => !t.startsWith('/'))).to.deep.equal([
      'Chunk', 'LocalStatement', 'Identifier', 'TableConstructor', 'TableNamedField', 'Identifier', 'CallExpression',
      'Identifier', 'NumericLiteral', 'TableKeyedField', 'NumericLiteral', 'StringLiteral',
    ]);
    expect(seen.at(-1)).to.equal('/Chunk');
    expect(findAll(chunk, 'Identifier').map((i) => i.name)).to.deep.equal(['t', 'a', 'f']);
  });

  it('walks very deep trees without recursion', () => {
    const { chunk } = parse('x = ' + 'a .. '.repeat(150) + 'b', { dialect: '5.3' });
    let count = 0;
    walk(chunk, { enter: () => { count++; } });
    expect(count).to.equal(3 + 151 + 150); // chunk, statement, x; operands; operators
  });

  it('serialises big integers as strings', () => {
    const { chunk } = parse('return 9223372036854775807, 1');
    const json = JSON.parse(astToJSON(chunk));
    expect(json.body[0].values.map((v: { value: unknown }) => v.value)).to.deep.equal(['9223372036854775807', 1]);
  });

  it('maps byte offsets to UTF-16 positions', () => {
    const utf8 = Buffer.from('x = "héllo 😀" y\nz', 'utf8').toString('latin1');
    const m = new PositionMapper(utf8);
    const y = utf8.indexOf(' y') + 1;
    expect(m.toUtf16(y)).to.deep.equal({ line: 0, character: 15 });
    expect(m.toUtf16(utf8.indexOf('z'))).to.deep.equal({ line: 1, character: 0 });
  });
});
