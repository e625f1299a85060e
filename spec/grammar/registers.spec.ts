import { expect } from 'chai';
import { parse, binaryChunkError, isLunaBinaryChunk } from '../../grammar/index.js';
import { DIALECT_NAMES, getDialect } from '../../src/dialect/index.js';

function verdict(source: string, dialect: (typeof DIALECT_NAMES)[number]): string {
  try {
    parse(source, { dialect, chunkName: '@t.lua' });
    return 'OK';
  } catch (e) {
    return (e as Error).message;
  }
}
const list = (n: number): string => Array.from({ length: n }, (_, i) => String(i + 1)).join(', ');

describe('grammar: register limits (PUC code generator)', () => {
  for (const name of DIALECT_NAMES) {
    const r = getDialect(name).syntax.registers;
    // The largest register count PUC accepts, from the dialect's data.
    const most = r.atLimit ? r.limit - 1 : r.limit;
    it(`${name}: a call uses its base plus one register per argument`, () => {
      expect(verdict(`f(${list(most - 1)})\n`, name)).to.equal('OK');
      expect(verdict(`f(${list(most)})\n`, name)).to.match(/registers|too complex/);
    });
    it(`${name}: registers count from the active locals, per function`, () => {
      const locals = `local ${Array.from({ length: 150 }, (_, i) => `a${i}`).join(', ')}\n`;
      expect(verdict(`${locals}f(${list(most - 151)})\n`, name)).to.equal('OK');
      expect(verdict(`${locals}f(${list(most - 150)})\n`, name)).to.match(/registers|too complex/);
      expect(verdict(`${locals}function g() f(${list(most - 1)}) end\n`, name)).to.equal('OK');
    });
    it(`${name}: temporaries of finished calls and statements are released`, () => {
      expect(verdict(`${Array(300).fill(`f(${list(100)})`).join('\n')}\n`, name)).to.equal('OK');
      const locals = `local ${Array.from({ length: 150 }, (_, i) => `a${i}`).join(', ')}\n`;
      // '..' keeps its left operands in registers; '+' releases them.
      expect(verdict(`${locals}x = ${Array(120).fill('o:m(1, 2)').join(' .. ')}\n`, name)).to.match(/registers|too complex/);
      expect(verdict(`${locals}x = ${Array(120).fill('o:m(1, 2)').join(' + ')}\n`, name)).to.equal('OK');
    });
  }
});

describe('grammar: precompiled chunks', () => {
  for (const name of DIALECT_NAMES) {
    const msgs = getDialect(name).runtime.binaryChunkErrors;
    it(`${name}: a chunk starting with ESC gets the header error`, () => {
      expect(verdict('\x1b', name)).to.equal(`t.lua: ${msgs.truncated}`);
      expect(verdict(`\x1b${'x'.repeat(40)}`, name)).to.equal(`t.lua: ${msgs.notBinary}`);
      expect(binaryChunkError('#!/bin/lua\n\x1bLua', { dialect: name, chunkName: '=stdin', fromFile: true })).to.match(/^stdin: /);
      expect(binaryChunkError('x = 1', { dialect: name })).to.equal(null);
      expect(isLunaBinaryChunk('\x1bLuaLuna\0{}', { dialect: name })).to.equal(true);
      const rec = parse('\x1bxyz', { dialect: name, recover: true, chunkName: '@t.lua' });
      expect(rec.diagnostics.map((d) => d.message)).to.have.length(1);
    });
  }
});
