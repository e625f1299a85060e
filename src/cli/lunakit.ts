#!/usr/bin/env node
/**
 * lunakit: Luna's tools for people who analyse Lua code and compare dialects.
 *   lunakit parse FILE [--dialect X] [--json]      the AST, or every syntax diagnostic
 *   lunakit check FILE [--json]                     which dialects accept the file
 *   lunakit compare FILE [--json] [--timeout S]     run under every dialect, side by side
 *   lunakit capabilities [--format text|markdown|json]
 *   lunakit conformance [--dialect X]... [--filter RE] [--json] [--jobs N]
 *                       [--reference CMD] [--suite DIR] [--report-dir DIR]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../grammar/index.js';
import { allDialects, DEFAULT_DIALECT, DIALECT_NAMES, FEATURES, parseDialectName, type DialectName, type Feature } from '../dialect/index.js';
import { astToJSON } from '../tooling/json.js';
import { readSourceFile, SourceReadError } from './source.js';
import { CommandRunner, LunaPool, type Runner } from './conformance/pool.js';
import { htmlReport, markdownReport, runSuite, summarise, textSummary } from './conformance/report.js';
import { loadSuite } from './conformance/suite.js';

const PROG = 'lunakit';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string[]>;
}

/** Options: --name value, --name=value, or boolean --name (listed in `booleans`). */
function parseArgs(argv: string[], booleans: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      let value: string;
      if (eq >= 0) value = a.slice(eq + 1);
      else if (booleans.includes(name)) value = 'true';
      else {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`option '--${name}' needs a value`);
        value = v;
      }
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else positional.push(a);
  }
  return { positional, flags };
}

function flag(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}

function dialectFlag(args: Args): DialectName {
  const v = flag(args, 'dialect') ?? process.env.LUNA_DIALECT;
  if (v === undefined) return DEFAULT_DIALECT;
  const d = parseDialectName(v);
  if (!d) throw new UsageError(`'--dialect' needs one of ${DIALECT_NAMES.join(', ')}`);
  return d;
}

function readFile(path: string): { text: string; chunkName: string } {
  try {
    return readSourceFile(path === '-' ? null : path);
  } catch (e) {
    if (e instanceof SourceReadError) throw new UsageError(e.message);
    throw e;
  }
}

function out(s: string): void {
  process.stdout.write(s);
}

// ---------------------------------------------------------------- parse

function cmdParse(args: Args): number {
  const file = args.positional[0];
  if (!file) throw new UsageError('parse needs a FILE');
  const dialect = dialectFlag(args);
  const src = readFile(file);
  const r = parse(src.text, { dialect, chunkName: src.chunkName, fromFile: true, recover: true });
  const json = flag(args, 'json') !== undefined;
  if (r.diagnostics.length > 0) {
    if (json) out(JSON.stringify({ ok: false, diagnostics: r.diagnostics }, null, 1) + '\n');
    else for (const d of r.diagnostics) out(`${d.message}\n`);
    return 1;
  }
  out(json ? `{"ok": true, "ast": ${astToJSON(r.chunk)}}\n` : astToJSON(r.chunk, 1) + '\n');
  return 0;
}

// ---------------------------------------------------------------- check

function cmdCheck(args: Args): number {
  const file = args.positional[0];
  if (!file) throw new UsageError('check needs a FILE');
  const src = readFile(file);
  const result: Record<string, { ok: boolean; message?: string }> = {};
  for (const d of DIALECT_NAMES) {
    try {
      parse(src.text, { dialect: d, chunkName: src.chunkName, fromFile: true, comments: false, scope: false });
      result[d] = { ok: true };
    } catch (e) {
      result[d] = { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  }
  if (flag(args, 'json') !== undefined) out(JSON.stringify(result) + '\n');
  else {
    for (const d of DIALECT_NAMES) {
      const r = result[d]!;
      out(`Lua ${d}: ${r.ok ? 'ok' : `error: ${r.message}`}\n`);
    }
  }
  return Object.values(result).some((r) => r.ok) ? 0 : 1;
}

// ---------------------------------------------------------------- compare

interface DialectRun {
  stdout: string;
  stderr: string;
  status: number | null;
  timedOut: boolean;
}

function runLuna(dialect: DialectName, file: string, timeoutSec: number, memory: string | undefined): Promise<DialectRun> {
  const luna = join(dirname(fileURLToPath(import.meta.url)), 'luna.js');
  const args = [luna, '--dialect', dialect, ...(memory ? ['--memory-limit', memory] : []), file];
  return new Promise((res) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const o: Buffer[] = [];
    const e: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => o.push(b));
    p.stderr.on('data', (b: Buffer) => e.push(b));
    let timedOut = false;
    const t = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, timeoutSec * 1000);
    p.on('close', (code) => {
      clearTimeout(t);
      res({ stdout: Buffer.concat(o).toString('latin1'), stderr: Buffer.concat(e).toString('latin1'), status: code, timedOut });
    });
  });
}

