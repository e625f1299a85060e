/**
 * The lunakit subcommands parse, check, compare and capabilities, run as a user runs them
 * (child processes of dist/src/cli/lunakit.js). What each dialect accepts or prints is
 * derived from the capability table, not written down per version.
 */
import { expect } from 'chai';
import { rmSync } from 'node:fs';
import { allDialects, DIALECT_NAMES, FEATURES, getDialect, type Feature } from '../../src/dialect/index.js';
import { caseEnv, inPool, LUNAKIT, makeCaseDir, spawnCollect, type Outcome } from './support.js';

const FILES: Record<string, string> = {
  'goto.lua': 'for i = 1, 3 do\n  if i == 2 then goto continue end\n  print(i)\n  ::continue::\nend\n',
  'idiv.lua': 'local x = 7\nprint(x // 2)\n',
  'const.lua': 'local k <const> = 1\nprint(k)\n',
  'broken.lua': 'print("a")\nx = = 1\nlocal function\n',
  'nowhere.lua': 'return return\n',
  'versions.lua': 'print(_VERSION)\nprint(10 / 2)\nerror("stop")\n',
  'loop.lua': 'while true do end\n',
};

/** Which file needs which capability. */
const NEEDS: Record<string, Feature> = { 'goto.lua': 'gotoStatement', 'idiv.lua': 'integerDivision', 'const.lua': 'localAttributes' };

const RUNS: Record<string, { args: string[]; stdin?: string }> = {
  'parse json': { args: ['parse', 'goto.lua', '--json'] },
  'parse text': { args: ['parse', 'idiv.lua'] },
  'parse errors': { args: ['parse', 'broken.lua'] },
  'parse errors json': { args: ['parse', 'broken.lua', '--json'] },
  'parse stdin in a dialect': { args: ['parse', '-', '--dialect', DIALECT_NAMES[0]!], stdin: FILES['goto.lua'] },
  'parse bad dialect': { args: ['parse', 'goto.lua', '--dialect', 'lua9'] },
  'check goto': { args: ['check', 'goto.lua', '--json'] },
  'check idiv': { args: ['check', 'idiv.lua', '--json'] },
  'check const': { args: ['check', 'const.lua', '--json'] },
  'check text': { args: ['check', 'idiv.lua'] },
  'check nowhere': { args: ['check', 'nowhere.lua'] },
  'check missing file': { args: ['check', 'missing.lua'] },
  // A generous timeout: five interpreters start at once on a possibly busy machine.
  'compare text': { args: ['compare', 'versions.lua', '--timeout', '60'] },
  'compare json': { args: ['compare', 'versions.lua', '--json', '--timeout', '60'] },
  'compare timeout': { args: ['compare', 'loop.lua', '--timeout', '1'] },
  'capabilities text': { args: ['capabilities'] },
  'capabilities markdown': { args: ['capabilities', '--format', 'markdown'] },
  'capabilities json': { args: ['capabilities', '--format', 'json'] },
  'capabilities bad format': { args: ['capabilities', '--format', 'xml'] },
  'unknown command': { args: ['frobnicate'] },
  'help': { args: ['--help'] },
};

