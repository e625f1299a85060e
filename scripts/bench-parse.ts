/**
 * Parse benchmark: Luna's parser against luaparse over the real-code corpus (the Lua files
 * of the Debian packages in lua-corpus.ts), side by side in one run.
 *
 *  1. In process, warm: MB/s for Luna (AST with positions and comments, plus scope analysis)
 *     and for luaparse (AST with locations, ranges and comments), on the files both accept in
 *     Lua 5.3 mode.
 *  2. Whole process on a multi-megabyte file (the same files concatenated, each in a do
 *     block): `lunac --dialect 5.3 -p FILE` against `node` running luaparse on it. Start-up,
 *     grammar building and lexing included; median of several runs.
 *
 * Usage: npm run bench:parse [-- --runs N]   (needs the corpus packages: npm run test:corpus installs them)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from '../grammar/index.js';
import { PACKAGES, listCorpusFiles } from './lua-corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const luaparse = require('luaparse') as { parse(src: string, opts: object): unknown };
const LUAPARSE_OPTIONS = { luaVersion: '5.3', locations: true, ranges: true, comments: true, encodingMode: 'x-user-defined' };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function accepts(src: string): boolean {
  try {
    parse(src, { dialect: '5.3', comments: false, scope: false });
    luaparse.parse(src, LUAPARSE_OPTIONS);
    return true;
  } catch {
    return false;
  }
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median times of the two runners over `rounds` rounds, alternating them so load affects both alike. */
function timeInProcess(files: string[], runners: ((src: string) => void)[], rounds: number): number[] {
  for (const run of runners) for (const f of files) run(f); // warm-up
  const times: number[][] = runners.map(() => []);
  for (let r = 0; r < rounds; r++) {
    runners.forEach((run, i) => {
      gc();
      const t0 = performance.now();
      for (const f of files) run(f);
      times[i]!.push(performance.now() - t0);
    });
  }
  return times.map(median);
}

/** Median wall times of whole processes, alternating the commands. */
function timeProcesses(commands: string[][], runs: number): number[] {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([cmd, ...args], k) => {
      const t0 = performance.now();
      const r = spawnSync(cmd!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      times[k]!.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    });
  }
  return times.map(median);
}

function main(): void {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
  const { files } = listCorpusFiles(PACKAGES);
  if (files.length === 0) {
    process.stderr.write('no corpus files: install the packages first (npm run test:corpus)\n');
    process.exit(1);
  }
  const sources = files.map((f) => f.source).filter(accepts);
  const bytes = sources.reduce((n, s) => n + s.length, 0);
  const mb = bytes / 1e6;
  process.stdout.write(`corpus: ${sources.length} files accepted by both parsers in 5.3 mode, ${mb.toFixed(2)} MB\n`);

  const [luna, lp] = timeInProcess(sources, [
    (s) => { parse(s, { dialect: '5.3' }); },
    (s) => { luaparse.parse(s, LUAPARSE_OPTIONS); },
  ], runs) as [number, number];

  const big = path.join(os.tmpdir(), 'luna-bench-parse.lua');
  const text = sources.map((s) => `do\n${s.replace(/^#[^\n]*/, '')}\nend\n`).join('');
  fs.writeFileSync(big, Buffer.from(text, 'latin1'));
  const script = path.join(os.tmpdir(), 'luna-bench-luaparse.cjs');
  fs.writeFileSync(script, `const fs = require('fs'); require(${JSON.stringify(require.resolve('luaparse'))}).parse(fs.readFileSync(process.argv[2], 'latin1'), ${JSON.stringify(LUAPARSE_OPTIONS)});\n`);
  const lunac = path.join(ROOT, 'dist', 'src', 'cli', 'lunac.js');
  const [procLuna, procLp] = timeProcesses([
    [process.execPath, lunac, '--dialect', '5.3', '-p', big],
    [process.execPath, script, big],
  ], runs) as [number, number];

  const rows = [
    ['measure', 'Luna', 'luaparse', 'luaparse / Luna'],
    ['in-process parse (MB/s)', (mb / (luna / 1000)).toFixed(2), (mb / (lp / 1000)).toFixed(2), (lp / luna).toFixed(2)],
    [`whole process, ${(text.length / 1e6).toFixed(1)} MB file (s)`, (procLuna / 1000).toFixed(2), (procLp / 1000).toFixed(2), (procLp / procLuna).toFixed(2)],
  ];
  for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`);
  fs.rmSync(big);
  fs.rmSync(script);
}

main();
