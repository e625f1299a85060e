/**
 * Sandbox limits: the instruction budget (one-shot and per call), the wall-clock deadline,
 * the memory cap, and the coarse collectgarbage("count"). Hostile scripts of every kind stop
 * within the budget (the documented slack is zero instructions: see docs/embedding.md), and
 * Lua code cannot swallow a halt with pcall, xpcall, coroutines, __close or __gc.
 */
import { expect } from 'chai';
import { DIALECT_NAMES, LuaError, LuaHaltError, Vm, type DialectName } from '../../src/index.js';

function sandbox(dialect: DialectName = '5.4'): Vm {
  const vm = Vm.newMinimal(dialect, { hooks: { stdout: () => undefined } });
  vm.openBase().openMath().openString().openTable().openCoroutine();
  return vm;
}

/** Runs code expecting a halt; returns it and the time taken. */
function halted(vm: Vm, code: string): { err: LuaHaltError; ms: number } {
  const t0 = performance.now();
  try {
    vm.run(code);
  } catch (e) {
    if (!(e instanceof LuaHaltError)) throw e;
    return { err: e, ms: performance.now() - t0 };
  }
  throw new Error(`expected a halt: ${code}`);
}

/** Hostile scripts: each counts its steps in the global N (one step costs at least one unit). */
const HOSTILE: Record<string, string> = {
  'while loop': 'while true do N = N + 1 end',
  'repeat loop': 'repeat N = N + 1 until false',
  'goto loop': '::top:: N = N + 1 goto top',
  'numeric for': 'for i = 1, math.huge do N = N + 1 end',
  'generic for': 'local function it() N = N + 1 return 1 end for _ in it do end',
  'recursion with pcall': 'local function f() N = N + 1 pcall(f) f() end f()',
  'tail calls': 'local function f() N = N + 1 return f() end return f()',
  'mutual tail calls': 'local g local function f() N = N + 1 return g() end g = function() return f() end return f()',
  'coroutine ping-pong': 'local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do N = N + 1 co() end',
  'nested coroutines': `
    local function spin() while true do N = N + 1 coroutine.yield() end end
    local outer = coroutine.wrap(function() local inner = coroutine.wrap(spin) while true do inner() coroutine.yield() end end)
    while true do outer() end`,
  'gsub with a function': 'local s = string.rep("a", 1000) while true do s:gsub(".", function(c) N = N + 1 return c end) end',
  'gsub without a function': 'local s = string.rep("a", 10000) while true do N = N + 1 s:gsub("a", "bb") end',
  'sort with a slow comparator': `
    local t = {} for i = 1, 2e4 do t[i] = (i * 7919) % 100003 end
    table.sort(t, function(a, b) N = N + 1 for i = 1, 100 do end return a < b end)`,
  'sort of a huge array': 'local t = {} for i = 1, 1e6 do N = N + 1 t[i] = -i end table.sort(t)',
  'string.rep bomb': 'while true do N = N + 1 local s = string.rep("x", 1e7) end',
  'string.rep of 2^31': 'N = 1 return #string.rep("x", 2^31)',
  'concatenation bomb': 'local s = "x" while true do N = N + 1 s = s .. s end',
  'table.concat bomb': 'local t = {} for i = 1, 100 do t[i] = string.rep("x", 1e5) end while true do N = N + 1 table.concat(t) end',
  'string.format widths': 'while true do N = N + 1 string.format("%99d%99d%99d", 1, 2, 3) end',
  'pattern backtracking': 'N = 1 local s = string.rep("a", 3e4) return s:find(".-.-.-.-b")',
  'metamethod loop': 'local mt = {} mt.__index = function(t, k) N = N + 1 return t[k .. ""] end local t = setmetatable({}, mt) while true do local _ = t.x end',
  '__add loop': 'local t = setmetatable({}, {__add = function(a, b) while true do N = N + 1 end end}) return t + t',
  'load in a loop': 'while true do N = N + 1 load("return " .. N)() end',
  'table.insert at the front': 'local t = {} while true do N = N + 1 table.insert(t, 1, N) end',
  'string.byte of a long string': 'local s = string.rep("x", 1e6) while true do N = N + 1 local t = {s:byte(1, -1)} end',
};

