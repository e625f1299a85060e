/**
 * Runtime benchmark: Luna's interpreter against the official PUC-Rio `lua5.4`, side by side in
 * one run, on the programs of /work/shared/bench (see its README.md).
 *
 *  1. Per program: whole-process wall time of `luna [--dialect X] FILE` (package.json's bin,
 *     `dist/bundle/luna.cjs`, run as npx runs it: its shell lines start Node)
 *     and of `lua5.4 FILE` (Node and Lua start-up included), median of N runs, the Luna and PUC
 *     runs interleaved (their order alternating from round to round) so machine noise hits both.
 *     Every run's stdout is checked against expected/NAME.out (the official interpreter's
 *     output): a program whose output differs, that exits non-zero or that exceeds the time limit
 *     is reported as FAIL or TIMEOUT and gets no Luna time. The ratio is Luna / PUC 5.4; the
 *     geometric mean is taken over the programs that pass.
 *  2. One process: the passing programs concatenated into one Lua file (.cache/bench/all.lua),
 *     each wrapped in a vararg function `prog_NAME` and then called in order, so one Luna process
 *     runs them all one after another, as a long-lived host runs many scripts (JS closures and
 *     inline caches meet varied code). Timed against PUC running the same file; the whole output
 *     is checked against the concatenated expected outputs.
 *
 * With --all-puc, the other official interpreters found (lua5.1, lua5.2, lua5.3 and the reference
 * lua5.5) run too, as extra columns; the ratio stays Luna / PUC 5.4. With --write, the runtime
 * section of docs/benchmarks.md (between the bench:runtime markers) is replaced by the results.
 *
 * Usage: npm run bench [-- --runs N] [--dialect 5.X] [--timeout SECONDS] [--all-puc]
 *                      [--no-one-process] [--luna PATH/TO/luna.js] [--write] [NAME...]
 *   NAME... keeps the programs whose name contains one of the given strings.
 *   Build first (npm run build): the compiled CLI in dist/ is what is measured, copied to
 *   .cache/bench/luna-dist at the start so a concurrent rebuild cannot change it mid-run.
 *   Exit status 1 when a Luna run fails (wrong output, error, timeout), 2 on a usage error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCH_DIR = '/work/shared/bench';
const EXPECTED_DIR = path.join(BENCH_DIR, 'expected');
const CACHE_DIR = path.join(ROOT, '.cache', 'bench');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');
const BEGIN_MARKER = '<!-- bench:runtime:begin -->';
const END_MARKER = '<!-- bench:runtime:end -->';
const DIALECTS = ['5.1', '5.2', '5.3', '5.4', '5.5'];
const LOAD_AT_START = os.loadavg()[0]!.toFixed(2); // 1-minute load average when the run began

// ---------------------------------------------------------------- options

interface Options {
  runs: number;
  dialect: string;
  timeoutMs: number;
  allPuc: boolean;
  oneProcess: boolean;
  write: boolean;
  luna?: string; // a luna.js given with --luna; by default a snapshot of dist/ is measured
  filters: string[];
}

function usage(message: string): never {
  process.stderr.write(`bench: ${message}\n` +
    'usage: npm run bench [-- --runs N] [--dialect 5.X] [--timeout SECONDS] [--all-puc]\n' +
    '                     [--no-one-process] [--luna PATH] [--write] [NAME...]\n');
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const opts: Options = {
    runs: 5, dialect: '5.5', timeoutMs: 120_000, allPuc: false, oneProcess: true, write: false, filters: [],
  };
  const value = (i: number): string => argv[i] ?? usage(`'${argv[i - 1]}' needs a value`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') {
      opts.runs = Number(value(++i));
      if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs needs a positive integer');
    } else if (a === '--dialect') {
      opts.dialect = value(++i);
      if (!DIALECTS.includes(opts.dialect)) usage(`--dialect needs one of ${DIALECTS.join(', ')}`);
    } else if (a === '--timeout') {
      opts.timeoutMs = Number(value(++i)) * 1000;
      if (!(opts.timeoutMs > 0)) usage('--timeout needs a positive number of seconds');
    } else if (a === '--all-puc') opts.allPuc = true;
    else if (a === '--no-one-process') opts.oneProcess = false;
    else if (a === '--write') opts.write = true;
    else if (a === '--luna') opts.luna = path.resolve(value(++i));
    else if (a === '--help' || a === '-h') usage('runtime benchmark of Luna against PUC Lua');
    else if (a.startsWith('-')) usage(`unknown option '${a}'`);
    else opts.filters.push(a);
  }
  return opts;
}

// ---------------------------------------------------------------- interpreters and programs

/** A command that runs a Lua file: argv prefix, the file's path is appended. */
interface Interpreter {
  label: string; // column header, e.g. 'PUC 5.4'
  argv: string[];
}

