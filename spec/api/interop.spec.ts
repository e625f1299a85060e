/**
 * Interop between Lua and JS: host functions and their conversions, argument helpers with
 * the official messages, explicit table and string conversions, userdata classes, JS
 * exceptions in host functions, nested calls with tracebacks showing both sides.
 */
import { expect } from 'chai';
import {
  LuaArgs, LuaClass, LuaError, LuaFunctionRef, LuaTableRef, Utf8Error, Vm, bytesToLua, decodeUtf8, encodeUtf8, isUtf8, luaFloat,
  type DialectName,
} from '../../src/index.js';

function sandbox(dialect: DialectName = '5.4'): Vm {
  const vm = Vm.newMinimal(dialect, { hooks: { stdout: () => undefined } });
  vm.openBase().openMath().openString().openTable().openCoroutine();
  return vm;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception');
}

describe('api: interop', () => {
  describe('host functions', () => {
    it('receive converted arguments and return converted results', () => {
      const vm = sandbox();
      const seen: unknown[][] = [];
      vm.register('probe', (...args: unknown[]) => {
        seen.push(args);
        return args.length;
      });
      expect(vm.run('return probe(nil, true, 1, 2.5, "é", {}, print)')).to.deep.equal([7]);
      const [a] = seen;
      expect(a!.slice(0, 5)).to.deep.equal([undefined, true, 1, 2.5, 'é']);
      expect(a![5]).to.be.instanceOf(LuaTableRef);
      expect(a![6]).to.be.instanceOf(LuaFunctionRef);
      vm.register('many', () => [1, 'two', undefined, false]);
      expect(vm.run('return select("#", many()), many()')).to.deep.equal([4, 1, 'two', undefined, false]);
      vm.register('none', () => undefined);
      expect(vm.run('return select("#", none())')).to.deep.equal([0]);
      vm.register('arr', () => [[1, 2]]);
      const e = thrown(() => vm.run('arr()')) as LuaError;
      expect(e).to.be.instanceOf(LuaError);
      expect(e.message).to.match(/^\[string "arr\(\)"\]:1: cannot convert this object to a Lua value \(use vm.toTable/);
      expect(e.cause).to.be.instanceOf(TypeError);
    });

    it('are named in messages as the calling code names them', () => {
      const vm = sandbox();
      vm.registerChecked('clamp', (a) => Math.min(Math.max(a.checkNumber(1), a.optNumber(2, 0)), a.optNumber(3, 1)));
      expect(vm.run('return clamp(5), clamp(-1), clamp(0.5, 0, 2)')).to.deep.equal([1, 0, 0.5]);
      expect(vm.run('return pcall(clamp)')).to.deep.equal([false, "bad argument #1 to 'clamp' (number expected, got no value)"]);
      expect(vm.run('local t = {f = clamp} return pcall(function() return t.f("x") end)')).to.deep.equal([
        false,
        `[string "local t = {f = clamp} return pcall(function()..."]:1: bad argument #1 to 'f' (number expected, got string)`,
      ]);
      const obj = vm.newTable();
      obj.set('m', vm.createCheckedFunction((a) => a.checkInteger(2), { name: 'm' }));
      vm.setGlobal('obj', obj);
      expect(vm.run('return pcall(function() return obj:m(1.5) end)')[1]).to.match(/bad argument #1 to 'm' \(number has no integer representation\)$/);
    });

    it('argument helpers follow the auxiliary library', () => {
      const vm = sandbox();
      const calls: Record<string, (a: LuaArgs) => unknown> = {
        int: (a) => a.checkInteger(1),
        optint: (a) => a.optInteger(1, 7),
        big: (a) => a.checkBigInt(1),
        str: (a) => a.checkString(1),
        optstr: (a) => a.optString(1, 'def'),
        bytes: (a) => Buffer.from(a.checkBytes(1)).toString('hex'),
        latin1: (a) => a.checkLatin1(1),
        opt: (a) => a.checkOption(1, 'b', ['a', 'b', 'c']),
        tbl: (a) => a.checkTable(1).get('k'),
        fn: (a) => a.checkFunction(1).call(2)[0],
        any: (a) => a.checkAny(1) ?? 'nil given',
        n: (a) => [a.length, a.isNoneOrNil(1), a.toBoolean(1), a.typeName(1)],
        custom: (a) => a.argError(2, 'custom trouble'),
        typed: (a) => a.typeError(1, 'widget'),
        err: (a) => a.error('plain failure'),
      };
      for (const [name, fn] of Object.entries(calls)) vm.registerChecked(name, fn);
      const r = (code: string): unknown[] => vm.run(code);
      expect(r('return int(3), int(3.0), int("4"), optint(), optint(nil), big(math.maxinteger)')).to.deep.equal([3, 3, 4, 7, 7, 2n ** 63n - 1n]);
      expect(r('return pcall(int, 2^60)')).to.deep.equal([false, "bad argument #1 to 'int' (integer out of range)"]);
      expect(r('return pcall(int, "x")')).to.deep.equal([false, "bad argument #1 to 'int' (number expected, got string)"]);
      expect(r('return str("é"), str(12), optstr(), bytes("\\0\\255"), latin1("\\255")')).to.deep.equal(['é', '12', 'def', '00ff', '\xff']);
      expect(r('return pcall(str, "\\255")')).to.deep.equal([false, "bad argument #1 to 'str' (string is not valid UTF-8)"]);
      expect(r('return pcall(str, {})')).to.deep.equal([false, "bad argument #1 to 'str' (string expected, got table)"]);
      expect(r('return opt("a"), opt()')).to.deep.equal(['a', 'b']);
      expect(r('return pcall(opt, "z")')).to.deep.equal([false, "bad argument #1 to 'opt' (invalid option 'z')"]);
      expect(r('return tbl({k = 5}), fn(function(x) return x * 10 end)')).to.deep.equal([5, 20]);
      expect(r('return pcall(tbl, 1)')).to.deep.equal([false, "bad argument #1 to 'tbl' (table expected, got number)"]);
      expect(r('return pcall(any)')).to.deep.equal([false, "bad argument #1 to 'any' (value expected)"]);
      expect(r('return any(nil)')).to.deep.equal(['nil given']);
      expect(r('return n()')).to.deep.equal([0, true, false, 'no value']);
      expect(r('return n(false)')).to.deep.equal([1, false, false, 'boolean']);
      expect(r('return pcall(custom, 1, 2)')).to.deep.equal([false, "bad argument #2 to 'custom' (custom trouble)"]);
      expect(r('return pcall(typed, 1)')).to.deep.equal([false, "bad argument #1 to 'typed' (widget expected, got number)"]);
      expect(r('return pcall(function() err() end)')[1]).to.match(/^\[string ".*"\]:1: plain failure$/);
    });

    it('keep one Lua function per JS function', () => {
      const vm = sandbox();
      const fn = (): number => 1;
      vm.setGlobal('a', fn);
      vm.setGlobal('b', fn);
      expect(vm.run('return a == b, a()')).to.deep.equal([true, 1]);
    });
  });

  describe('JS exceptions in host functions', () => {
    it('become Lua errors that Lua can catch, and reach the host as LuaError with the JS error as cause', () => {
      const vm = sandbox();
      const boom = new TypeError('kaput');
      vm.register('explode', () => {
        throw boom;
      });
      expect(vm.run('return pcall(explode)')).to.deep.equal([false, 'kaput']);
      expect(vm.run('local ok, e = pcall(function() explode() end) return e')).to.deep.equal([
        '[string "local ok, e = pcall(function() explode() end)..."]:1: kaput',
      ]);
      const e = thrown(() => vm.run('local function g() explode() end g()', '=host')) as LuaError;
      expect(e).to.be.instanceOf(LuaError);
      expect(e.message).to.equal('host:1: kaput');
      expect(e.cause).to.equal(boom);
      expect(e.luaTraceback).to.include("[C]: in function 'explode'");
      expect(e.luaTraceback).to.include("host:1: in local 'g'");
      // the VM is consistent and keeps working
      expect(vm.run('local t = {} for i = 1, 10 do t[i] = i * i end return #t, t[10], select("#", pcall(error))')).to.deep.equal([10, 100, 2]);
      vm.register('throwString', () => {
        throw 'not an Error';
      });
      expect(vm.run('return pcall(throwString)')).to.deep.equal([false, 'not an Error']);
    });

    it('a LuaError a host function lets through keeps its value', () => {
      const vm = sandbox();
      vm.register('relay', (f: LuaFunctionRef) => f.call());
      const e = thrown(() => vm.run('relay(function() error({code = 7}) end)')) as LuaError;
      expect((e.value as LuaTableRef).get('code')).to.equal(7);
      expect(vm.run('local ok, e = pcall(relay, function() error({code = 8}) end) return e.code')).to.deep.equal([8]);
    });
  });

  describe('nested calls', () => {
    it('JS -> Lua -> JS -> Lua to any depth, with tracebacks showing both sides', () => {
      const vm = sandbox();
      vm.register('bounce', (f: LuaFunctionRef, n: number) => f.call(f, n)[0]);
      const f = vm.load(
        'local function step(self, n)\n  if n == 0 then error("bottom") end\n  return bounce(self, n - 1)\nend\nlocal r = step(step, ...)\nreturn r',
        '=nest',
      );
      const e = thrown(() => vm.callValue(f, [3])) as LuaError;
      expect(e.message).to.equal('nest:2: bottom');
      const tb = e.luaTraceback!;
      expect(tb.match(/\[C\]: in function 'bounce'/g)).to.have.length(3);
      expect(tb.match(/nest:3: in function <nest:1>/g)!.length).to.be.at.least(2);
      expect(tb).to.include('nest:5: in main chunk');
      expect(tb.indexOf("[C]: in function 'bounce'")).to.be.below(tb.indexOf('main chunk'));
      // deep nesting works
      const g = vm.load('local function step(self, n) if n == 0 then return "done" end return bounce(self, n - 1) end return step(step, ...)');
      expect(vm.callValue(g, [500])).to.deep.equal(['done']);
    });
  });

  describe('tables', () => {
    it('toTable builds tables from arrays, objects and Maps; deep only on request', () => {
      const vm = sandbox();
      vm.setGlobal('a', vm.toTable([10, 20, 30]));
      vm.setGlobal('o', vm.toTable({ x: 1, y: 'two' }));
      vm.setGlobal('m', vm.toTable(new Map<unknown, unknown>([[1, 'one'], ['k', true]])));
      expect(vm.run('return #a, a[3], o.x, o.y, m[1], m.k')).to.deep.equal([3, 30, 1, 'two', 'one', true]);
      expect(() => vm.toTable({ nested: { x: 1 } })).to.throw(TypeError);
      vm.setGlobal('d', vm.toTable({ nested: { list: [1, 2] } }, { deep: true }));
      expect(vm.run('return d.nested.list[2]')).to.deep.equal([2]);
    });

    it('handles convert back to arrays, objects and Maps', () => {
      const vm = sandbox();
      const t = vm.run('return {1, 2, 3, name = "x", sub = {4}}')[0] as LuaTableRef;
      expect(t.toArray()).to.deep.equal([1, 2, 3]);
      expect(t.toObject({ deep: true })).to.deep.equal({ 1: 1, 2: 2, 3: 3, name: 'x', sub: { 1: 4 } });
      expect(t.toMap().get('name')).to.equal('x');
      expect(t.length).to.equal(3);
      t.set('added', 5);
      expect(t.get('added')).to.equal(5);
      const cyc = vm.run('local t = {} t.self = t return t')[0] as LuaTableRef;
      expect(() => cyc.toObject({ deep: true })).to.throw(TypeError, /cycle/);
      const keyed = vm.run('return {[{}] = 1}')[0] as LuaTableRef;
      expect(() => keyed.toObject()).to.throw(TypeError, /toMap/);
    });
  });

  describe('strings', () => {
    it('UTF-8 by default, never silently replaced', () => {
      const vm = sandbox();
      expect(vm.run('return "caf\\195\\169"')).to.deep.equal(['café']);
      expect(() => vm.run('return "\\255"')).to.throw(Utf8Error, /result #1 is not valid UTF-8/);
      vm.stringMode = 'bytes';
      expect(vm.run('return "\\255\\0"')).to.deep.equal([Buffer.from([255, 0])]);
      vm.stringMode = 'latin1';
      expect(vm.run('return "\\255"')).to.deep.equal(['\xff']);
      vm.stringMode = 'utf8';
      vm.register('raw', (s: Uint8Array) => s.length, { strings: 'bytes' });
      expect(vm.run('return raw("\\255\\254")')).to.deep.equal([2]);
    });

    it('explicit helpers convert between byte strings, text and bytes', () => {
      expect(encodeUtf8('é')).to.equal('\xc3\xa9');
      expect(decodeUtf8('\xc3\xa9')).to.equal('é');
      expect(() => decodeUtf8('\xff')).to.throw(Utf8Error);
      expect(isUtf8('\xff')).to.equal(false);
      expect(bytesToLua(new Uint8Array([104, 105]))).to.equal('hi');
      expect(() => encodeUtf8('\ud800')).to.throw(TypeError, /surrogate/);
    });

    it('numbers keep their subtype where the dialect has integers', () => {
      const vm = sandbox();
      vm.setGlobal('i', 3);
      vm.setGlobal('f', luaFloat(3));
      expect(vm.run('return math.type(i), math.type(f), 2^53')).to.deep.equal(['integer', 'float', 2 ** 53]);
      expect(vm.run('return math.maxinteger')).to.deep.equal([2n ** 63n - 1n]);
      const old = sandbox('5.1');
      old.setGlobal('i', 3);
      expect(old.run('return i / 2')).to.deep.equal([1.5]);
    });
  });

  describe('userdata classes', () => {
    interface Point { x: number; y: number }
    function withPoints(): Vm {
      const vm = sandbox();
      const Point: LuaClass<Point> = vm.newClass<Point>('Point', {
        methods: {
          len: (p) => Math.hypot(p.x, p.y),
          moved: (p, dx: number, dy: number): Point => Point.wrap({ x: p.x + dx, y: p.y + dy }),
        },
        metamethods: {
          __tostring: (p: Point) => `Point(${p.x}, ${p.y})`,
          __eq: (a: Point, b: Point) => a.x === b.x && a.y === b.y,
          __add: (a: Point, b: Point) => Point.wrap({ x: a.x + b.x, y: a.y + b.y }),
        },
        index: (p, k) => (k === 'x' ? p.x : k === 'y' ? p.y : undefined),
        protect: true,
      });
      vm.registerChecked('Point', (a) => Point.wrap({ x: a.checkNumber(1), y: a.checkNumber(2) }));
      return vm;
    }

    it('expose host objects with methods, fields and metamethods', () => {
      const vm = withPoints();
      expect(vm.run('local p = Point(3, 4) return p:len(), p.x, p.y, p.z, tostring(p), type(p)')).to.deep.equal([5, 3, 4, undefined, 'Point(3, 4)', 'userdata']);
      expect(vm.run('local p = Point(1, 1):moved(1, 2) return tostring(p), Point(1, 2) == Point(1, 2), tostring(Point(1, 1) + Point(2, 2))')).to.deep.equal(['Point(2, 3)', true, 'Point(3, 3)']);
      const [p] = vm.run('return Point(7, 8)') as Point[];
      expect(p).to.deep.equal({ x: 7, y: 8 });
      vm.setGlobal('p', p);
      expect(vm.run('return p.x, rawequal(p, p)')).to.deep.equal([7, true]);
    });

    it('check their self argument and protect their metatable', () => {
      const vm = withPoints();
      expect(vm.run('return pcall(Point(1, 2).len, 5)')).to.deep.equal([false, "bad argument #1 to 'Point.len' (Point expected, got number)"]);
      expect(vm.run('return pcall(function() Point(1, 2).x = 5 end)')[1]).to.match(/cannot assign field 'x' of a Point \(its fields are read-only\)$/);
      expect(vm.run('return getmetatable(Point(1, 2))')).to.deep.equal(['Point']);
      expect(vm.run('return pcall(setmetatable, Point(1, 2), {})')[0]).to.equal(false);
    });

    it('a newindex handler makes fields writable', () => {
      const vm = sandbox();
      const Box = vm.newClass<{ v: unknown }>('Box', { index: (b) => b.v, newindex: (b, _k, v) => (b.v = v) });
      const box = Box.wrap({ v: 1 });
      vm.setGlobal('box', box);
      vm.run('box.anything = "new"');
      expect(box.v).to.equal('new');
      expect(Box.has(box)).to.equal(true);
      expect(Box.has({})).to.equal(false);
    });
  });
});