async function cmdCompare(args: Args): Promise<number> {
  const file = args.positional[0];
  if (!file) throw new UsageError('compare needs a FILE');
  const timeout = Number(flag(args, 'timeout') ?? '10');
  const runs = await Promise.all(DIALECT_NAMES.map((d) => runLuna(d, file, timeout, flag(args, 'memory-limit'))));
  const byDialect = Object.fromEntries(DIALECT_NAMES.map((d, i) => [d, runs[i]!]));
  if (flag(args, 'json') !== undefined) {
    out(JSON.stringify(byDialect, null, 1) + '\n');
    return 0;
  }
  const columns = DIALECT_NAMES.map((d) => {
    const r = byDialect[d]!;
    const lines = r.stdout.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const l of r.stderr.split('\n')) if (l !== '') lines.push(`[stderr] ${l}`);
    if (r.timedOut) lines.push('[timed out]');
    else if (r.status !== 0) lines.push(`[exit ${String(r.status)}]`);
    return lines;
  });
  const height = Math.max(...columns.map((c) => c.length));
  const width = Math.max(12, ...columns.flat().map((l) => Math.min(l.length, 40)));
  const cell = (s: string | undefined): string => (s ?? '').slice(0, width).padEnd(width);
  out(`  ${DIALECT_NAMES.map((d) => cell(`Lua ${d}`)).join(' | ')}\n`);
  out(`  ${DIALECT_NAMES.map(() => '-'.repeat(width)).join('-+-')}\n`);
  let differing = 0;
  for (let i = 0; i < height; i++) {
    const row = columns.map((c) => c[i]);
    const same = row.every((x) => x === row[0]);
    if (!same) differing++;
    out(`${same ? ' ' : '*'} ${row.map(cell).join(' | ')}\n`);
  }
  out(`\n${differing} of ${height} lines differ between dialects (marked *)\n`);
  return 0;
}

// ---------------------------------------------------------------- capabilities

function cmdCapabilities(args: Args): number {
  const format = flag(args, 'format') ?? (flag(args, 'json') !== undefined ? 'json' : 'text');
  const dialects = allDialects();
  const features = Object.keys(FEATURES) as Feature[];
  if (format === 'json') {
    const o: Record<string, Record<string, boolean> & { doc?: never }> = {};
    for (const f of features) o[f] = Object.fromEntries(dialects.map((d) => [d.name, d.has[f]]));
    out(JSON.stringify({ dialects: DIALECT_NAMES, features: Object.fromEntries(features.map((f) => [f, { doc: FEATURES[f].doc, ...o[f] }])) }, null, 1) + '\n');
    return 0;
  }
  if (format === 'markdown') {
    out(`| feature | ${DIALECT_NAMES.join(' | ')} | meaning |\n|---|${DIALECT_NAMES.map(() => ':-:').join('|')}|---|\n`);
    for (const f of features) out(`| \`${f}\` | ${dialects.map((d) => (d.has[f] ? 'yes' : '')).join(' | ')} | ${FEATURES[f].doc.replace(/\|/g, '\\|')} |\n`);
    return 0;
  }
  if (format !== 'text') throw new UsageError(`unknown format '${format}' (text, markdown, json)`);
  const w = Math.max(...features.map((f) => f.length));
  out(`${'feature'.padEnd(w)}  ${DIALECT_NAMES.join('  ')}\n`);
  for (const f of features) out(`${f.padEnd(w)}  ${dialects.map((d) => (d.has[f] ? ' x ' : ' . ')).join('  ')}\n`);
  return 0;
}

// ---------------------------------------------------------------- conformance

