/**
 * PUC's temporaries (src/compiler/held.ts and jsgen's debugLocals mode): the held-register
 * model per call, what debug.getlocal shows past a frame's locals and what debug.setlocal
 * changes there, a C function's own slots at level 0, and that code compiled without
 * debugLocals keeps no temporaries.
 */
import { expect } from 'chai';
import { parse } from '../../grammar/index.js';
import { heldRegisters } from '../../src/compiler/held.js';
import { DIALECT_NAMES, getDialect } from '../../src/dialect/index.js';
import { Vm, type DialectName } from '../../src/index.js';
import type * as A from '../../src/ast/nodes.js';

/** The held values (as source text) of each call of a chunk's main function, by the call's text. */
function model(source: string, dialect: DialectName): Record<string, string[] | null> {
  const { chunk, scope } = parse(source, { dialect, chunkName: '=t' });
  const m = heldRegisters(chunk.body, getDialect(dialect), scope.resolutions);
  const text = (n: A.Node): string => source.slice(n.start, n.end);
  const out: Record<string, string[] | null> = {};
  for (const [call, held] of m.calls) out[text(call)] = held === null ? null : held.map(text);
  return out;
}

function run(dialect: DialectName, source: string): unknown[] {
  return Vm.new(dialect).run(source);
}

describe('compiler: held registers (debug.getlocal temporaries)', () => {
  it('models call bases, arguments, list values and left operands in register order', () => {
    const m = model('local a = 1\nF(a, T.x + G(1), H())\nlocal x, y = 2, "s" .. a .. K()\n', '5.4');
    expect(m['G(1)']).to.deep.equal(['F', 'a', 'T.x']);
    expect(m['H()']).to.deep.equal(['F', 'a', 'T.x + G(1)']);
    expect(m['K()']).to.deep.equal(['2', '"s"', 'a']);
  });

  it('follows the dialect for constant operands and upvalue tables', () => {
    const src = 'local u = {}\nfunction f() return "10" + A(), u[B()], 1000 < C() end\n';
    const inner = (d: DialectName): Record<string, string[] | null> => {
      const { chunk, scope } = parse(src, { dialect: d, chunkName: '=t' });
      const fn = (chunk.body[1] as A.FunctionStatement).func;
      const m = heldRegisters(fn.body, getDialect(d), scope.resolutions);
      const out: Record<string, string[] | null> = {};
      for (const [call, held] of m.calls) out[src.slice(call.start, call.end)] = held && held.map((n) => src.slice(n.start, n.end));
      return out;
    };
    expect(inner('5.1')).to.deep.equal({ 'A()': [], 'B()': ['"10" + A()', 'u'], 'C()': ['"10" + A()', 'u[B()]'] });
    expect(inner('5.3')).to.deep.equal({ 'A()': [], 'B()': ['"10" + A()'], 'C()': ['"10" + A()', 'u[B()]'] });
    expect(inner('5.4')).to.deep.equal({ 'A()': ['"10"'], 'B()': ['"10" + A()'], 'C()': ['"10" + A()', 'u[B()]', '1000'] });
  });

  it('leaves shapes it does not model without temporaries', () => {
    // (a folded constant may or may not take a register)
    expect(model('local r = (2 * 3) + G()\n', '5.4')['G()']).to.equal(null);
  });

  it('keeps string constants that look like the compiler\'s placeholders', () => {
    expect(run('5.4', 'return "@FRAME_SIZE@", "@T0@", "\\1T0\\1" -- getlocal')).to.deep.equal(['@FRAME_SIZE@', '@T0@', '\x01T0\x01']);
  });

  for (const d of DIALECT_NAMES) {
    const names = getDialect(d).runtime;
    it(`${d}: level 0 is getlocal/setlocal itself, its arguments "${names.cTemporaryName}"`, () => {
      expect(run(d, 'return debug.getlocal(0, 1)')).to.deep.equal([names.cTemporaryName, 0]);
      expect(run(d, 'return debug.getlocal(0, 3, "x")')).to.deep.equal([names.cTemporaryName, 'x']);
      expect(run(d, 'return debug.getlocal(0, 3)')).to.deep.equal([undefined]);
      expect(run(d, 'return debug.setlocal(0, 3, 5), debug.setlocal(0, 4, 5)')).to.deep.equal([names.cTemporaryName, undefined]);
    });

    it(`${d}: a caller's held value is "${names.temporaryName}", and setlocal on it takes effect`, () => {
      // db.lua: the register holding (a+1) while f runs is temporary 3 of g's frame
      const src = `
        local n1, v1, n4
        function f()
          n1, v1 = debug.getlocal(2, 3)
          n4 = debug.getlocal(2, 4)
          debug.setlocal(2, 3, 10)
          return 20
        end
        function g(a, b) return (a + 1) + f() end
        return g(0, 0), n1, v1, n4`;
      expect(run(d, src)).to.deep.equal([30, names.temporaryName, 1, undefined]);
      const args = `
        local function F(...) return ... end
        local function change() debug.setlocal(2, 5, 100) return 5 end
        local a = 1
        return F(a, change())`;
      expect(run(d, args)).to.deep.equal([100, 5]);
    });

    it(`${d}: code compiled without debugLocals keeps no temporaries`, () => {
      // (the chunk's text names neither getlocal nor setlocal: t.x is no temporary there)
      const src = (comment: string): string => `${comment}
        local get = debug["get" .. "local"]
        local function f() return get(2, 4) end
        local t = {x = 1}
        return t.x + (f() and 100 or 0)`;
      expect(run(d, src(''))).to.deep.equal([1]);
      expect(run(d, src('-- getlocal'))).to.deep.equal([101]);
    });
  }
});