describe('cli: lunakit subcommands', function () {
  this.timeout(120_000);
  const results = new Map<string, Outcome>();
  let dir = '';

  before(async () => {
    dir = makeCaseDir(FILES);
    const names = Object.keys(RUNS);
    const outs = await inPool(names, 3, (n) => spawnCollect(process.execPath, [LUNAKIT, ...RUNS[n]!.args], { cwd: dir, env: caseEnv(), stdin: RUNS[n]!.stdin ?? '', timeoutMs: 110_000 }));
    names.forEach((n, i) => results.set(n, outs[i]!));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = (name: string): Outcome => results.get(name)!;
  const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

  describe('parse', () => {
    it('prints the AST as JSON', () => {
      const r = run('parse json');
      expect(r.status).to.equal(0);
      const j = JSON.parse(r.stdout) as { ok: boolean; ast: { type: string; body: { type: string }[] } };
      expect(j.ok).to.equal(true);
      expect(j.ast.type).to.equal('Chunk');
      expect(j.ast.body.map((s) => s.type)).to.deep.equal(['NumericForStatement']);
    });
    it('prints the AST as indented JSON by default', () => {
      const r = run('parse text');
      expect(r.status).to.equal(0);
      expect(r.stdout.split('\n').length).to.be.greaterThan(10);
      expect((JSON.parse(r.stdout) as { type: string }).type).to.equal('Chunk');
    });
    it('lists every syntax error with its position, exit status 1', () => {
      const r = run('parse errors');
      expect(r.status).to.equal(1);
      const ls = lines(r.stdout);
      expect(ls.length).to.equal(2);
      expect(ls[0]).to.match(/^broken\.lua:2: /);
      expect(ls[1]).to.match(/^broken\.lua:\d+: .*<eof>'?$/);
    });
    it('gives the diagnostics as JSON', () => {
      const r = run('parse errors json');
      expect(r.status).to.equal(1);
      const j = JSON.parse(r.stdout) as { ok: boolean; diagnostics: { message: string }[] };
      expect(j.ok).to.equal(false);
      expect(j.diagnostics.map((d) => d.message)).to.deep.equal(lines(run('parse errors').stdout));
    });
    it('reads standard input and follows --dialect', () => {
      const r = run('parse stdin in a dialect');
      const accepts = getDialect(DIALECT_NAMES[0]!).has.gotoStatement;
      expect(r.status).to.equal(accepts ? 0 : 1);
      if (!accepts) expect(r.stdout).to.match(/^stdin:2: /);
    });
    it('rejects an unknown dialect', () => {
      const r = run('parse bad dialect');
      expect(r.status).to.equal(1);
      expect(r.stderr).to.match(/^lunakit: '--dialect' needs one of /);
    });
  });

  describe('check', () => {
    for (const [file, feature] of Object.entries(NEEDS)) {
      it(`accepts ${file} exactly in the dialects with ${feature}`, () => {
        const r = run(`check ${file.replace('.lua', '')}`);
        expect(r.status).to.equal(0);
        const j = JSON.parse(r.stdout) as Record<string, { ok: boolean; message?: string }>;
        expect(Object.keys(j)).to.deep.equal([...DIALECT_NAMES]);
        for (const d of allDialects()) {
          expect(j[d.name]!.ok, `${file} in ${d.name}`).to.equal(d.has[feature]);
          if (!d.has[feature]) expect(j[d.name]!.message).to.match(new RegExp(`^${file.replace('.', '\\.')}:\\d+: `));
        }
      });
    }
    it('prints one line per dialect', () => {
      const r = run('check text');
      const ls = lines(r.stdout);
      expect(ls.map((l) => l.split(':')[0])).to.deep.equal(DIALECT_NAMES.map((d) => `Lua ${d}`));
      allDialects().forEach((d, i) => expect(ls[i]!.endsWith(': ok'), ls[i]).to.equal(d.has.integerDivision));
    });
    it('exits 1 when no dialect accepts the file', () => {
      const r = run('check nowhere');
      expect(r.status).to.equal(1);
      expect(lines(r.stdout).every((l) => / error: nowhere\.lua:1: /.test(l))).to.equal(true);
    });
    it('reports a missing file', () => {
      const r = run('check missing file');
      expect(r.status).to.equal(1);
      expect(r.stderr.split('\n')[0]).to.equal('lunakit: cannot open missing.lua: No such file or directory');
    });
  });

  describe('compare', () => {
    it('shows the outputs side by side and marks the lines that differ', () => {
      const r = run('compare text');
      expect(r.status).to.equal(0);
      const ls = r.stdout.split('\n');
      for (const d of DIALECT_NAMES) expect(ls[0]).to.include(`Lua ${d}`);
      // Rows: _VERSION (differs), 10 / 2 (5 without integers, 5.0 with them), the error
      // message (alike in all), its traceback, the exit status (alike in all).
      const mixed = new Set(allDialects().map((d) => d.has.integers)).size > 1;
      expect(ls.slice(2, 5).map((l) => l[0])).to.deep.equal(['*', mixed ? '*' : ' ', ' ']);
      expect(ls[4]).to.include('[stderr] luna: versions.lua:3: stop');
      const rows = ls.slice(2, ls.indexOf(''));
      const exitRow = rows.find((l) => l.includes('[exit 1]'));
      expect(exitRow?.[0]).to.equal(' ');
      const marked = rows.filter((l) => l.startsWith('*')).length;
      expect(r.stdout.endsWith(`\n${marked} of ${rows.length} lines differ between dialects (marked *)\n`), r.stdout).to.equal(true);
    });
    it('gives each dialect its output and status as JSON', () => {
      const r = run('compare json');
      expect(r.status).to.equal(0);
      const j = JSON.parse(r.stdout) as Record<string, { stdout: string; stderr: string; status: number | null; timedOut: boolean }>;
      expect(Object.keys(j)).to.deep.equal([...DIALECT_NAMES]);
      for (const d of allDialects()) {
        const x = j[d.name]!;
        expect(x.timedOut).to.equal(false);
        expect(x.stdout).to.equal(`${d.luaVersion}\n${d.has.integers ? '5.0' : '5'}\n`);
        expect(x.stderr.split('\n')[0]).to.equal('luna: versions.lua:3: stop');
        expect(x.status).to.equal(1);
      }
    });
    it('stops a run at the timeout', () => {
      const r = run('compare timeout');
      expect(r.status).to.equal(0);
      const row = r.stdout.split('\n').find((l) => l.includes('[timed out]'));
      expect(row?.split('[timed out]').length, 'one [timed out] per dialect').to.equal(DIALECT_NAMES.length + 1);
    });
  });

  describe('capabilities', () => {
    const features = Object.keys(FEATURES) as Feature[];
    it('prints the table as JSON, as src/dialect has it', () => {
      const r = run('capabilities json');
      const j = JSON.parse(r.stdout) as { dialects: string[]; features: Record<string, Record<string, boolean | string>> };
      expect(j.dialects).to.deep.equal([...DIALECT_NAMES]);
      expect(Object.keys(j.features)).to.deep.equal(features);
      for (const f of features) {
        expect(j.features[f]!.doc).to.equal(FEATURES[f].doc);
        for (const d of allDialects()) expect(j.features[f]![d.name], `${f} ${d.name}`).to.equal(d.has[f]);
      }
    });
    it('prints a Markdown table with one row per feature', () => {
      const ls = lines(run('capabilities markdown').stdout);
      expect(ls.length).to.equal(features.length + 2);
      expect(ls[0]).to.equal(`| feature | ${DIALECT_NAMES.join(' | ')} | meaning |`);
      features.forEach((f, i) => {
        const cells = ls[i + 2]!.split(' | ');
        expect(cells[0]).to.equal(`| \`${f}\``);
        allDialects().forEach((d, k) => expect(cells[k + 1]!.trim(), `${f} ${d.name}`).to.equal(d.has[f] ? 'yes' : ''));
      });
    });
    it('prints a text table with a mark per dialect', () => {
      const ls = lines(run('capabilities text').stdout);
      expect(ls.length).to.equal(features.length + 1);
      features.forEach((f, i) => {
        const marks = ls[i + 1]!.slice(ls[0]!.indexOf(DIALECT_NAMES[0]!)).trim().split(/\s+/);
        expect(marks, f).to.deep.equal(allDialects().map((d) => (d.has[f] ? 'x' : '.')));
      });
    });
    it('rejects an unknown format', () => {
      const r = run('capabilities bad format');
      expect(r.status).to.equal(1);
      expect(r.stderr.split('\n')[0]).to.equal("lunakit: unknown format 'xml' (text, markdown, json)");
    });
  });

  describe('usage', () => {
    it('rejects an unknown command with the usage', () => {
      const r = run('unknown command');
      expect(r.status).to.equal(1);
      expect(r.stderr).to.match(/^lunakit: unknown command 'frobnicate'\nusage: lunakit COMMAND/);
    });
    it('prints the usage for --help, status 0', () => {
      const r = run('help');
      expect(r.status).to.equal(0);
      for (const c of ['parse', 'check', 'compare', 'capabilities', 'conformance']) expect(r.stdout).to.match(new RegExp(`^  ${c} `, 'm'));
    });
  });
});
