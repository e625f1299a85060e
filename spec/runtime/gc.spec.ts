/**
 * The garbage collector's Lua-visible behaviour, checked differentially: every program of
 * spec/fixtures/gc/cases runs in Luna, as `lua NAME.lua` would (the standalone interpreter's
 * code path: warnings to stderr, finalizers at exit), for each dialect it applies to, and
 * must print exactly what the official interpreter printed (spec/fixtures/gc/expected.json,
 * made by scripts/gen-gc-expected.mjs). Differences that belong to other parts of Luna are
 * listed with a reason in known-differences.json, a ratchet: a listed case that starts to
 * pass must be removed from it.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeHost } from '../../src/api/vm.js';
import { runLuaCommand, type Console } from '../../src/cli/lua-command.js';
import { DIALECT_NAMES, getDialect, type DialectName, type Feature } from '../../src/dialect/index.js';
import { FIXTURES } from '../support/paths.js';

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

const DIR = join(FIXTURES, 'gc');
const CASES = join(DIR, 'cases');

function dialectsOf(src: string): DialectName[] {
  const feature = /^-- feature: (\w+)/m.exec(src)?.[1] as Feature | undefined;
  const without = /^-- without: (\w+)/m.exec(src)?.[1] as Feature | undefined;
  return DIALECT_NAMES.filter((d) => {
    const has = getDialect(d).has;
    if (feature && !has[feature]) return false;
    if (without && has[without]) return false;
    return true;
  });
}

async function runLuna(file: string, dialect: DialectName): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^LUA_(INIT|PATH|CPATH)/.test(k)));
  const con: Console = {
    progname: 'lua',
    writeOut: (s) => (stdout += s),
    writeErr: (s) => (stderr += s),
    readStdin: () => '',
    stdinIsTTY: false,
    env,
    makeHost: nodeHost,
  };
  const cwd = process.cwd();
  process.chdir(CASES);
  try {
    const status = await runLuaCommand(dialect, [file], con);
    return { stdout, stderr, status };
  } finally {
    process.chdir(cwd);
  }
}

const expected: Record<string, Record<string, Outcome>> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')).cases;
const knownFile = join(DIR, 'known-differences.json');
const known: Record<string, string> = existsSync(knownFile) ? JSON.parse(readFileSync(knownFile, 'utf8')) : {};
const files = readdirSync(CASES).filter((f) => f.endsWith('.lua')).sort();

describe('gc: differential check against the official interpreters', () => {
  it('has a recording for every case and no stale recording', () => {
    expect(Object.keys(expected).sort()).to.deep.equal(files.map((f) => f.slice(0, -4)));
  });

  for (const f of files) {
    const name = f.slice(0, -4);
    const dialects = dialectsOf(readFileSync(join(CASES, f), 'latin1'));
    for (const d of dialects) {
      it(`${name} (${d})`, async () => {
        const want = expected[name]?.[d];
        expect(want, `${name} ${d}: no expected output (run scripts/gen-gc-expected.mjs)`).to.not.equal(undefined);
        const got = await runLuna(f, d);
        const key = `${name}|${d}`;
        const same = got.stdout === want!.stdout && got.stderr === want!.stderr && got.status === want!.status;
        if (key in known) {
          expect(same, `${key} now passes: remove it from known-differences.json`).to.equal(false);
          return;
        }
        expect(got).to.deep.equal(want);
      });
    }
  }
});
