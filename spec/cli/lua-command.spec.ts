/**
 * The standalone interpreter against the official ones: every invocation of
 * spec/fixtures/cli/cases.mjs (options, arg, LUA_INIT, exit statuses, error reports, the
 * REPL on piped stdin) compared with the outputs of lua5.1-lua5.4 and lua5.5 recorded in
 * expected.json by scripts/gen-cli-expected.mjs. Every case runs in-process for every
 * dialect; the cases marked `process` also run through the real `luna` command.
 *
 * known-differences.json ("case|dialect" or "case|process" -> reason) is a ratchet: a
 * listed difference that disappears fails the spec until it is removed from the list.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIALECT_NAMES, type DialectName } from '../../src/dialect/index.js';
import { FIXTURES } from '../support/paths.js';
import { inPool, runInProcess, runLunaProcess, type CliCase, type Outcome } from './support.js';

const DIR = join(FIXTURES, 'cli');
const cases: CliCase[] = ((await import(pathToFileURL(join(DIR, 'cases.mjs')).href)) as { default: CliCase[] }).default;
const expected: Record<string, Record<string, Outcome>> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')).cases;
const known: Record<string, string> = JSON.parse(readFileSync(join(DIR, 'known-differences.json'), 'utf8'));

/** The dialect whose official interpreter the process runs are compared with (issue 7). */
const PROCESS_DIALECT: DialectName = '5.4';

/**
 * What is compared. Where 5.2 names a global function by walking the global table, it
 * meets `f` or `_G.f` first by hash order, which a per-run random seed decides: both
 * spellings are right.
 */
function comparable(o: Outcome): Outcome {
  const norm = (s: string): string => s.replace(/'_G\./g, "'");
  return { stdout: norm(o.stdout), stderr: norm(o.stderr), status: o.status };
}

function describeDiff(got: Outcome, want: Outcome): string {
  const parts: string[] = [];
  for (const k of ['stdout', 'stderr', 'status'] as const) {
    if (got[k] !== want[k]) parts.push(`  ${k}: got ${JSON.stringify(got[k])}\n  ${' '.repeat(k.length)}  want ${JSON.stringify(want[k])}`);
  }
  return parts.join('\n');
}

describe('cli: lua command against the official interpreters', () => {
  it('has a recording of every case, and known differences only of existing runs', () => {
    const names = new Set(cases.map((c) => c.name));
    expect(names.size, 'case names are unique').to.equal(cases.length);
    for (const c of cases) expect(Object.keys(expected[c.name] ?? {}), c.name).to.deep.equal(c.dialects ?? DIALECT_NAMES);
    for (const key of Object.keys(known).filter((k) => !k.startsWith('tty:'))) {
      const [name, where] = key.split('|');
      expect(names.has(name!), `known difference of an unknown case: ${key}`).to.equal(true);
      expect([...DIALECT_NAMES, 'process'], key).to.include(where);
    }
  });

  for (const c of cases) {
    it(c.name, () => {
      const wrong: string[] = [];
      const fixed: string[] = [];
      for (const d of c.dialects ?? DIALECT_NAMES) {
        const want = comparable(expected[c.name]![d]!);
        const got = comparable(runInProcess(c, d));
        const same = got.stdout === want.stdout && got.stderr === want.stderr && got.status === want.status;
        const key = `${c.name}|${d}`;
        if (same && key in known) fixed.push(key);
        if (!same && !(key in known)) wrong.push(`${d}:\n${describeDiff(got, want)}`);
      }
      expect(wrong, `outputs that differ from the official interpreter (luna ${c.args.join(' ')})`).to.deep.equal([]);
      expect(fixed, 'known differences that now pass: remove them from known-differences.json').to.deep.equal([]);
    });
  }
});

describe('cli: the luna command (child process, piped stdin) against the official lua', function () {
  this.timeout(120_000);
  const selected = cases.filter((c) => c.process);
  let results: Outcome[] = [];

  before(async function () {
    results = await inPool(selected, 2, (c) => runLunaProcess(c, PROCESS_DIALECT));
  });

  it('has process cases', () => expect(selected.length).to.be.greaterThan(10));

  selected.forEach((c, i) => {
    it(`luna --dialect ${PROCESS_DIALECT} ${c.args.join(' ')} (${c.name})`, () => {
      const want = comparable(expected[c.name]![PROCESS_DIALECT]!);
      const got = comparable(results[i]!);
      const same = got.stdout === want.stdout && got.stderr === want.stderr && got.status === want.status;
      const key = `${c.name}|process`;
      if (key in known) expect(same, `known difference that now passes: remove ${key}`).to.equal(false);
      else expect(same, describeDiff(got, want)).to.equal(true);
    });
  });
});
