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
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DIALECT, DIALECT_NAMES, getDialect, type DialectName } from '../../src/dialect/index.js';
import { FIXTURES, ROOT } from '../support/paths.js';
import { nodeHost, precompileScript, runLuaCommand, type Console, type PrecompiledScript } from '../../src/cli/lua-command.js';
import { caseEnv, inPool, LUNA, runInProcess, runLunaProcess, spawnCollect, type CliCase, type Outcome } from './support.js';

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

describe("cli: luna's own options", function () {
  this.timeout(120_000);
  const runs: Record<string, { args: string[]; env?: Record<string, string> }> = {
    'dialect option': { args: ['--dialect', DIALECT_NAMES[0]!, '-v'] },
    'dialect option with =': { args: [`--dialect=${DIALECT_NAMES[1]!}`, '-v'] },
    'LUNA_DIALECT': { args: ['-v'], env: { LUNA_DIALECT: DIALECT_NAMES[2]! } },
    'option beats LUNA_DIALECT': { args: ['--dialect', DIALECT_NAMES[3]!, '-v'], env: { LUNA_DIALECT: DIALECT_NAMES[2]! } },
    'default dialect': { args: ['-v'] },
    'bad dialect': { args: ['--dialect', 'lua9', '-v'] },
    'memory limit': { args: ['--memory-limit', '8M', '-e', 'local t = {} for i = 1, 1e7 do t[i] = {i} end'] },
    'memory limit under the cap': { args: ['--memory-limit=64M', '-e', 'local t = {} for i = 1, 1e3 do t[i] = {i} end print(#t)'] },
    'bad memory limit': { args: ['--memory-limit', 'lots', '-v'] },
    'luna options only before lua options': { args: ['-e', 'print(arg[1], arg[2])', '--dialect', DIALECT_NAMES[0]!] },
  };
  const results = new Map<string, Outcome>();
  before(async () => {
    const names = Object.keys(runs);
    const outs = await inPool(names, 2, (n) => spawnCollect(process.execPath, [LUNA, ...runs[n]!.args], { env: caseEnv(runs[n]!.env) }));
    names.forEach((n, i) => results.set(n, outs[i]!));
  });
  const banner = (d: DialectName): string => `${getDialect(d).cli.versionBanner}\n`;
  const bannerOut = (o: Outcome): string => (o.stdout !== '' ? o.stdout : o.stderr);

  it('--dialect X and --dialect=X select the dialect', () => {
    expect(bannerOut(results.get('dialect option')!)).to.equal(banner(DIALECT_NAMES[0]!));
    expect(bannerOut(results.get('dialect option with =')!)).to.equal(banner(DIALECT_NAMES[1]!));
  });
  it('LUNA_DIALECT selects the dialect, --dialect wins over it', () => {
    expect(bannerOut(results.get('LUNA_DIALECT')!)).to.equal(banner(DIALECT_NAMES[2]!));
    expect(bannerOut(results.get('option beats LUNA_DIALECT')!)).to.equal(banner(DIALECT_NAMES[3]!));
  });
  it('runs the default dialect otherwise', () => {
    expect(bannerOut(results.get('default dialect')!)).to.equal(banner(DEFAULT_DIALECT));
  });
  it('rejects an unknown dialect', () => {
    const r = results.get('bad dialect')!;
    expect([r.status, r.stdout]).to.deep.equal([1, '']);
    expect(r.stderr).to.match(/^luna: '--dialect' needs one of /);
  });
  it('--memory-limit caps the Lua heap', () => {
    const over = results.get('memory limit')!;
    expect(over.status).to.equal(1);
    // As lua.c reports LUA_ERRMEM: the message alone (the message handler does not run).
    expect(over.stderr).to.equal('luna: not enough memory\n');
    expect(results.get('memory limit under the cap')!).to.deep.equal({ stdout: '1000\n', stderr: '', status: 0 });
    const bad = results.get('bad memory limit')!;
    expect(bad.status).to.equal(1);
    expect(bad.stderr).to.match(/^luna: '--memory-limit' needs a size/);
  });
  it('takes its own options only before the lua options', () => {
    // After a lua option, '--dialect' is lua's: an unknown option.
    const r = results.get('luna options only before lua options')!;
    expect([r.status, r.stdout]).to.deep.equal([1, '']);
    expect(r.stderr.split('\n')[0]).to.equal("luna: unrecognized option '--dialect'");
  });
});

