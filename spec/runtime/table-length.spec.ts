/**
 * The border '#' finds in a table with holes: LuaTable.length() (the dialects before 5.5:
 * the array part's length, or an unbound search past it) and hintedLength() (PUC 5.5's
 * search from a per-table hint), and that every way of taking a raw length (the operator,
 * '__len'-less metatables, rawlen, the table library, the embedding API) uses the dialect's.
 */
import { expect } from 'chai';
import { DIALECT_NAMES, getDialect } from '../../src/dialect/index.js';
import { Vm, type LuaTableRef } from '../../src/index.js';
import { tableFromArray } from '../../src/runtime/support.js';
import { LuaTable } from '../../src/runtime/table.js';

/** A table filled as `for i = 1, n do t[i] = i end` does. */
function appended(n: number): LuaTable {
  const t = new LuaTable();
  for (let i = 1; i <= n; i++) t.setIdx(i, i);
  return t;
}

const hinted = DIALECT_NAMES.filter((d) => getDialect(d).has.lengthHint);
const unhinted = DIALECT_NAMES.filter((d) => !getDialect(d).has.lengthHint);

describe('runtime: table borders', () => {
  describe('hintedLength', () => {
    it('a constructor sizes the array for all its values; the hint starts at half of it', () => {
      expect(tableFromArray([1, undefined, 3]).hintedLength()).to.equal(1);
      expect(tableFromArray([1, undefined, 3, undefined]).hintedLength()).to.equal(1);
      expect(tableFromArray([undefined, undefined, 3]).hintedLength()).to.equal(0);
      expect(tableFromArray([1, 2, undefined, 4]).hintedLength()).to.equal(2);
      // the hint (4) and the 4 positions above it are present: the last element decides
      expect(tableFromArray([1, undefined, 3, 4, 5, 6, 7, 8]).hintedLength()).to.equal(8);
    });

    it('length() keeps the earlier dialects\' border', () => {
      expect(tableFromArray([1, undefined, 3]).length()).to.equal(3);
      const t = appended(16);
      t.setInt(9, undefined);
      expect(t.length()).to.equal(16);
    });

    it('appends grow the array size to powers of two, the hint to half of it', () => {
      const t = appended(16);
      t.setInt(9, undefined);
      expect(t.hintedLength()).to.equal(8);
      const u = appended(10);
      u.setInt(7, undefined);
      expect(u.hintedLength()).to.equal(10); // size 16, hint 8: 8, 9, 10 present, 11 not
    });

    it('the border found becomes the hint', () => {
      const t = appended(10);
      expect(t.hintedLength()).to.equal(10);
      t.setIdx(11, 11);
      t.setIdx(12, 12);
      t.setInt(11, undefined);
      t.setInt(9, undefined);
      expect(t.hintedLength()).to.equal(10);
      expect(t.length()).to.equal(12);
    });

    it('removing the last elements keeps the size the array part grew to', () => {
      const t = appended(9);
      t.setInt(9, undefined);
      t.setInt(6, undefined);
      expect(t.hintedLength()).to.equal(8); // size 16, hint 8
      const u = appended(30);
      u.setInt(26, undefined);
      expect(u.hintedLength()).to.equal(25); // bisection between 20 and the size, 32
    });

    it('presize (table.create, table.pack) sizes the array part', () => {
      const t = new LuaTable();
      t.presize(10);
      for (const i of [1, 2, 3, 5]) t.setInt(i, i);
      expect(t.hintedLength()).to.equal(5); // hint 5: present, 6 is not
      expect(t.length()).to.equal(3);
    });

    it('a constructor with fields keeps its holes in the array part', () => {
      const t = new LuaTable();
      t.setStr('x', 1);
      t.setList(1, [1, 2, undefined, 4, 5, undefined, 7, 8]);
      expect(t.arr.length).to.equal(8);
      expect(t.hintedLength()).to.equal(5);
      const u = new LuaTable();
      u.setInt(2, 'k'); // [2] = 'k' before the positional values: they win
      u.setList(1, ['a', 'b', 'c']);
      expect([u.get(1), u.get(2), u.get(3), u.hash?.size ?? 0]).to.deep.equal(['a', 'b', 'c', 0]);
    });

    it('sequences without holes give their length', () => {
      for (const n of [0, 1, 2, 3, 7, 8, 9, 100]) {
        const t = appended(n);
        expect(t.hintedLength(), `${n}`).to.equal(n);
        expect(tableFromArray(t.arr.slice()).hintedLength()).to.equal(n);
        if (n > 0) {
          t.setInt(n, undefined);
          expect(t.hintedLength()).to.equal(n - 1);
        }
      }
      const t = tableFromArray([1, 2, 3]);
      t.setInt(5, 5);
      t.setInt(4, 4); // 5 moves from the hash part into the array
      expect(t.hintedLength()).to.equal(5);
    });
  });

  describe('every raw length follows the dialect', () => {
    const code = `
      local t = {1, nil, 3}
      local r = {#t, #setmetatable({1, nil, 3}, {}), rawlen and rawlen({1, nil, 3}) or -1}
      local u = {1, nil, 3}
      table.insert(u, 'x')
      r[#r + 1] = u[2] == 'x' and 2 or 4
      r[#r + 1] = select('#', (table.unpack or unpack)({1, nil, 3}))
      return r[1], r[2], r[3], r[4], r[5]`;
    for (const d of hinted) {
      it(`${d}: the hinted border`, () => {
        const vm = Vm.new(d);
        expect(vm.run(code)).to.deep.equal([1, 1, 1, 2, 1]);
        const [t] = vm.run('return {nil, 2}') as [LuaTableRef];
        expect(t.length).to.equal(0);
        expect(t.toArray()).to.deep.equal([]);
      });
    }
    for (const d of unhinted) {
      it(`${d}: the array part's length`, () => {
        const vm = Vm.new(d);
        const rawlen = getDialect(d).has.rawlenFunction ? 3 : -1;
        expect(vm.run(code)).to.deep.equal([3, 3, rawlen, 4, 3]);
        const [t] = vm.run('return {nil, 2}') as [LuaTableRef];
        expect(t.length).to.equal(2);
      });
    }
  });
});
