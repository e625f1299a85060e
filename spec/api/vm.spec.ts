/**
 * The embedding API's VM: creation, libraries one by one, what a minimal VM can reach, the
 * host hooks (print, dofile, loadfile), load and callValue, globals, errors of any type,
 * tracebacks and close().
 */
import { expect } from 'chai';
import {
  DIALECT_NAMES, LuaError, LuaFunctionRef, LuaHaltError, LuaTableRef, Vm, type DialectName,
} from '../../src/index.js';

/** A minimal VM with the safe libraries, print captured. */
function sandbox(dialect: DialectName = '5.4'): { vm: Vm; out: () => string } {
  let out = '';
  const vm = Vm.newMinimal(dialect, { hooks: { stdout: (b) => (out += Buffer.from(b).toString('utf8')) } });
  vm.openBase().openMath().openString().openTable().openCoroutine();
  return { vm, out: () => out };
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an exception');
}

describe('api: Vm', () => {
  describe('creation and libraries', () => {
    for (const d of DIALECT_NAMES) {
      it(`${d}: newMinimal opens nothing; open* add exactly their library`, () => {
        const vm = Vm.newMinimal(d);
        expect(vm.dialect.name).to.equal(d);
        const globals = (): string[] => vm.globals.entries().map(([k]) => String(k)).sort();
        expect(globals()).to.deep.equal([]);
        vm.openMath();
        expect(globals()).to.deep.equal(['math']);
        vm.openString().openTable();
        expect(globals()).to.deep.equal(['math', 'string', 'table']);
        vm.openBase();
        expect(vm.getGlobal('print')).to.be.instanceOf(LuaFunctionRef);
        expect(vm.getGlobal('require')).to.equal(undefined);
        expect(vm.getGlobal('io')).to.equal(undefined);
        // opening twice changes nothing
        const math = vm.getGlobal('math') as LuaTableRef;
        vm.openMath();
        expect((vm.getGlobal('math') as LuaTableRef).equals(math)).to.equal(true);
      });

      it(`${d}: Vm.new opens every library of the dialect`, () => {
        const vm = Vm.new(d, { hooks: { stdout: () => undefined } });
        const has = vm.dialect.has;
        for (const lib of ['string', 'table', 'math', 'io', 'os', 'debug', 'package', 'coroutine']) {
          expect(vm.getGlobal(lib), lib).to.be.instanceOf(LuaTableRef);
        }
        expect(vm.getGlobal('utf8') !== undefined).to.equal(has.utf8Library);
        expect(vm.getGlobal('bit32') !== undefined).to.equal(has.bit32Library);
        // package.loaded knows every open library (require finds them)
        expect(vm.run('return package.loaded.string == string, package.loaded._G == _G, require("math") == math')).to.deep.equal([true, true, true]);
        vm.close();
      });
    }

    it('extras exist only where the dialect has them', () => {
      for (const d of DIALECT_NAMES) {
        const vm = Vm.newMinimal(d);
        if (vm.dialect.has.bit32Library) {
          vm.openBit32();
          expect(vm.run('return bit32.band(12, 10)')).to.deep.equal([8]);
        } else expect(() => vm.openBit32()).to.throw(Error, /no bit32 library/);
        if (vm.dialect.has.utf8Library) {
          vm.openUtf8();
          expect(vm.run('return utf8.char(233)')).to.deep.equal(['é']);
        } else expect(() => vm.openUtf8()).to.throw(Error, /no utf8 library/);
      }
    });

    it('coroutine opened before base still gives the base library its yieldable pcall', () => {
      const vm = Vm.newMinimal('5.4');
      vm.openCoroutine().openBase();
      const r = vm.run(`
        local co = coroutine.wrap(function() local ok, v = pcall(function() return coroutine.yield(1) + 1 end) return ok, v end)
        local a = co()
        return a, co(41)`);
      expect(r).to.deep.equal([1, true, 42]);
    });
  });

  describe('a minimal VM is a sandbox', () => {
    for (const d of DIALECT_NAMES) {
      it(`${d}: io, os, package, debug, require and binary chunks are out of reach`, () => {
        const { vm } = sandbox(d);
        const has = vm.dialect.has;
        if (has.utf8Library) vm.openUtf8();
        const r = vm.run(`
          local found = {}
          for _, name in ipairs({'io', 'os', 'package', 'debug', 'require', 'module', 'dofile_ok'}) do
            if _G[name] ~= nil then found[#found + 1] = name end
          end
          -- nothing reachable through the libraries' tables or the string metatable
          local seen, stack = {}, {_G, getmetatable('')}
          while #stack > 0 do
            local t = table.remove(stack)
            if type(t) == 'table' and not seen[t] then
              seen[t] = true
              for k, v in pairs(t) do
                if v == io or v == os or v == debug or v == package then found[#found + 1] = k end
                if type(v) == 'table' then stack[#stack + 1] = v end
              end
            end
          end
          return table.concat(found, ',')`);
        expect(r).to.deep.equal(['']);
        // a binary chunk made by string.dump is refused by load, whatever the mode
        const dumped = has.loadWithModeAndEnv
          ? vm.run(`local f, e = load(string.dump(function() return 1 end), 'x', 'bt') return f, e`)
          : vm.run(`local f, e = loadstring(string.dump(function() return 1 end)) return f, e`);
        expect(dumped[0]).to.equal(undefined);
        expect(dumped[1]).to.match(/attempt to load a binary chunk \(mode is 't'\)/);
        const e = thrown(() => vm.load('\x1bLua', 'bin')) as LuaError;
        expect(e).to.be.instanceOf(LuaError);
        expect(e.kind).to.equal('syntax');
        expect(e.message).to.match(/attempt to load a binary chunk/);
      });
    }

    it('binary chunks load once the host allows them (setBytecodeLoading)', () => {
      const { vm } = sandbox();
      vm.setBytecodeLoading(true);
      expect(vm.run(`return load(string.dump(function() return 7 end))()`)).to.deep.equal([7]);
      vm.setBytecodeLoading(false);
      expect(vm.run(`return select(2, load(string.dump(function() return 7 end)))`)).to.deep.equal(["attempt to load a binary chunk (mode is 't')"]);
      // an explicit text-only mode is honoured either way
      expect(vm.run(`return select(2, load("return 1", "x", "b"))`)).to.deep.equal(["attempt to load a text chunk (mode is 'b')"]);
    });

    it('dofile and loadfile refuse files by default, with a Lua error', () => {
      const { vm } = sandbox();
      expect(vm.run('return loadfile("/etc/passwd")')).to.deep.equal([undefined, 'cannot open /etc/passwd (file access is disabled in this VM)']);
      const e = thrown(() => vm.run('dofile("/etc/passwd")')) as LuaError;
      expect(e).to.be.instanceOf(LuaError);
      expect(e.message).to.equal('cannot open /etc/passwd (file access is disabled in this VM)');
      expect(vm.run('return pcall(dofile)')).to.deep.equal([false, 'cannot open - (file access is disabled in this VM)']);
    });

    it('dofile and loadfile read through the readFile hook', () => {
      const files: Record<string, string> = { 'lib.lua': 'return ... or "lib", 2', 'bad.lua': 'return +' };
      const vm = Vm.newMinimal('5.4', {
        hooks: {
          readFile: (path) => {
            if (!(path in files)) throw new Error(`cannot open ${path}: not in the bundle`);
            return files[path]!;
          },
        },
      });
      vm.openBase();
      expect(vm.run('return dofile("lib.lua")')).to.deep.equal(['lib', 2]);
      expect(vm.run('return loadfile("lib.lua")("arg")')).to.deep.equal(['arg', 2]);
      expect(vm.run('return loadfile("missing.lua")')).to.deep.equal([undefined, 'cannot open missing.lua: not in the bundle']);
      expect(vm.run('return loadfile("bad.lua")')).to.deep.equal([undefined, "bad.lua:1: unexpected symbol near '+'"]);
      // the hook can be replaced later
      vm.setHooks({ readFile: null });
      expect(vm.run('return pcall(dofile, "lib.lua")')).to.deep.equal([false, 'cannot open lib.lua (file access is disabled in this VM)']);
    });

    it('print writes through the stdout hook (bytes)', () => {
      const chunks: Uint8Array[] = [];
      const vm = Vm.newMinimal('5.4', { hooks: { stdout: (b) => chunks.push(b) } });
      vm.openBase();
      vm.run('print("héllo", 1, nil, true) print()');
      expect(Buffer.concat(chunks).toString('utf8')).to.equal('héllo\t1\tnil\ttrue\n\n');
      expect(chunks.every((c) => c instanceof Uint8Array)).to.equal(true);
    });

    it('by default a minimal VM prints to the process standard output', () => {
      const vm = Vm.newMinimal('5.4');
      vm.openBase();
      const write = process.stdout.write;
      let got = '';
      (process.stdout as { write: unknown }).write = (b: Uint8Array | string): boolean => {
        got += typeof b === 'string' ? b : Buffer.from(b).toString('utf8');
        return true;
      };
      try {
        vm.run('print("to stdout")');
      } finally {
        process.stdout.write = write;
      }
      expect(got).to.equal('to stdout\n');
    });
  });

  describe('load and callValue', () => {
    it('loads text (JS strings as UTF-8, or bytes) and calls with converted arguments', () => {
      const { vm } = sandbox();
      const f = vm.load('local a, b = ... return a + b, #"é", ...', '=sum');
      expect(f).to.be.instanceOf(LuaFunctionRef);
      expect(vm.callValue(f, [1, 2])).to.deep.equal([3, 2, 1, 2]);
      const g = vm.load(new Uint8Array([0x72, 0x65, 0x74, 0x75, 0x72, 0x6e, 0x20, 0x31]), '=bytes');
      expect(g.call()).to.deep.equal([1]);
    });

    it('chunk names follow Lua: =name, @file, or the source text', () => {
      const { vm } = sandbox();
      const msg = (name: string | undefined): string => (thrown(() => vm.callValue(vm.load('error("x")', name))) as LuaError).message;
      expect(msg('=custom')).to.equal('custom:1: x');
      expect(msg('@file.lua')).to.equal('file.lua:1: x');
      expect(msg(undefined)).to.equal('[string "error("x")"]:1: x');
    });

    it('load honours the mode and the environment', () => {
      const { vm } = sandbox();
      const env = vm.newTable({ x: 5 });
      expect(vm.callValue(vm.load('return x', '=e', 't', env))).to.deep.equal([5]);
      const e = thrown(() => vm.load('return 1', '=m', 'b')) as LuaError;
      expect(e.kind).to.equal('syntax');
      expect(e.message).to.equal("attempt to load a text chunk (mode is 'b')");
    });

    it('a chunk that does not compile is a LuaError of kind syntax with the official message', () => {
      const { vm } = sandbox();
      const e = thrown(() => vm.load('x = = 1', '=bad')) as LuaError;
      expect(e).to.be.instanceOf(LuaError).and.instanceOf(Error);
      expect(e.kind).to.equal('syntax');
      expect(e.message).to.equal("bad:1: unexpected symbol near '='");
      expect(vm.errorText(e)).to.equal("bad:1: unexpected symbol near '='");
    });

    it('results convert back: integers, floats, strings, booleans, nil, handles', () => {
      const { vm } = sandbox();
      const r = vm.run('return 1, 2.5, "s", true, nil, {}, print, coroutine.create(print)');
      expect(r.slice(0, 5)).to.deep.equal([1, 2.5, 's', true, undefined]);
      expect(r[5]).to.be.instanceOf(LuaTableRef);
      expect(r[6]).to.be.instanceOf(LuaFunctionRef);
      expect((r[7] as { status: string }).status).to.equal('suspended');
    });

    it('callValue calls any callable: handles, callable tables, JS functions', () => {
      const { vm } = sandbox();
      const t = vm.run('return setmetatable({}, {__call = function(self, a) return a * 2 end})')[0];
      expect(vm.callValue(t, [21])).to.deep.equal([42]);
      expect(vm.callValue((a: number) => a + 1, [1])).to.deep.equal([2]);
      const e = thrown(() => vm.callValue(vm.newTable(), [])) as LuaError;
      expect(e.message).to.equal('attempt to call a table value');
    });

    it('handles of one VM are refused by another', () => {
      const a = sandbox().vm;
      const b = sandbox().vm;
      const f = a.load('return 1');
      expect(() => b.callValue(f)).to.throw(TypeError, /another VM/);
    });
  });

  describe('globals', () => {
    it('setGlobal/getGlobal convert values both ways', () => {
      const { vm } = sandbox();
      vm.setGlobal('n', 42);
      vm.setGlobal('f', 0.5);
      vm.setGlobal('s', 'héllo');
      vm.setGlobal('b', false);
      vm.setGlobal('big', 2n ** 60n);
      vm.setGlobal('bytes', new Uint8Array([0, 255]));
      expect(vm.run('return math.type(n), math.type(f), #s, b, big, #bytes, bytes:byte(2)')).to.deep.equal(['integer', 'float', 6, false, 2n ** 60n, 2, 255]);
      expect(vm.getGlobal('s')).to.equal('héllo');
      vm.setGlobal('n', undefined);
      expect(vm.run('return n')).to.deep.equal([undefined]);
      expect(vm.getGlobal('nothing')).to.equal(undefined);
    });

    it('getGlobal is raw: metamethods of _G do not run', () => {
      const { vm } = sandbox();
      vm.run('setmetatable(_G, {__index = function(_, k) return "meta " .. k end})');
      expect(vm.run('return zzz')).to.deep.equal(['meta zzz']);
      expect(vm.getGlobal('zzz')).to.equal(undefined);
    });

    it('plain objects and arrays are not converted silently', () => {
      const { vm } = sandbox();
      expect(() => vm.setGlobal('t', { a: 1 })).to.throw(TypeError, /toTable/);
      expect(() => vm.setGlobal('t', [1, 2])).to.throw(TypeError, /toTable/);
      expect(() => vm.setGlobal('s', Symbol('x'))).to.throw(TypeError, /symbol/);
    });
  });

  describe('errors', () => {
    it('error values of every type reach the host intact; errorText normalises them', () => {
      const { vm } = sandbox();
      const cases: [string, unknown, string][] = [
        ['error("msg", 0)', 'msg', 'msg'],
        ['error("msg")', 'e:1: msg', 'e:1: msg'],
        ['error(42)', 42, '42'],
        ['error(nil)', undefined, '(error object is a nil value)'],
        ['error(true)', true, '(error object is a boolean value)'],
        ['error(setmetatable({}, {__tostring = function() return "custom" end}))', null, 'custom'],
      ];
      for (const [code, value, text] of cases) {
        const e = thrown(() => vm.callValue(vm.load(code, '=e'))) as LuaError;
        expect(e, code).to.be.instanceOf(LuaError);
        if (value !== null) expect(e.value, code).to.equal(value);
        expect(vm.errorText(e), code).to.equal(text);
        expect(e.message, code).to.equal(text);
      }
      const e = thrown(() => vm.run('error({code = 7, msg = "structured"})')) as LuaError;
      expect(e.value).to.be.instanceOf(LuaTableRef);
      expect((e.value as LuaTableRef).toObject()).to.deep.equal({ code: 7, msg: 'structured' });
      expect(vm.errorText(e)).to.equal('(error object is a table value)');
      // a string that is not UTF-8 comes as its bytes rather than being refused
      const b = thrown(() => vm.run('error("\\255", 0)')) as LuaError;
      expect(b.value).to.deep.equal(Buffer.from([255]));
      expect(vm.errorText(new Error('plain'))).to.equal('plain');
      expect(vm.errorText('str')).to.equal('str');
    });

    it('takeErrorTraceback gives the Lua traceback of the last error once', () => {
      const { vm } = sandbox();
      expect(vm.takeErrorTraceback()).to.equal(null);
      const f = vm.load('local function lvl2() error("deep") end\nlocal function lvl1() lvl2() end\nlvl1()', '=tb');
      const e = thrown(() => vm.callValue(f)) as LuaError;
      const tb = vm.takeErrorTraceback();
      expect(tb).to.equal(e.luaTraceback);
      expect(tb).to.match(/^stack traceback:\n\t\[C\]: in function 'error'\n\ttb:1: in (local|upvalue|function) 'lvl2'/);
      expect(tb).to.include("tb:2: in local 'lvl1'");
      expect(tb).to.include('tb:3: in main chunk');
      expect(vm.takeErrorTraceback()).to.equal(null);
      // the JS stack of the error shows the Lua traceback too
      expect(e.stack).to.include('tb:3: in main chunk');
    });

    it('the VM runs more code correctly after every kind of error', () => {
      const { vm } = sandbox();
      const bad = ['error("x")', 'local t = nil; return t.x', 'return 1 + {}', 'local function f() return f() + 1 end return f()', 'return ("x"):rep(-1, {})'];
      for (const code of bad) {
        expect(() => vm.run(code), code).to.throw(LuaError);
        expect(vm.run('local s = 0 for i = 1, 10 do s = s + i end return s, select("#", 1, 2)'), code).to.deep.equal([55, 2]);
      }
    });

    it('stack overflow is a clear Lua error, also in deep host recursion', () => {
      const { vm } = sandbox();
      const e = thrown(() => vm.run('local function f() return 1 + f() end return f()', '=so')) as LuaError;
      expect(e.message).to.match(/^so:1: stack overflow/);
      vm.register('again', (f: LuaFunctionRef) => f.call(f)[0]);
      const e2 = thrown(() => vm.run('local function f(self) return again(self) end return f(f)', '=so2')) as LuaError;
      expect(e2).to.be.instanceOf(LuaError);
      expect(e2.message).to.match(/stack overflow/);
      expect(vm.run('return 1')).to.deep.equal([1]);
    });
  });

  describe('close', () => {
    it('runs pending finalizers, then refuses further use', () => {
      const { vm, out } = sandbox();
      vm.run('local keep = setmetatable({}, {__gc = function() print("finalized") end}) _G.keep = keep');
      expect(vm.close()).to.equal(null);
      expect(out()).to.equal('finalized\n');
      expect(vm.isClosed).to.equal(true);
      expect(() => vm.run('return 1')).to.throw(Error, /closed/);
      vm.close(); // idempotent
    });

    for (const d of DIALECT_NAMES) {
      it(`${d}: an error in a finalizer while closing does not prevent the close`, () => {
        const { vm, out } = sandbox(d);
        const make = vm.dialect.has.gcMetamethodForTables ? 'setmetatable({}, {__gc = F})' : 'newproxy(true)';
        vm.run(`local function mk(F) local o = ${make} getmetatable(o).__gc = F return o end
          A = mk(function() print("other finalizer") end)
          B = mk(function() error("in gc") end)`);
        expect(() => vm.close()).to.not.throw();
        expect(out()).to.equal('other finalizer\n');
        expect(vm.isClosed).to.equal(true);
        expect(vm.close()).to.equal(null);
      });
    }

    it('a finalizer that loops forever is stopped by the budget; close does not throw', () => {
      const { vm } = sandbox();
      vm.run('setmetatable({}, {__gc = function() while true do end end})');
      vm.setInstrBudget(100_000);
      const err = vm.close();
      expect(err).to.be.instanceOf(LuaHaltError);
      expect((err as LuaHaltError).reason).to.equal('budget');
      expect(vm.isClosed).to.equal(true);
    });

    it('after a halt, close skips the finalizers and returns the halt', () => {
      const { vm, out } = sandbox();
      vm.run('setmetatable({}, {__gc = function() print("never") end})');
      vm.setInstrBudget(1000);
      expect(() => vm.run('while true do end')).to.throw(LuaHaltError);
      expect(vm.close()).to.be.instanceOf(LuaHaltError);
      expect(out()).to.equal('');
    });
  });
});