describe('cli: the launcher (dist/bundle/luna.cjs, what npx luna runs)', function () {
  this.timeout(120_000);
  const launcher = join(ROOT, 'dist', 'bundle', 'luna.cjs');
  // 190,000 non-tail levels, then a catchable overflow, then an endless tail call
  const deep = [
    'local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end',
    'print(f(190000))',
    'print(pcall(f, 1e7))',
    'local function g(n) if n == 0 then return "tail" end return g(n - 1) end',
    'print(g(1e6))',
  ].join(' ');
  const expected = { stdout: '190000\nfalse\t(command line):1: stack overflow\ntail\n', stderr: '', status: 0 };
  const modes: Record<string, Record<string, string>> = {
    // no terminal: on the main thread, with the stack the shell lines raised
    'main thread': {},
    'worker thread': { LUNA_MAIN_THREAD: '0' },
    'no raised stack limit': { LUNA_NO_BIG_STACK: '1' },
  };
  for (const [mode, env] of Object.entries(modes)) {
    it(`reaches the official recursion depth (${mode})`, async () => {
      expect(existsSync(launcher), 'the build makes the launcher').to.equal(true);
      const r = await spawnCollect(launcher, ['-e', deep], { env: caseEnv(env) });
      expect(r).to.deep.equal(expected);
    });
  }
});

describe('cli: the script compiled ahead of time (luna compiles it while its worker starts)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luna-pre-'));
  const script = join(dir, 'script.lua');
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs `luna script` in process with `pre` as the code compiled ahead. */
  function run(pre: PrecompiledScript | null): string {
    let out = '';
    const con: Console = {
      progname: 'luna',
      writeOut: (s) => (out += s),
      writeErr: (s) => (out += s),
      readStdin: () => '',
      stdinIsTTY: false,
      env: {},
      makeHost: nodeHost,
      precompiled: () => pre,
    };
    runLuaCommand(DEFAULT_DIALECT, [script], con);
    return out;
  }

  it('compiles the script lua would run, and nothing else', () => {
    writeFileSync(script, 'print("file")\n');
    const pre = precompileScript(DEFAULT_DIALECT, ['-e', 'x = 1', script, 'arg1'])!;
    expect([pre.path, pre.text, pre.dialect]).to.deep.equal([script, 'print("file")\n', DEFAULT_DIALECT]);
    expect(precompileScript(DEFAULT_DIALECT, ['-e', 'print(1)'])).to.equal(null);
    expect(precompileScript(DEFAULT_DIALECT, ['-'])).to.equal(null);
    expect(precompileScript(DEFAULT_DIALECT, [join(dir, 'missing.lua')])).to.equal(null);
    writeFileSync(join(dir, 'bad.lua'), 'print(');
    expect(precompileScript(DEFAULT_DIALECT, [join(dir, 'bad.lua')])).to.equal(null);
    expect(precompileScript(DEFAULT_DIALECT, ['-x'])).to.equal(null);
  });

  it('runs the code compiled ahead only for the same file, text and dialect', () => {
    writeFileSync(script, 'print("file")\n');
    const pre = precompileScript(DEFAULT_DIALECT, [script])!;
    // code that is not the file's: seen only when the code compiled ahead is what runs
    const other = precompileScript(DEFAULT_DIALECT, [script])!;
    writeFileSync(script, 'print("other")\n');
    const otherCode = precompileScript(DEFAULT_DIALECT, [script])!.code;
    writeFileSync(script, 'print("file")\n');
    expect(run({ ...pre, code: otherCode })).to.equal('other\n');
    expect(run(other)).to.equal('file\n');
    expect(run(null)).to.equal('file\n');
    // the file changed after it was compiled ahead: it is compiled again
    writeFileSync(script, 'print("changed")\n');
    expect(run(pre)).to.equal('changed\n');
    const otherDialect = DIALECT_NAMES.find((d) => d !== DEFAULT_DIALECT)!;
    writeFileSync(script, 'print("file")\n');
    expect(run({ ...pre, dialect: otherDialect, code: otherCode })).to.equal('file\n');
    expect(run({ ...pre, path: join(dir, 'elsewhere.lua'), code: otherCode })).to.equal('file\n');
  });
});