describe('api: limits', () => {
  describe('instruction budget: hostile scripts stop within the budget', () => {
    const BUDGET = 200_000;
    for (const [name, code] of Object.entries(HOSTILE)) {
      it(name, () => {
        const vm = sandbox();
        vm.setGlobal('N', 0);
        vm.setInstrBudget(BUDGET);
        let err: unknown;
        const t0 = performance.now();
        try {
          vm.run(code, `=${name}`);
        } catch (e) {
          err = e;
        }
        const ms = performance.now() - t0;
        const n = vm.getGlobal('N') as number;
        // every step costs at least one unit: no script runs more steps than the budget
        expect(n).to.be.at.most(BUDGET);
        // and the work did stop quickly (generous: the machines running the specs are shared)
        expect(ms, `${name} took ${ms.toFixed(0)} ms`).to.be.below(15_000);
        if (err instanceof LuaHaltError) {
          expect(err.reason).to.equal('budget');
          expect(err.message).to.equal('instruction budget exhausted');
          expect(vm.instrBudgetLeft).to.equal(0);
          // the budget is fail-closed: nothing more runs until the host sets it again
          expect(() => vm.run('return 1')).to.throw(LuaHaltError, 'instruction budget exhausted');
        } else {
          // Only a script that fails on its own first (a memory or size error) may end otherwise.
          expect(err, name).to.be.instanceOf(LuaError);
          expect((err as LuaError).message).to.match(/not enough memory|too large|stack overflow/);
        }
        vm.setInstrBudget(null);
        expect(vm.run('local s = 0 for i = 1, 100 do s = s + i end return s')).to.deep.equal([5050]);
      });
    }

    it('the slack is zero for Lua code: a counting loop stops at exactly the budget', () => {
      for (const budget of [1, 10, 1000, 123_457]) {
        const vm = sandbox();
        vm.setGlobal('N', 0);
        vm.setInstrBudget(budget);
        halted(vm, 'while true do N = N + 1 end');
        expect(vm.getGlobal('N')).to.equal(budget - 1);
      }
    });

    it('a budget that suffices lets the code finish, and the remainder is reported', () => {
      const vm = sandbox();
      vm.setInstrBudget(10_000);
      expect(vm.run('local s = 0 for i = 1, 100 do s = s + i end return s')).to.deep.equal([5050]);
      const left = vm.instrBudgetLeft;
      expect(left).to.be.below(10_000).and.above(9_000);
      vm.run('for i = 1, 100 do end');
      expect(vm.instrBudgetLeft).to.be.below(left);
    });

    it('one-shot: the budget counts every call until it is set again', () => {
      const vm = sandbox();
      vm.setInstrBudget(1000);
      const loop = vm.load('for i = 1, 300 do end');
      loop.call();
      loop.call();
      loop.call();
      expect(() => loop.call()).to.throw(LuaHaltError);
      expect(() => loop.call()).to.throw(LuaHaltError);
      vm.setInstrBudget(1000);
      loop.call();
    });

    it('per call: each outermost call gets the whole budget again', () => {
      const vm = sandbox();
      vm.setInstrBudget(1000, { perCall: true });
      const loop = vm.load('for i = 1, 900 do end');
      for (let i = 0; i < 10; i++) loop.call();
      expect(() => vm.run('while true do end')).to.throw(LuaHaltError);
      loop.call(); // re-armed
      vm.setInstrBudget(null, { perCall: true });
      vm.run('for i = 1, 1e5 do end');
    });

    it('per call and one-shot together: whichever runs out first stops the call', () => {
      const vm = sandbox();
      vm.setInstrBudget(2500);
      vm.setInstrBudget(1000, { perCall: true });
      const loop = vm.load('for i = 1, 900 do end');
      loop.call();
      loop.call();
      expect(() => loop.call()).to.throw(LuaHaltError); // the one-shot budget ran out
    });

    it('nested JS -> Lua -> JS -> Lua calls run under the outermost call\'s budget', () => {
      const vm = sandbox();
      vm.register('inner', (f: { call: () => unknown[] }) => f.call()[0]);
      vm.setInstrBudget(5000, { perCall: true });
      expect(vm.run('return inner(function() local s = 0 for i = 1, 100 do s = s + 1 end return s end)')).to.deep.equal([100]);
      const { err } = halted(vm, 'return inner(function() while true do end end)');
      expect(err.reason).to.equal('budget');
      // the host function saw the halt go through it, and could not stop it
      vm.register('swallow', (f: { call: () => unknown[] }) => {
        try {
          f.call();
        } catch {
          return 'swallowed';
        }
        return 'finished';
      });
      expect(() => vm.run('swallow(function() while true do end end) while true do end')).to.throw(LuaHaltError);
    });

    it('a host function may change the budget while Lua runs', () => {
      const vm = sandbox();
      vm.register('stop', () => vm.setInstrBudget(0));
      vm.setInstrBudget(1_000_000);
      vm.setGlobal('N', 0);
      halted(vm, 'for i = 1, 1000 do N = i if i == 10 then stop() end end');
      expect(vm.getGlobal('N')).to.equal(10);
    });

    it('every dialect honours the budget', () => {
      for (const d of DIALECT_NAMES) {
        const vm = sandbox(d);
        vm.setInstrBudget(5000);
        expect(halted(vm, 'local t = {} while true do t[#t + 1] = #t end').err.reason, d).to.equal('budget');
      }
    });
  });

  describe('halts cannot be swallowed by Lua code', () => {
    const cases: Record<string, string> = {
      pcall: 'while true do pcall(function() while true do end end) end',
      'pcall of error after a halt': 'while true do local ok = pcall(function() while true do end end) if not ok then error("caught") end end',
      'xpcall with a looping handler': 'xpcall(function() while true do end end, function() while true do end end)',
      'coroutine.resume': 'while true do coroutine.resume(coroutine.create(function() while true do end end)) end',
      'coroutine.wrap inside pcall': 'pcall(coroutine.wrap(function() while true do end end)) while true do end',
      '__close handler': 'local x <close> = setmetatable({}, {__close = function() while true do end end}) while true do end',
      'pcall of a __close handler': 'pcall(function() local x <close> = setmetatable({}, {__close = function() while true do end end}) while true do end end)',
      '__gc finalizer': 'setmetatable({}, {__gc = function() while true do end end}) collectgarbage() while true do end',
      'error handler of a message handler': 'xpcall(error, function() return pcall(function() while true do end end) end)',
    };
    for (const [name, code] of Object.entries(cases)) {
      it(name, () => {
        const vm = sandbox();
        vm.setInstrBudget(20_000);
        const { err } = halted(vm, code);
        expect(err.reason).to.equal('budget');
        expect(err.luaTraceback).to.be.a('string');
      });
    }
  });

  describe('wall-clock deadline', () => {
    it('stops an endless loop shortly after the deadline', () => {
      const vm = sandbox();
      vm.setTimeLimit(50);
      const { err, ms } = halted(vm, 'while true do end');
      expect(err.reason).to.equal('deadline');
      expect(err.message).to.equal('time limit exceeded');
      expect(ms).to.be.at.least(40).and.below(5000);
      // one-shot: still expired
      expect(() => vm.run('return 1')).to.throw(LuaHaltError, 'time limit exceeded');
      vm.setTimeLimit(null);
      expect(vm.run('return 1')).to.deep.equal([1]);
    });

    it('per call: each call gets the time again', () => {
      const vm = sandbox();
      vm.setTimeLimit(30, { perCall: true });
      for (let i = 0; i < 3; i++) expect(halted(vm, 'while true do end').err.reason).to.equal('deadline');
      expect(vm.run('return 2')).to.deep.equal([2]);
    });

    it('covers native work and cannot be swallowed', () => {
      const vm = sandbox();
      vm.setTimeLimit(50, { perCall: true });
      expect(halted(vm, 'while true do pcall(string.rep, "x", 1e5) end').err.reason).to.equal('deadline');
      expect(halted(vm, 'local t = {} for i = 1, 3e5 do t[i] = -i end while true do pcall(table.sort, t) end').err.reason).to.equal('deadline');
    });

    it('budget and deadline together: the first one reached stops the code', () => {
      const vm = sandbox();
      vm.setTimeLimit(60_000);
      vm.setInstrBudget(10_000);
      expect(halted(vm, 'while true do end').err.reason).to.equal('budget');
      const vm2 = sandbox();
      vm2.setTimeLimit(20);
      vm2.setInstrBudget(1e12);
      expect(halted(vm2, 'while true do end').err.reason).to.equal('deadline');
    });
  });

  describe('memory cap', () => {
    it('stops a script that allocates without bound (a halt by default)', () => {
      const vm = sandbox();
      vm.setMemoryCap(2 << 20);
      const { err } = halted(vm, 'local t = {} for i = 1, 1e8 do t[i] = {i} end');
      expect(err.reason).to.equal('memory');
      expect(err.message).to.equal('not enough memory');
      // pcall cannot swallow it
      expect(halted(vm, 'while true do pcall(function() local t = {} for i = 1, 1e8 do t[i] = {} end end) end').err.reason).to.equal('memory');
      // the garbage is gone: the same VM runs more code under the same cap
      expect(vm.run('local t = {} for i = 1, 1000 do t[i] = {} end return #t')).to.deep.equal([1000]);
    });

    it('catchable: the official "not enough memory" error, which pcall catches', () => {
      const vm = sandbox();
      vm.setMemoryCap(2 << 20, { catchable: true });
      expect(vm.run('return pcall(function() local t = {} for i = 1, 1e8 do t[i] = {} end end)')).to.deep.equal([false, 'not enough memory']);
      expect(() => vm.run('local t = {} for i = 1, 1e8 do t[i] = {} end')).to.throw(LuaError, 'not enough memory');
      expect(vm.run('return 1 + 1')).to.deep.equal([2]);
    });

    it('the cap is not fire-once, can be raised, and removed', () => {
      const vm = sandbox();
      vm.setMemoryCap(1 << 20);
      const grow = 'KEEP = {} for i = 1, 20000 do KEEP[i] = {} end return #KEEP';
      expect(() => vm.run(grow)).to.throw(LuaHaltError);
      expect(() => vm.run(grow)).to.throw(LuaHaltError);
      vm.setMemoryCap(64 << 20);
      expect(vm.run(grow)).to.deep.equal([20000]);
      vm.setMemoryCap(null);
      expect(vm.run('local t = {} for i = 1, 1e5 do t[i] = {} end return #t')).to.deep.equal([100000]);
      expect(() => vm.setMemoryCap(-1)).to.throw(RangeError);
    });

    it('oversized string requests are refused before they are made', () => {
      const vm = sandbox();
      expect(vm.run('return pcall(string.rep, "x", 2^40)')[0]).to.equal(false);
      // doubling a string past the longest string the host can hold: a Lua error, not a crash
      expect(() => vm.run('local s = "x" for i = 1, 40 do s = s .. s end return #s')).to.throw(LuaError, 'not enough memory');
      expect(vm.run('return pcall(function() local s = "x" for i = 1, 40 do s = s .. s end end)')).to.deep.equal([false, 'not enough memory']);
    });
  });

  describe('collectgarbage("count") can be coarsened', () => {
    it('rounds the count up to the granularity; null restores it', () => {
      const vm = sandbox();
      const exact = vm.run('return collectgarbage("count")')[0] as number;
      vm.setGcCountGranularity(256);
      const [kb] = vm.run('local t = {} for i = 1, 100 do t[i] = {} end return collectgarbage("count")') as number[];
      expect(kb! % 256).to.equal(0);
      expect(kb).to.be.at.least(exact);
      expect(vm.run('local a = collectgarbage("count") local t = {} for i = 1, 50 do t[i] = {} end return a == collectgarbage("count")')).to.deep.equal([true]);
      vm.setGcCountGranularity(null);
      expect((vm.run('return collectgarbage("count")')[0] as number) % 256).to.not.equal(0);
      expect(() => vm.setGcCountGranularity(0)).to.throw(RangeError);
    });

    it('works in every dialect (5.1 gcinfo included)', () => {
      for (const d of DIALECT_NAMES) {
        const vm = sandbox(d);
        vm.setGcCountGranularity(1024);
        expect((vm.run('return collectgarbage("count")')[0] as number) % 1024, d).to.equal(0);
        if (vm.getGlobal('gcinfo') !== undefined) expect((vm.run('return gcinfo()')[0] as number) % 1024, d).to.equal(0);
      }
    });
  });
});