interface Program {
  name: string;
  file: string;
  expected: string; // latin1 bytes
}

function onPath(cmd: string): string | undefined {
  if (cmd.includes('/')) return fs.existsSync(cmd) ? cmd : undefined;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = path.join(dir, cmd);
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

/** PUC 5.4 first (the reference of the ratio), then the others with --all-puc, oldest first. */
function referenceInterpreters(allPuc: boolean): Interpreter[] {
  const wanted: [string, string][] = allPuc
    ? [['5.1', 'lua5.1'], ['5.2', 'lua5.2'], ['5.3', 'lua5.3'], ['5.5', '/work/shared/ref/lua5.5']]
    : [];
  const lua54 = onPath('lua5.4');
  if (!lua54) usage('lua5.4 is not on PATH (apt-get install lua5.4)');
  const refs: Interpreter[] = [{ label: 'PUC 5.4', argv: [lua54] }];
  for (const [version, cmd] of wanted) {
    const found = onPath(cmd);
    if (found) refs.push({ label: `PUC ${version}`, argv: [found] });
    else process.stderr.write(`bench: ${cmd} not found, no PUC ${version} column\n`);
  }
  return refs;
}

function listPrograms(filters: string[]): Program[] {
  const names = fs.readdirSync(BENCH_DIR).filter((f) => f.endsWith('.lua')).map((f) => f.slice(0, -4)).sort();
  const chosen = filters.length === 0 ? names : names.filter((n) => filters.some((f) => n.includes(f)));
  if (chosen.length === 0) usage(`no program matches ${filters.join(', ')} (programs: ${names.join(', ')})`);
  return chosen.map((name) => ({
    name,
    file: path.join(BENCH_DIR, `${name}.lua`),
    expected: fs.readFileSync(path.join(EXPECTED_DIR, `${name}.out`), 'latin1'),
  }));
}

// ---------------------------------------------------------------- running and checking

type Verdict =
  | { kind: 'ok' }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'exit'; detail: string; stderr: string } // non-zero exit or killed by a signal
  | { kind: 'output'; detail: string; stderr: string }; // exit 0, wrong stdout

interface RunResult {
  ms: number;
  verdict: Verdict;
}

/** First lines of a process's stderr, for the report. */
function headLines(text: string, n = 3): string {
  return text.split('\n').filter((l) => l.trim() !== '').slice(0, n).map((l) => l.slice(0, 200)).join('\n');
}

