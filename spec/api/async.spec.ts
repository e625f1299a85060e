/**
 * callAsync: Lua code waits for promises returned by host functions, as plain code.
 */
import { expect } from 'chai';
import { DIALECT_NAMES, getDialect, type DialectName } from '../../src/dialect/index.js';
import { LuaError, LuaFunctionRef, LuaHaltError, Vm } from '../../src/index.js';

function sandbox(dialect: DialectName = '5.4'): Vm {
  const vm = Vm.newMinimal(dialect, { hooks: { stdout: () => undefined } });
  vm.openBase().openMath().openString().openTable().openCoroutine();
  vm.register('fetch', (x: number) => new Promise((resolve) => setTimeout(() => resolve(x * 2), 2)));
  vm.register('fail', (msg: string) => Promise.reject(new Error(msg)));
  return vm;
}

async function rejected(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('api: callAsync', () => {
  it('suspends Lua on a promise and resumes it with the value', async () => {
    const vm = sandbox();
    const f = vm.load('local a = fetch(1)\nlocal b = fetch(a)\nreturn a, b, a + b', '=async');
    expect(await vm.callAsync(f)).to.deep.equal([2, 4, 6]);
    expect(await (f as LuaFunctionRef).callAsync()).to.deep.equal([2, 4, 6]);
    // a host function returning a plain value needs no waiting
    vm.register('now', () => 5);
    expect(await vm.callAsync(vm.load('return now() + fetch(1)'))).to.deep.equal([7]);
  });

  it('a rejection is a Lua error where the call was made (pcall catches it)', async () => {
    const vm = sandbox();
    expect(await vm.callAsync(vm.load('return pcall(fail, "nope")'))).to.deep.equal([false, 'nope']);
    const e = (await rejected(vm.callAsync(vm.load('local x = fail("broken")\nreturn x', '=rej')))) as LuaError;
    expect(e).to.be.instanceOf(LuaError);
    expect(e.message).to.equal('rej:1: broken');
    expect((e.cause as Error).message).to.equal('broken');
    expect(e.luaTraceback).to.be.a('string');
    // the VM keeps working, synchronously and asynchronously
    expect(vm.run('return 1 + 1')).to.deep.equal([2]);
    expect(await vm.callAsync(vm.load('return fetch(21)'))).to.deep.equal([42]);
  });

  it('a Lua error raised after waiting reaches the host as a LuaError', async () => {
    const vm = sandbox();
    const e = (await rejected(vm.callAsync(vm.load('local v = fetch(1) error("after " .. v)', '=after')))) as LuaError;
    expect(e.message).to.equal('after:1: after 2');
  });

  it('a promise under plain callValue is a clear Lua error', () => {
    const vm = sandbox();
    expect(() => vm.run('return fetch(1)')).to.throw(LuaError, "host function 'fetch' returned a Promise: run the Lua code with callAsync to let it wait");
    expect(vm.run('return pcall(fetch, 1)')[1]).to.match(/returned a Promise/);
  });

  it('waiting is refused inside coroutines and library callbacks, with a clear error', async () => {
    const vm = sandbox();
    const [ok, msg] = await vm.callAsync(vm.load('return pcall(coroutine.wrap(function() return fetch(1) end))'));
    expect(ok).to.equal(false);
    expect(msg).to.match(/returned a Promise inside a coroutine/);
    const [ok2, msg2] = await vm.callAsync(vm.load('return pcall(table.sort, {1, 2}, function(a, b) return fetch(a) < b end)'));
    expect(ok2).to.equal(false);
    expect(msg2).to.match(/across a C-call boundary/);
  });

  it('a metamethod called by an operator may wait where the dialect yields across metamethods', async () => {
    const code = 'local t = setmetatable({}, {__index = function(_, k) return fetch(k) end, __add = function(a, b) return fetch(b) end}) return pcall(function() return t[1], t + 5 end)';
    for (const d of DIALECT_NAMES) {
      const vm = sandbox(d);
      if (getDialect(d).has.yieldAcrossMetamethods) expect(await vm.callAsync(vm.load(code)), d).to.deep.equal([true, 2, 10]);
      else {
        const [ok, msg] = await vm.callAsync(vm.load(code));
        expect(ok, d).to.equal(false);
        expect(msg, d).to.match(/across a C-call boundary/);
      }
    }
  });

  it('runs several async calls of one VM concurrently', async () => {
    const vm = sandbox();
    const f = vm.load('local n = ... local a = fetch(n) local b = fetch(n + 1) return a + b');
    expect(await Promise.all([vm.callAsync(f, [1]), vm.callAsync(f, [10]), vm.callAsync(f, [100])])).to.deep.equal([[6], [42], [402]]);
  });

  it('limits hold across waits', async () => {
    const vm = sandbox();
    vm.setInstrBudget(10_000, { perCall: true });
    const e = (await rejected(vm.callAsync(vm.load('fetch(1) while true do end')))) as LuaHaltError;
    expect(e).to.be.instanceOf(LuaHaltError);
    expect(e.reason).to.equal('budget');
    vm.setInstrBudget(null, { perCall: true });
    vm.setTimeLimit(30, { perCall: true });
    const e2 = (await rejected(vm.callAsync(vm.load('for i = 1, 1e9 do fetch(1) end')))) as LuaHaltError;
    expect(e2.reason).to.equal('deadline');
  });

  it('a closed VM stops an async call at its next step', async () => {
    const vm = sandbox();
    const p = vm.callAsync(vm.load('fetch(1) return 1'));
    vm.close();
    expect(await rejected(p)).to.be.instanceOf(Error);
  });
});
