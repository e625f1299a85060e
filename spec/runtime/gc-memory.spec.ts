/**
 * A memory cap on a VM (issue 6's acceptance): programs that allocate without bound under a
 * 64 MB cap get the catchable "not enough memory" error every time, the process's peak
 * resident memory stays below its idle size plus 3x the cap, and the same VM then runs
 * another chunk correctly. Measured in a child process (spec/fixtures/gc/memory-child.mjs),
 * whose peak RSS is its own.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../support/paths.js';

const CAP = 64 * 1024 * 1024;

interface ChildReport {
  idle: number;
  peak: number;
  results: { name: string; ok: boolean; message: string }[];
  fresh: { name: string; ok: boolean; message: string }[];
  after: number[];
  printed: string;
}

describe('gc: memory cap', function () {
  this.timeout(60_000);
  let report: ChildReport;

  before(() => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=1536', join(FIXTURES, 'gc', 'memory-child.mjs'), ROOT, String(CAP)], {
      encoding: 'utf8',
      timeout: 55_000,
    });
    expect(r.status, `child failed: ${r.stderr}`).to.equal(0);
    report = JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildReport;
  });

  it('refuses every unbounded allocation with a catchable "not enough memory"', () => {
    const names = ['tables', 'doubling', 'rep', 'strings', 'rep100'];
    expect(report.results.map((x) => x.name)).to.deep.equal([...names, ...names]);
    expect(report.fresh.map((x) => x.name)).to.deep.equal(['strings', 'rep100']);
    for (const x of [...report.results, ...report.fresh]) {
      expect(x.ok, x.name).to.equal(false);
      expect(x.message, x.name).to.equal('not enough memory');
    }
  });

  it('keeps the peak resident memory below the idle size plus 3x the cap', () => {
    const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;
    expect(report.peak, `peak ${mb(report.peak)}, idle ${mb(report.idle)}`).to.be.below(report.idle + 3 * CAP);
  });

  it('runs another chunk correctly afterwards', () => {
    expect(report.printed).to.equal('1 4 9 16 25 36 49 64 81 100\n');
    expect(report.after).to.deep.equal([10, 1]);
  });
});

describe('gc: the luna command with --memory-limit', function () {
  this.timeout(60_000);
  const LUNA = join(ROOT, 'dist', 'src', 'cli', 'luna.js');
  const luna = (...args: string[]): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, [LUNA, ...args], { encoding: 'latin1', timeout: 55_000, env: { ...process.env, LUNA_DIALECT: '' } });

  it('raises the catchable "not enough memory" in the program, which goes on', () => {
    const code = [
      "local ok, e = pcall(function() local t = {} for i = 1, 1e6 do t[i] = ('z'):rep(1000) .. i end end)",
      'print(ok, e)',
      "print(pcall(string.rep, 'x', 100 * 2^20))",
      // the option is Luna's: not in 'arg'
      "local seen = false for i = -5, 5 do if arg[i] == '--memory-limit' or arg[i] == '64M' then seen = true end end",
      "print('arg', seen, #('y'):rep(1000))",
    ].join('\n');
    const r = luna('--memory-limit', '64M', '-e', code);
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.equal('false\tnot enough memory\nfalse\tnot enough memory\narg\tfalse\t1000\n');
    expect(r.status).to.equal(0);
  });

  it('ends the program with status 1 when the error is not caught', () => {
    const r = luna('--memory-limit', '64M', '-e', "local t = {} for i = 1, 1e6 do t[i] = ('z'):rep(1000) .. i end print('not reached')");
    expect([r.status, r.stdout, r.stderr]).to.deep.equal([1, '', 'luna: not enough memory\n']);
  });
});