/** Where `actual` first departs from `expected`: line number and both lines. */
function describeDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s: string | undefined): string => (s === undefined ? '<end of output>' : JSON.stringify(s.slice(0, 120)));
      return `line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return 'output differs';
}

function runOnce(argv: string[], file: string, expected: string, timeoutMs: number): RunResult {
  const t0 = performance.now();
  const r = spawnSync(argv[0]!, [...argv.slice(1), file], {
    stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  const stdout = r.stdout?.toString('latin1') ?? '';
  const stderr = r.stderr?.toString('latin1') ?? '';
  const err = r.error as NodeJS.ErrnoException | undefined;
  let verdict: Verdict;
  if (err?.code === 'ETIMEDOUT') verdict = { kind: 'timeout', limitMs: timeoutMs };
  else if (err) verdict = { kind: 'exit', detail: err.message, stderr };
  else if (r.status !== 0) verdict = { kind: 'exit', detail: r.signal ? `killed by ${r.signal}` : `exit ${r.status}`, stderr };
  else if (stdout !== expected) verdict = { kind: 'output', detail: describeDifference(expected, stdout), stderr };
  else verdict = { kind: 'ok' };
  return { ms, verdict };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One interpreter's outcome on one program (or on the combined file). */
interface Measure {
  verdict: Verdict; // the first failure, else ok
  ms?: number; // median, only when every run passed
}

/**
 * Runs every interpreter `runs` times on `file`, interleaved (the order reversed every other
 * round). An interpreter stops being run after its first failing run.
 */
function measure(interpreters: Interpreter[], file: string, expected: string, opts: Options, tag: string): Measure[] {
  const times: number[][] = interpreters.map(() => []);
  const failed: (Verdict | undefined)[] = interpreters.map(() => undefined);
  for (let round = 0; round < opts.runs; round++) {
    const order = interpreters.map((_, k) => k);
    if (round % 2) order.reverse();
    for (const k of order) {
      if (failed[k]) continue;
      const { ms, verdict } = runOnce(interpreters[k]!.argv, file, expected, opts.timeoutMs);
      if (verdict.kind === 'ok') times[k]!.push(ms);
      else failed[k] = verdict;
      process.stderr.write(`  ${tag} ${interpreters[k]!.label} run ${round + 1}: ${verdict.kind === 'ok' ? `${ms.toFixed(0)} ms` : verdict.kind}\n`);
    }
  }
  return interpreters.map((_, k) => failed[k] ? { verdict: failed[k]! } : { verdict: { kind: 'ok' }, ms: median(times[k]!) });
}

// ---------------------------------------------------------------- the one-process file

/**
 * The programs as one chunk. Each becomes a vararg function (top-level `return` and `...` stay
 * legal), declared in its own do-block so the chunk holds one local whatever the number of
 * programs (a function has at most 200 locals); the functions are then called in order.
 */
function combinedSource(programs: Program[]): string {
  const parts = ['-- generated by scripts/bench.ts: every bench program wrapped in a function, run in order\n',
    'local PROGRAMS = {}\n'];
  for (const p of programs) {
    // A first line starting with '#' is skipped by the stand-alone interpreter only: blank it.
    const src = fs.readFileSync(p.file, 'latin1').replace(/^#[^\n]*/, '');
    parts.push(`do\nlocal function prog_${p.name.replace(/\W/g, '_')}(...)\n${src}\nend\n`,
      `PROGRAMS[#PROGRAMS + 1] = prog_${p.name.replace(/\W/g, '_')}\nend\n`);
  }
  parts.push('for i = 1, #PROGRAMS do PROGRAMS[i]() end\n');
  return parts.join('');
}

/** The program whose expected output the combined output first departs from. */
function blameProgram(programs: Program[], actual: string): string | undefined {
  let offset = 0;
  for (const p of programs) {
    const end = offset + p.expected.length;
    if (actual.slice(offset, end) !== p.expected) return p.name;
    offset = end;
  }
  return undefined;
}

// ---------------------------------------------------------------- report

interface ProgramResult {
  program: Program;
  luna: Measure;
  refs: Measure[];
}

interface OneProcessResult {
  programs: Program[];
  left: string[]; // programs left out because they fail on their own
  luna?: Measure;
  refs?: Measure[];
  blame?: string; // on wrong output: the program whose output goes wrong first
}

function verdictCell(v: Verdict): string {
  switch (v.kind) {
    case 'ok': return 'ok';
    case 'timeout': return '**TIMEOUT**';
    case 'exit': return `**FAIL** (${v.detail})`;
    case 'output': return '**FAIL** (wrong output)';
  }
}