function progressBar(done: number, total: number): void {
  if (!process.stderr.isTTY && done !== total && done % 50 !== 0) return;
  const width = 30;
  const filled = Math.round((width * done) / Math.max(1, total));
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

async function cmdConformance(args: Args): Promise<number> {
  const dialects = (args.flags.get('dialect') ?? DIALECT_NAMES).map((v) => {
    const d = parseDialectName(v);
    if (!d) throw new UsageError(`'--dialect' needs one of ${DIALECT_NAMES.join(', ')}`);
    return d;
  });
  const jobs = Number(flag(args, 'jobs') ?? Math.max(1, cpus().length));
  const reference = flag(args, 'reference');
  const runner: Runner = reference ? new CommandRunner(reference.split(/\s+/), jobs) : new LunaPool(jobs);
  try {
    const suiteDir = flag(args, 'suite');
    if (suiteDir !== undefined) return await officialSuite(runner, resolve(suiteDir), dialects[0]!, args);
    const root = resolve(flag(args, 'root') ?? join(ROOT, 'conformance'));
    const filterText = flag(args, 'filter');
    const cases = loadSuite(root, filterText ? new RegExp(filterText) : undefined);
    const results = await runSuite(cases, dialects, runner, progressBar);
    const title = `Conformance: ${reference ?? 'Luna'}`;
    const reportDir = flag(args, 'report-dir') ?? join(process.cwd(), 'conformance-report');
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, 'report.md'), markdownReport(results, dialects, title));
    writeFileSync(join(reportDir, 'report.html'), htmlReport(results, dialects, title));
    if (flag(args, 'json') !== undefined) out(JSON.stringify(summarise(results)) + '\n');
    else {
      out(textSummary(results, dialects) + '\n');
      out(`reports: ${join(reportDir, 'report.md')}, ${join(reportDir, 'report.html')}\n`);
    }
    return results.every((r) => r.failure === null) ? 0 : 1;
  } finally {
    runner.close();
  }
}

/** An official test-suite directory: each test file run with _port/_soft/_U set; passes when it exits 0. */
async function officialSuite(runner: Runner, dir: string, dialect: DialectName, args: Args): Promise<number> {
  const timeout = Number(flag(args, 'timeout') ?? '120');
  const files = readdirSync(dir).filter((f) => f.endsWith('.lua') && f !== 'all.lua').sort();
  const prelude = '_port = true; _soft = true; _U = true';
  let pass = 0;
  let done = 0;
  const rows = await Promise.all(
    files.map(async (f) => {
      const r = await runner.run({ dir, args: ['-e', prelude, f], dialect, timeoutSec: timeout });
      progressBar(++done, files.length);
      const ok = r.status === 0 && !r.timeout;
      if (ok) pass++;
      return { file: f, ok, why: r.timeout ? 'timeout' : r.stderr.split('\n')[0] ?? '' };
    }),
  );
  if (flag(args, 'json') !== undefined) out(JSON.stringify({ [dialect]: { pass, total: files.length }, files: rows }) + '\n');
  else {
    for (const r of rows) out(`${r.ok ? 'pass' : 'FAIL'}  ${r.file}${r.ok ? '' : `  ${r.why}`}\n`);
    out(`Lua ${dialect}: ${pass}/${files.length} test files passed\n`);
  }
  return pass === files.length ? 0 : 1;
}

// ---------------------------------------------------------------- main

const USAGE = `usage: ${PROG} COMMAND [options]
commands:
  parse FILE [--dialect X] [--json]     print the AST, or every syntax diagnostic
  check FILE [--json]                   which dialects accept the file (first error of the others)
  compare FILE [--json] [--timeout S] [--memory-limit SIZE]
                                        run the script under every dialect, outputs side by side
  capabilities [--format text|markdown|json]
                                        the dialect capability table
  conformance [--dialect X]... [--filter RE] [--json] [--jobs N] [--report-dir DIR]
              [--reference CMD] [--suite DIR]
                                        run the conformance suite (or another Lua, or an official test suite)
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const bool = ['json'];
  try {
    switch (cmd) {
      case 'parse': return cmdParse(parseArgs(rest, bool));
      case 'check': return cmdCheck(parseArgs(rest, bool));
      case 'compare': return await cmdCompare(parseArgs(rest, bool));
      case 'capabilities': return cmdCapabilities(parseArgs(rest, bool));
      case 'conformance': return await cmdConformance(parseArgs(rest, bool));
      case undefined: case '-h': case '--help': case 'help':
        out(USAGE);
        return cmd === undefined ? 1 : 0;
      default:
        throw new UsageError(`unknown command '${cmd}'`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${PROG}: ${e.message}\n${USAGE}`);
      return 1;
    }
    throw e;
  }
}

// A reader that stops early (lunakit capabilities | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
