/**
 * The differential syntax check: every snippet of spec/fixtures/syntax/cases.mjs, in every
 * dialect, must get exactly the verdict and message the official compilers gave
 * (expected.json, produced by scripts/gen-syntax-expected.mjs). Known differences are
 * listed with a reason in known-differences.json; the list works as a ratchet: a listed
 * case that starts to pass must be removed from it.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../../grammar/index.js';
import { DIALECT_NAMES } from '../../src/dialect/index.js';
import { FIXTURES } from '../support/paths.js';

interface Case { name: string; area: string; source: string }
type Verdict = { ok: true } | { ok: false; message: string };

const dir = join(FIXTURES, 'syntax');
const cases: Case[] = (await import(pathToFileURL(join(dir, 'cases.mjs')).href)).default;
const expected: Record<string, Record<string, Verdict>> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).cases;
const known: Record<string, string> = JSON.parse(readFileSync(join(dir, 'known-differences.json'), 'utf8'));

/** What Luna says of a file, as `lunac -p input.lua` prints it (without the program name). */
function verdict(source: string, dialect: (typeof DIALECT_NAMES)[number]): Verdict {
  try {
    parse(source, { dialect, chunkName: '@input.lua', fromFile: true, comments: false });
    return { ok: true };
  } catch (e) {
    if (e instanceof Error && e.name === 'LuaSyntaxError') return { ok: false, message: e.message };
    throw e;
  }
}

function same(a: Verdict, b: Verdict): boolean {
  return a.ok === b.ok && (a.ok || a.message === (b as { message: string }).message);
}

describe('syntax: differential check against luac5.1-5.4 and lua5.5', () => {
  for (const dialect of DIALECT_NAMES) {
    describe(`Lua ${dialect}`, () => {
      const byArea = new Map<string, Case[]>();
      for (const c of cases) byArea.set(c.area, [...(byArea.get(c.area) ?? []), c]);
      for (const [area, list] of byArea) {
        it(`${area} (${list.length} cases)`, () => {
          const wrong: string[] = [];
          const fixed: string[] = [];
          for (const c of list) {
            const exp = expected[c.name]![dialect]!;
            const got = verdict(c.source, dialect);
            const key = `${c.name} ${dialect}`;
            if (same(exp, got)) {
              if (key in known) fixed.push(key);
            } else if (!(key in known)) {
              wrong.push(`${c.name}: expected ${exp.ok ? 'OK' : JSON.stringify(exp.message)}, got ${got.ok ? 'OK' : JSON.stringify(got.message)}`);
            }
          }
          expect(wrong, 'cases that differ from the official compiler').to.deep.equal([]);
          expect(fixed, 'known differences that now pass: remove them from known-differences.json').to.deep.equal([]);
        });
      }
    });
  }

  it('lists only existing cases as known differences', () => {
    const names = new Set(cases.map((c) => c.name));
    for (const key of Object.keys(known)) expect(names.has(key.split(' ')[0]!), key).to.equal(true);
  });
});