const fmtMs = (m: Measure): string => (m.ms === undefined ? (m.verdict.kind === 'timeout' ? 'TIMEOUT' : 'FAIL') : m.ms.toFixed(0));
const withMs = (m: Measure): string => (m.ms === undefined ? fmtMs(m) : `${fmtMs(m)} ms`);
const ratioOf = (luna: Measure, ref: Measure): number | undefined =>
  luna.ms !== undefined && ref.ms !== undefined ? luna.ms / ref.ms : undefined;

/** Table columns: the references oldest first, Luna, ratio to PUC 5.4, check. */
function refOrder(refs: Interpreter[]): number[] {
  return refs.map((_, k) => k).sort((a, b) => refs[a]!.label.localeCompare(refs[b]!.label));
}

function geometricMean(xs: number[]): number {
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

function reportMarkdown(results: ProgramResult[], one: OneProcessResult | undefined, refs: Interpreter[]): string {
  const order = refOrder(refs);
  const header = ['program', ...order.map((k) => `${refs[k]!.label} ms`), 'Luna ms', 'Luna / PUC 5.4', 'check'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 || i === header.length - 1 ? '---' : '---:')).join('|')}|`];
  const ratios: number[] = [];
  for (const r of results) {
    const ratio = ratioOf(r.luna, r.refs[0]!);
    if (ratio !== undefined) ratios.push(ratio);
    const refNotes = r.refs.map((m, k) => (m.verdict.kind === 'ok' ? '' : `; ${refs[k]!.label} ${verdictCell(m.verdict)}`)).join('');
    lines.push(`| ${[r.program.name, ...order.map((k) => fmtMs(r.refs[k]!)), fmtMs(r.luna),
      ratio === undefined ? '—' : ratio.toFixed(2), verdictCell(r.luna.verdict) + refNotes].join(' | ')} |`);
  }
  const failing = results.filter((r) => r.luna.verdict.kind !== 'ok').map((r) => r.program.name);
  lines.push('');
  lines.push(ratios.length === 0
    ? `Geometric mean of Luna / PUC 5.4: n/a (no program passes; failing: ${failing.join(', ')}).`
    : `Geometric mean of Luna / PUC 5.4: **${geometricMean(ratios).toFixed(2)}** over ${ratios.length} of ${results.length} programs` +
      (failing.length ? ` (failing, left out: ${failing.join(', ')}).` : '.'));
  if (one) lines.push('', oneProcessLine(one, refs));
  const failures = results.filter((r) => r.luna.verdict.kind !== 'ok');
  if (one?.luna && one.luna.verdict.kind !== 'ok') failures.push({ program: { name: 'one process', file: '', expected: '' }, luna: one.luna, refs: [] });
  if (failures.length) {
    lines.push('', 'Luna failures (first lines of stderr):', '');
    for (const f of failures) lines.push(failureItem(f.program.name, f.luna.verdict));
  }
  return lines.join('\n') + '\n';
}

function failureItem(name: string, v: Verdict): string {
  if (v.kind === 'ok') return `- ${name}: ok`;
  if (v.kind === 'timeout') return `- ${name}: TIMEOUT (killed after ${v.limitMs / 1000} s)`;
  const detail = v.kind === 'output' ? `wrong output, ${v.detail}` : v.detail;
  const err = headLines(v.stderr);
  return `- ${name}: ${detail}` + (err ? `\n\n  \`\`\`\n${err.split('\n').map((l) => `  ${l}`).join('\n')}\n  \`\`\`` : '');
}

