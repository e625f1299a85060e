import { expect } from 'chai';
import type * as A from '../../src/ast/nodes.js';
import { parse, LuaSyntaxError } from '../../grammar/index.js';
import type { DialectName } from '../../src/dialect/index.js';

function ast(source: string, dialect: DialectName = '5.5'): A.Chunk {
  return parse(source, { dialect }).chunk;
}
function error(source: string, dialect: DialectName = '5.5', chunkName = '@t.lua'): string {
  try {
    parse(source, { dialect, chunkName });
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
  return 'OK';
}

describe('grammar: AST shape', () => {
  it('builds statements with positions', () => {
    const chunk = ast('local x = 1\nprint(x)');
    expect(chunk.body.map((s) => s.type)).to.deep.equal(['LocalStatement', 'CallStatement']);
    const call = (chunk.body[1] as A.CallStatement).call as A.CallExpression;
    expect(call.callee).to.include({ type: 'Identifier', name: 'print', line: 2, column: 0, start: 12, end: 17 });
    expect(call).to.include({ start: 12, end: 20, endLine: 2, endColumn: 8, argumentStyle: 'parens' });
  });

  it('folds operators with Lua priorities and associativity', () => {
    const e = (ast('return 1 + 2 * 3 ^ 2 ^ -4 .. "a" .. "b" == x and not y or z').body[0] as A.ReturnStatement).values[0]!;
    const show = (n: A.Expression): string => {
      switch (n.type) {
        case 'BinaryExpression': case 'LogicalExpression': return `(${show(n.left)} ${n.operator} ${show(n.right)})`;
        case 'UnaryExpression': return `(${n.operator} ${show(n.argument)})`;
        case 'NumericLiteral': return n.raw;
        case 'StringLiteral': return n.raw;
        case 'Identifier': return n.name;
        default: return n.type;
      }
    };
    expect(show(e)).to.equal('(((((1 + (2 * (3 ^ (2 ^ (- 4))))) .. ("a" .. "b")) == x) and (not y)) or z)');
    const u = (ast('return -x ^ 2').body[0] as A.ReturnStatement).values[0]!;
    expect(show(u)).to.equal('(- (x ^ 2))');
  });

  it('keeps numerals exact, per dialect', () => {
    const lit = (src: string, d: DialectName) => (ast(`return ${src}`, d).body[0] as A.ReturnStatement).values[0] as A.NumericLiteral;
    expect(lit('3', '5.4')).to.include({ numberKind: 'integer', value: 3, raw: '3' });
    expect(lit('3', '5.1')).to.include({ numberKind: 'float', value: 3 });
    expect(lit('0xffffffffffffffff', '5.4').value).to.equal(-1);
    expect(lit('9223372036854775807', '5.4').value).to.equal(9223372036854775807n);
    expect(lit('9223372036854775808', '5.4')).to.include({ numberKind: 'float', value: 9223372036854775808 });
    expect(lit('0x1p4', '5.3')).to.include({ numberKind: 'float', value: 16 });
    expect(lit('0xA.8p1', '5.4').value).to.equal(21);
    expect(lit('1e2', '5.4')).to.include({ numberKind: 'float', value: 100 });
  });

  it('resolves byte strings and escapes', () => {
    const s = (src: string, d: DialectName = '5.4') => ((ast(`return ${src}`, d).body[0] as A.ReturnStatement).values[0] as A.StringLiteral).value;
    expect(s('"a\\tb\\65\\x41\\z   c\\u{48}"')).to.equal('a\tbAAcH');
    expect(s('"\\u{7FFFFFFF}"')).to.equal('\xFD\xBF\xBF\xBF\xBF\xBF');
    expect(s('[==[\nline1\r\nline2]]]==]')).to.equal('line1\nline2]]');
    expect(s('"\\q"', '5.1')).to.equal('q');
    expect(s('"\\\r\nx"')).to.equal('\nx');
  });

  it('collects comments with their ranges', () => {
    const { chunk } = parse('-- one\nx = 1 --[==[ two\n]==] y = 2');
    expect(chunk.comments.map((c) => [c.value, c.long, c.line, c.endLine])).to.deep.equal([[' one', false, 1, 1], [' two\n', true, 2, 3]]);
  });

  it('parses every dialect-specific construct only in its dialects', () => {
    expect(error('goto x ::x::', '5.1')).to.match(/'=' expected near 'x'/);
    expect(ast('goto x ::x::', '5.2').body.map((s) => s.type)).to.deep.equal(['GotoStatement', 'LabelStatement']);
    expect(error('x = 1 // 2', '5.2')).to.match(/unexpected symbol near '\/'/);
    expect(ast('x = 1 // 2 & 3', '5.3').body[0]!.type).to.equal('AssignmentStatement');
    expect(error('local x <const> = 1', '5.3')).to.match(/unexpected symbol near '<'/);
    const local = ast('local x <const>, y <close> = 1, nil', '5.4').body[0] as A.LocalStatement;
    expect(local.attributes.map((a) => a?.name)).to.deep.equal(['const', 'close']);
    const g = ast('global<const> *', '5.5').body[0] as A.GlobalStatement;
    expect(g).to.include({ type: 'GlobalStatement', star: true });
    expect(g.prefixAttribute?.name).to.equal('const');
    const f = ast('function f(a, ...t) return t.n end', '5.5').body[0] as A.FunctionStatement;
    expect(f.func.varargName?.name).to.equal('t');
    expect(ast('global = 1', '5.5').body[0]!.type).to.equal('AssignmentStatement');
  });

  it('reports errors in official form', () => {
    expect(error('function f()\n  x = 1\n', '5.4')).to.equal("t.lua:3: 'end' expected (to close 'function' at line 1) near <eof>");
    expect(error('function f()\n  x = 1\n', '5.1')).to.equal("t.lua:3: 'end' expected (to close 'function' at line 1) near '<eof>'");
    expect(error('x = "abc\n')).to.equal("t.lua:1: unfinished string near '\"abc'");
    expect(error('x = 3 y', '5.3')).to.equal('t.lua:1: syntax error near <eof>');
    expect(error('local a <close>, b <close> = 1, 2', '5.4')).to.equal('t.lua:1: multiple to-be-closed variables in local list');
    expect(error('x = ', '5.4', 'x = ')).to.equal('[string "x = "]:1: unexpected symbol near <eof>');
  });

  it('turns a 1,000,000-deep nesting into the official error, not a crash', () => {
    const deep = 'x = ' + '('.repeat(1_000_000) + '1' + ')'.repeat(1_000_000);
    expect(error(deep, '5.4')).to.equal('C stack overflow');
    expect(error(deep, '5.3')).to.equal("t.lua:1: too many C levels (limit is 200) in main function near '('");
    expect(error(deep, '5.1')).to.equal('t.lua:1: chunk has too many syntax levels');
    const blocks = 'do '.repeat(1_000_000) + 'end '.repeat(1_000_000);
    expect(error(blocks, '5.4')).to.equal('C stack overflow');
  });
});

describe('grammar: scope analysis', () => {
  it('binds names to locals, upvalues and globals', () => {
    const { chunk, scope } = parse('local a = 1\nlocal function f() return a + b end', { dialect: '5.4' });
    const f = (chunk.body[1] as A.LocalFunctionStatement).func;
    const ret = f.body[0] as A.ReturnStatement;
    const sum = ret.values[0] as A.BinaryExpression;
    const a = scope.resolutions.get(sum.left as A.Identifier)!;
    const b = scope.resolutions.get(sum.right as A.Identifier)!;
    expect(a.kind).to.equal('upvalue');
    expect(b.kind).to.equal('global');
    if (a.kind !== 'upvalue' || b.kind !== 'global') return;
    expect(a.variable.declaration).to.equal((chunk.body[0] as A.LocalStatement).names[0]);
    expect(a.variable.captured).to.equal(true);
    expect(b.env?.kind).to.equal('upvalue');
    expect(scope.functions.get(f)!.upvalues.map((u) => u.name)).to.deep.equal(['a', '_ENV']);
  });

  it('links gotos and breaks to their targets', () => {
    const { chunk, scope } = parse('while true do break end ::top:: goto top', { dialect: '5.4' });
    const loop = chunk.body[0] as A.WhileStatement;
    expect(scope.breakTargets.get(loop.body[0] as A.BreakStatement)).to.equal(loop);
    expect(scope.gotoTargets.get(chunk.body[2] as A.GotoStatement)).to.equal(chunk.body[1]);
  });

  it('marks compile-time constants (5.4+)', () => {
    const { chunk, scope } = parse('local k <const> = 2 ^ 10 local s <const> = "x" local z <const> = 1 // 0', { dialect: '5.4' });
    const constant = (i: number) => {
      const v = scope.declarations.get((chunk.body[i] as A.LocalStatement).names[0]!);
      return v && v.kind === 'local' ? v.constant : null;
    };
    expect(constant(0)).to.deep.equal({ kind: 'float', value: 1024 });
    expect(constant(1)).to.deep.equal({ kind: 'string', value: 'x' });
    expect(constant(2)).to.equal(null);
  });
});

describe('grammar: recovery mode', () => {
  it('returns every diagnostic and the statements that parsed', () => {
    const r = parse('x = = 1\ny = 2\nif a then\n  z = \nend\ngoto nowhere\nw = )', { recover: true, dialect: '5.4', chunkName: '@r.lua' });
    expect(r.diagnostics.map((d) => d.message)).to.deep.equal([
      "r.lua:1: unexpected symbol near '='",
      "r.lua:5: unexpected symbol near 'end'",
      "r.lua:7: unexpected symbol near ')'",
      "r.lua:7: no visible label 'nowhere' for <goto> at line 6",
    ]);
    expect(r.chunk.body.map((s) => s.type)).to.deep.equal(['AssignmentStatement', 'IfStatement', 'GotoStatement']);
    expect(r.diagnostics[0]).to.include({ line: 1, start: 4, end: 5 });
  });

  it('recovers inside function bodies', () => {
    const r = parse('local function f()\n  local = 1\n  return 2\nend\nprint(f())', { recover: true, dialect: '5.4' });
    expect(r.diagnostics).to.have.length(1);
    expect(r.chunk.body.map((s) => s.type)).to.deep.equal(['LocalFunctionStatement', 'CallStatement']);
  });
});
