/**
 * No library function is missing or extra in any dialect: spec/fixtures/library-keys/list.lua
 * lists the keys of the global table and of every library table, in Luna and (recorded by
 * scripts/gen-stdlib-expected.mjs in expected.json) in each official interpreter, and the
 * key sets must be equal table by table.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_NAMES } from '../../src/dialect/index.js';
import { runCase } from '../fixtures/io/run-case.js';
import { FIXTURES } from '../support/paths.js';

const dir = join(FIXTURES, 'library-keys');
const code = readFileSync(join(dir, 'list.lua'), 'latin1');
const expected: Record<string, Record<string, string[]>> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));

describe('stdlib: library tables have the official key sets', () => {
  for (const d of DIALECT_NAMES) {
    it(d, () => {
      const out = runCase({ name: 'library-keys', code }, d);
      expect(out.stderr, 'list.lua fails').to.equal('');
      const got: Record<string, string[]> = {};
      for (const line of out.stdout.split('\n')) {
        if (!line) continue;
        const [lib, key] = line.split(' ') as [string, string];
        (got[lib] ??= []).push(key);
      }
      const want = expected[d]!;
      const report: string[] = [];
      for (const lib of new Set([...Object.keys(want), ...Object.keys(got)])) {
        const w = new Set(want[lib] ?? []);
        const g = new Set(got[lib] ?? []);
        const missing = [...w].filter((k) => !g.has(k));
        const extra = [...g].filter((k) => !w.has(k));
        if (missing.length) report.push(`${lib}: missing ${missing.join(' ')}`);
        if (extra.length) report.push(`${lib}: extra ${extra.join(' ')}`);
      }
      expect(report, `${d}: differences from the official interpreter`).to.deep.equal([]);
      expect(Object.values(want).reduce((n, keys) => n + keys.length, 0), 'the recording lists keys').to.be.greaterThan(100);
    });
  }
});