function oneProcessLine(one: OneProcessResult, refs: Interpreter[]): string {
  const leftOut = one.left.length ? `; left out, failing on their own: ${one.left.join(', ')}` : '';
  if (!one.luna || !one.refs) return `One process: not run, no program passes on its own.`;
  const ref = one.refs[0]!;
  const ratio = ratioOf(one.luna, ref);
  const others = one.refs.slice(1).map((m, k) => `${refs[k + 1]!.label} ${withMs(m)}`).join(', ');
  return `One process (${one.programs.length} of ${one.programs.length + one.left.length} programs${leftOut}): ` +
    `PUC 5.4 ${withMs(ref)}, Luna ${withMs(one.luna)}, Luna / PUC 5.4 **${ratio === undefined ? '—' : ratio.toFixed(2)}**, ` +
    `check ${verdictCell(one.luna.verdict)}${one.blame ? ` (first difference in ${one.blame}'s output)` : ''}` +
    `${others ? `; other references: ${others}` : ''}.`;
}

// ---------------------------------------------------------------- docs/benchmarks.md

function machineFacts(): string {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown CPU';
  return `${model}, ${os.cpus().length} cores, Node ${process.version}, load average ${LOAD_AT_START} at start`;
}

function versionBanner(argv: string[]): string {
  const r = spawnSync(argv[0]!, ['-v'], { encoding: 'latin1' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split(/\s{2,}/)[0] ?? argv[0]!;
}

function lunaRevision(): string {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  if (!rev) return 'unknown revision';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'grammar'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  return `commit ${rev}${dirty ? ' plus uncommitted changes to src/ and grammar/' : ''}`;
}

function shellQuote(a: string): string {
  return /^[\w./=:,+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

function docSection(report: string, opts: Options, refs: Interpreter[], argv: string[], revision: string): string {
  const command = argv.length ? `npm run bench -- ${argv.map(shellQuote).join(' ')}` : 'npm run bench';
  const date = new Date().toISOString().slice(0, 10);
  const banners = refs.map((r) => `${versionBanner(r.argv)} (\`${r.argv[0]}\`)`).join(', ');
  return [
    BEGIN_MARKER,
    '## Runtime (interpreter)',
    '',
    `Command: \`${command}\` (\`scripts/bench.ts\`; \`--write\` rewrites this section, between the`,
    '`bench:runtime` comment markers).',
    '',
    `- Measured ${date} on ${machineFacts()}.`,
    `- Luna: ${opts.luna ? `\`${opts.luna}\`` : `the build of ${revision}`}, \`--dialect ${opts.dialect}\`; references: ${banners}.`,
    `- Programs: \`${BENCH_DIR}/*.lua\` (see its README.md).`,
    `- Times: median wall time of ${opts.runs} whole-process runs, start-up included`,
    '  (`dist/bundle/luna.cjs FILE`, the `luna` command as npx runs it, from a copy of dist/ taken at the start, against',
    '  `lua5.4 FILE`), Luna and PUC runs interleaved.',
    '  Ratio = Luna / PUC 5.4 (> 1: Luna is slower); geometric mean over the passing programs.',
    '- Check: every run\'s stdout against `expected/NAME.out`; a program with wrong output, an error',
    `  exit or over the ${opts.timeoutMs / 1000} s limit is FAIL / TIMEOUT and gets no Luna time.`,
    '- One process: the programs that pass on their own, each wrapped in a function, called in order',
    '  by a single process from one generated file (`.cache/bench/all.lua`).',
    '',
    report.trimEnd(),
    END_MARKER,
  ].join('\n') + '\n';
}

/** Replaces the marked runtime section of docs/benchmarks.md, or appends it; the rest is kept. */
function writeDoc(section: string): void {
  const doc = fs.readFileSync(DOC, 'utf8');
  const begin = doc.indexOf(BEGIN_MARKER);
  const end = doc.indexOf(END_MARKER);
  let next: string;
  if (begin >= 0 && end > begin) next = doc.slice(0, begin) + section + doc.slice(end + END_MARKER.length).replace(/^\n/, '');
  else next = `${doc.trimEnd()}\n\n${section}`;
  fs.writeFileSync(DOC, next);
}

// ---------------------------------------------------------------- main

function runOneProcess(results: ProgramResult[], luna: Interpreter, refs: Interpreter[], opts: Options): OneProcessResult {
  const programs = results.filter((r) => r.luna.verdict.kind === 'ok').map((r) => r.program);
  const left = results.filter((r) => r.luna.verdict.kind !== 'ok').map((r) => r.program.name);
  if (programs.length === 0) return { programs, left };
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, 'all.lua');
  fs.writeFileSync(file, Buffer.from(combinedSource(programs), 'latin1'));
  const expected = programs.map((p) => p.expected).join('');
  process.stderr.write(`one process: ${file}\n`);
  const [lunaM, ...refMs] = measure([luna, ...refs], file, expected, opts, 'all');
  const one: OneProcessResult = { programs, left, luna: lunaM!, refs: refMs };
  if (lunaM!.verdict.kind === 'output') {
    // Re-run once to locate the program whose output goes wrong.
    const r = spawnSync(luna.argv[0]!, [...luna.argv.slice(1), file], { timeout: opts.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024 });
    const actual = r.stdout?.toString('latin1') ?? '';
    one.blame = blameProgram(programs, actual);
  }
  return one;
}

/**
 * Copies the compiled Luna (dist/src, dist/grammar and the bundles `luna` runs, dist/bundle)
 * into the cache and returns the `luna` command in it (package.json's bin), so a rebuild of dist/ during the run (other work in
 * the same tree) cannot change the code measured. The copy stays under the repository, so
 * `chevrotain` still resolves from node_modules for the unbundled modules.
 */
function snapshotBuild(): string {
  const dist = path.join(ROOT, 'dist');
  const snap = path.join(CACHE_DIR, 'luna-dist');
  if (!fs.existsSync(path.join(dist, 'src', 'cli', 'luna.js'))) usage('dist/src/cli/luna.js not found: build first (npm run build)');
  fs.rmSync(snap, { recursive: true, force: true });
  // (timestamps kept: the bundle's V8 code cache is found by the bundle's size and time)
  for (const dir of ['src', 'grammar', 'bundle']) fs.cpSync(path.join(dist, dir), path.join(snap, dir), { recursive: true, preserveTimestamps: true });
  fs.writeFileSync(path.join(snap, 'package.json'), '{ "type": "module" }\n');
  // what `npx luna` runs; an unbundled build has only the module
  const bin = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.luna!;
  const command = path.join(snap, path.relative('dist', bin));
  return fs.existsSync(command) ? command : path.join(snap, 'src', 'cli', 'luna.js');
}

function main(): void {
  const argv = process.argv.slice(2);
  const opts = parseOptions(argv);
  const revision = lunaRevision(); // taken with the snapshot of dist/, before the runs
  const lunaJs = opts.luna ?? snapshotBuild();
  if (!fs.existsSync(lunaJs)) usage(`${lunaJs} not found: build first (npm run build)`);
  // The launcher (a shell script heading the bundle) runs as npx runs it; a module, by Node.
  const launcher = fs.readFileSync(lunaJs, 'latin1').startsWith('#!/bin/sh');
  const luna: Interpreter = { label: 'Luna', argv: [...(launcher ? [] : [process.execPath]), lunaJs, '--dialect', opts.dialect] };
  const refs = referenceInterpreters(opts.allPuc);
  const programs = listPrograms(opts.filters);

  const results: ProgramResult[] = programs.map((program) => {
    process.stderr.write(`${program.name}\n`);
    const [lunaM, ...refMs] = measure([luna, ...refs], program.file, program.expected, opts, program.name);
    return { program, luna: lunaM!, refs: refMs };
  });
  const one = opts.oneProcess ? runOneProcess(results, luna, refs, opts) : undefined;

  const report = reportMarkdown(results, one, refs);
  process.stdout.write(report);
  if (opts.write) {
    writeDoc(docSection(report, opts, refs, argv, revision));
    process.stderr.write(`updated ${path.relative(ROOT, DOC)}\n`);
  }
  const failed = results.some((r) => r.luna.verdict.kind !== 'ok') || (one?.luna !== undefined && one.luna.verdict.kind !== 'ok');
  if (failed) process.exitCode = 1;
}

main();
