/**
 * Acceptance check (b): real Lua code that Debian packages install.
 *
 * Installs a fixed list of Debian packages that ship Lua sources (unless --no-install), collects
 * every regular `*.lua` file they installed (`dpkg -L`, deduplicated by real path), and for each
 * file and each dialect 5.1–5.5 compares the official verdict with Luna's:
 *
 *   - official: `luac5.X -p PATH` for 5.1–5.4 (the `luac5.X: ` prefix stripped from stderr), and for
 *     5.5 the reference interpreter running a checker that does `pcall(loadfile, PATH)` and prints
 *     the error (the conventions of scripts/gen-syntax-expected.mjs);
 *   - Luna: in-process `parse(source, { dialect, chunkName: '@' + PATH, fromFile: true })`.
 *
 * The same PATH string (the file's real path) is given to both, so messages carry the same chunk
 * name. Official verdicts are cached in .cache/corpus/official.json, keyed by dialect, the sha1 of
 * the file's content and the path (the path is part of every message), and invalidated when a
 * tool's version banner changes. Exit status 1 when any verdict differs, else 0.
 *
 * Usage: node dist/scripts/corpus.js [--no-install] [--json] [--jobs N] [--dialect 5.X]...
 *                                    [--filter SUBSTRING] [--no-cache] [--limit N]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from '../grammar/index.js';
import { PACKAGES, listCorpusFiles, type CorpusFile } from './lua-corpus.js';

type DialectName = '5.1' | '5.2' | '5.3' | '5.4' | '5.5';
const DIALECTS: readonly DialectName[] = ['5.1', '5.2', '5.3', '5.4', '5.5'];

const SCRIPT = fileURLToPath(import.meta.url);
/** dist/scripts/corpus.js -> repository root. */
const ROOT = path.resolve(path.dirname(SCRIPT), '..', '..');
const CACHE_DIR = path.join(ROOT, '.cache', 'corpus');
const CACHE_FILE = path.join(CACHE_DIR, 'official.json');
const LUA55 = process.env.LUA55 || '/work/shared/ref/lua5.5';
const TIMEOUT_MS = 120_000;
const LIST_CAP = 50;

const CHECK55 = [
  'local ok, f, err = pcall(loadfile, arg[1])',
  'if not ok then print(f) elseif not f then print(err) end',
  '',
].join('\n');

interface Options {
  install: boolean;
  json: boolean;
  jobs: number;
  dialects: DialectName[];
  filter: string | null;
  cache: boolean;
  limit: number;
}

/** A verdict: accepted, or rejected with the message (a latin1 byte string). */
interface Verdict {
  ok: boolean;
  message?: string;
  /** Official tool misbehaved (timeout, signal, odd exit status), or Luna threw a non-syntax error. */
  anomaly?: string;
}


interface Disagreement {
  file: string;
  pkg: string;
  dialect: DialectName;
  official: Verdict;
  luna: Verdict;
}

interface DialectSummary {
  dialect: DialectName;
  files: number;
  officialAccepted: number;
  officialRejected: number;
  agreements: number;
  disagreements: number;
  lunaParseMs: number;
  bytes: number;
}

interface CacheData {
  version: 1;
  tools: Partial<Record<DialectName, string>>;
  verdicts: Record<string, Verdict>;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    install: true, json: false, jobs: 4, dialects: [], filter: null, cache: true, limit: Infinity,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--no-install') o.install = false;
    else if (a === '--json') o.json = true;
    else if (a === '--no-cache') o.cache = false;
    else if (a === '--jobs') o.jobs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (a === '--filter') o.filter = value();
    else if (a === '--limit') o.limit = Math.max(0, Number.parseInt(value(), 10) || 0);
    else if (a === '--dialect') {
      const d = value();
      if (!(DIALECTS as readonly string[]).includes(d)) throw new Error(`unknown dialect ${d}`);
      o.dialects.push(d as DialectName);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node dist/scripts/corpus.js [--no-install] [--json] [--jobs N] '
        + '[--dialect 5.X]... [--filter SUBSTRING] [--no-cache] [--limit N]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (o.dialects.length === 0) o.dialects = [...DIALECTS];
  return o;
}

/** Progress and tool chatter: stderr, so that --json keeps stdout clean. */
function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

// ---------------------------------------------------------------------------------------------
// 1. Install

function install(packages: readonly string[]): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]): boolean => {
    log(`$ apt-get ${args.join(' ')}`);
    // apt's output goes to our stderr (fd 2 for both of its streams).
    const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 2, 2] });
    return r.status === 0;
  };
  if (!run(['update'])) log('warning: apt-get update failed; trying to install anyway');
  const base = ['install', '-y', '--no-install-recommends'];
  if (run([...base, ...packages])) return;
  log('warning: installing all packages at once failed; installing them one by one');
  for (const p of packages) if (!run([...base, p])) log(`warning: skipping ${p} (install failed)`);
}

// ---------------------------------------------------------------------------------------------
// 2. Collect files

// ---------------------------------------------------------------------------------------------
// 3a. Official verdicts

function command(dialect: DialectName, file: string, check55: string): [string, string[]] {
  if (dialect === '5.5') return [LUA55, [check55, file]];
  return [`luac${dialect}`, ['-p', file]];
}

function banner(dialect: DialectName): string {
  const cmd = dialect === '5.5' ? LUA55 : `luac${dialect}`;
  const r = spawnSync(cmd, ['-v'], { timeout: TIMEOUT_MS });
  if (r.error) throw r.error;
  return (r.stdout.toString('latin1') + r.stderr.toString('latin1')).trim().split('\n')[0]!;
}

/** Raw tool output -> the recorded message (as scripts/gen-syntax-expected.mjs does). */
function cleanMessage(raw: string, dialect: DialectName): string {
  let msg = raw;
  if (dialect !== '5.5') msg = msg.replace(/^luac[0-9.]*: /, '');
  if (msg.indexOf('\nstack traceback:') >= 0) msg = msg.slice(0, msg.indexOf('\n'));
  if (msg.endsWith('\n')) msg = msg.slice(0, -1);
  return msg;
}

interface RunResult { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; timedOut: boolean }

function runAsync(cmd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        status, signal, timedOut,
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: Buffer.concat(err).toString('latin1'),
      });
    });
  });
}

async function officialVerdict(dialect: DialectName, file: string, check55: string): Promise<Verdict> {
  const [cmd, args] = command(dialect, file, check55);
  const r = await runAsync(cmd, args);
  if (!r.timedOut) {
    if (dialect === '5.5') {
      if (r.status === 0 && r.stderr === '') {
        return r.stdout === '' ? { ok: true } : { ok: false, message: cleanMessage(r.stdout, dialect) };
      }
    } else if (r.status === 0 && r.stderr === '' && r.stdout === '') {
      return { ok: true };
    } else if (r.status === 1 && r.stderr !== '' && r.stdout === '') {
      return { ok: false, message: cleanMessage(r.stderr, dialect) };
    }
  }
  const anomaly = r.timedOut ? 'timeout' : r.signal ? `signal ${r.signal}` : `exit status ${r.status}`;
  return { ok: false, anomaly, message: cleanMessage((r.stderr || r.stdout).split('\n')[0]!, dialect) };
}

function cacheKey(dialect: DialectName, f: CorpusFile): string {
  return `${dialect}:${f.sha1}:${f.path}`;
}

function loadCache(opts: Options, tools: Record<DialectName, string>): CacheData {
  const empty: CacheData = { version: 1, tools: {}, verdicts: {} };
  let data = empty;
  if (opts.cache) {
    try {
      const raw = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as CacheData;
      if (raw && raw.version === 1 && raw.verdicts) data = raw;
    } catch {
      /* no cache yet */
    }
  }
  // Drop the verdicts of a tool whose version changed.
  for (const d of DIALECTS) {
    if (data.tools[d] !== undefined && data.tools[d] !== tools[d]) {
      for (const k of Object.keys(data.verdicts)) if (k.startsWith(`${d}:`)) delete data.verdicts[k];
    }
    data.tools[d] = tools[d];
  }
  return data;
}

function saveCache(data: CacheData): void {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data));
  fs.renameSync(tmp, CACHE_FILE);
}

async function officialVerdicts(
  files: CorpusFile[], opts: Options, cache: CacheData,
): Promise<Map<string, Verdict>> {
  const result = new Map<string, Verdict>();
  const todo: Array<[DialectName, CorpusFile]> = [];
  for (const f of files) {
    for (const d of opts.dialects) {
      const k = cacheKey(d, f);
      const v = cache.verdicts[k];
      if (v) result.set(k, v);
      else todo.push([d, f]);
    }
  }
  log(`official verdicts: ${result.size} cached, ${todo.length} to compute with ${opts.jobs} jobs`);
  if (todo.length === 0) return result;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luna-corpus-'));
  const check55 = path.join(dir, 'check55.lua');
  fs.writeFileSync(check55, CHECK55);
  const t0 = performance.now();
  let next = 0;
  let done = 0;
  let lastSave = Date.now();
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const [d, f] = todo[next++]!;
      const v = await officialVerdict(d, f.path, check55);
      const k = cacheKey(d, f);
      result.set(k, v);
      if (!v.anomaly) cache.verdicts[k] = v;
      done++;
      if (done % 500 === 0 || done === todo.length) {
        log(`  ${done}/${todo.length} (${((performance.now() - t0) / 1000).toFixed(1)}s)`);
      }
      if (opts.cache && Date.now() - lastSave > 30_000) { saveCache(cache); lastSave = Date.now(); }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(opts.jobs, todo.length) }, worker));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    if (opts.cache) saveCache(cache);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// 3b. Luna's verdicts

function lunaVerdict(f: CorpusFile, dialect: DialectName): Verdict {
  try {
    parse(f.source, { dialect, chunkName: `@${f.path}`, fromFile: true, comments: false });
    return { ok: true };
  } catch (e) {
    const err = e as Error;
    if (err && err.name === 'LuaSyntaxError') return { ok: false, message: err.message };
    return { ok: false, anomaly: `crash: ${err?.name ?? typeof e}`, message: String(err?.message ?? e) };
  }
}

function same(a: Verdict, b: Verdict): boolean {
  if (a.anomaly || b.anomaly) return false;
  return a.ok === b.ok && (a.ok || a.message === b.message);
}

// ---------------------------------------------------------------------------------------------
// 4. Report

/** Printable form of a latin1 byte string message. */
function show(v: Verdict): string {
  if (v.ok) return 'accepted';
  const msg = (v.message ?? '').replace(/[^\x20-\x7e]/g, (c) => {
    const n = c.charCodeAt(0);
    if (n === 10) return '\\n';
    if (n === 9) return '\\t';
    return `\\x${n.toString(16).padStart(2, '0')}`;
  });
  return `${v.anomaly ? `[${v.anomaly}] ` : ''}${msg}`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0]!), sep, ...rows.slice(1).map(line)].join('\n');
}

/** Number of corpus files credited to each package (a file shipped twice counts for the first). */
function perPackage(files: CorpusFile[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of PACKAGES) counts[p] = 0;
  for (const f of files) counts[f.pkg] = (counts[f.pkg] ?? 0) + 1;
  return counts;
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.install) install(PACKAGES);
  const { files, missing } = listCorpusFiles(PACKAGES, opts.filter, opts.limit);
  if (missing.length) log(`not installed (skipped): ${missing.join(' ')}`);
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  log(`${files.length} .lua files, ${totalBytes} bytes, from ${PACKAGES.length - missing.length} packages`);

  const tools = Object.fromEntries(DIALECTS.map((d) => [d, opts.dialects.includes(d) ? banner(d) : ''])) as Record<DialectName, string>;
  const cache = loadCache(opts, tools);
  const official = await officialVerdicts(files, opts, cache);

  // Build every dialect's parser before timing (Chevrotain's grammar analysis runs once per parser).
  const warmT0 = performance.now();
  for (const d of opts.dialects) parse('', { dialect: d, chunkName: '=warmup', comments: false });
  const warmupMs = performance.now() - warmT0;

  const summaries: DialectSummary[] = [];
  const disagreements: Disagreement[] = [];
  for (const d of opts.dialects) {
    const s: DialectSummary = {
      dialect: d, files: files.length, officialAccepted: 0, officialRejected: 0,
      agreements: 0, disagreements: 0, lunaParseMs: 0, bytes: totalBytes,
    };
    for (const f of files) {
      const o = official.get(cacheKey(d, f))!;
      const t0 = performance.now();
      const l = lunaVerdict(f, d);
      s.lunaParseMs += performance.now() - t0;
      if (o.ok) s.officialAccepted++; else s.officialRejected++;
      if (same(o, l)) s.agreements++;
      else {
        s.disagreements++;
        disagreements.push({ file: f.path, pkg: f.pkg, dialect: d, official: o, luna: l });
      }
    }
    summaries.push(s);
  }
  const totalParseMs = summaries.reduce((t, s) => t + s.lunaParseMs, 0);

  if (opts.json) {
    process.stdout.write(`${JSON.stringify({
      date: new Date().toISOString(),
      tools,
      packages: PACKAGES.filter((p) => !missing.includes(p)),
      missingPackages: missing,
      files: files.length,
      bytes: totalBytes,
      filesPerPackage: perPackage(files),
      parserWarmupMs: Math.round(warmupMs),
      totalLunaParseMs: Math.round(totalParseMs),
      dialects: summaries.map((s) => ({ ...s, lunaParseMs: Math.round(s.lunaParseMs) })),
      disagreements,
    }, null, 2)}\n`);
  } else {
    const out: string[] = [];
    out.push(`Corpus: ${files.length} .lua files (${totalBytes} bytes) from ${PACKAGES.length - missing.length} Debian packages`);
    out.push('');
    const rows = [['dialect', 'files', 'official ok', 'official rejected', 'agree', 'disagree']];
    for (const s of summaries) {
      rows.push([s.dialect, `${s.files}`, `${s.officialAccepted}`, `${s.officialRejected}`, `${s.agreements}`, `${s.disagreements}`]);
    }
    out.push(table(rows));
    out.push('');
    out.push(`Files per package: ${Object.entries(perPackage(files)).map(([p, n]) => `${p} ${n}`).join(', ')}`);
    for (const s of summaries) {
      const ds = disagreements.filter((x) => x.dialect === s.dialect);
      if (ds.length === 0) continue;
      out.push('');
      out.push(`Disagreements in ${s.dialect} (${ds.length}):`);
      for (const x of ds.slice(0, LIST_CAP)) {
        out.push(`  ${x.file} [${x.pkg}]`);
        out.push(`    official: ${show(x.official)}`);
        out.push(`    luna:     ${show(x.luna)}`);
      }
      if (ds.length > LIST_CAP) out.push(`  ... and ${ds.length - LIST_CAP} more`);
    }
    out.push('');
    out.push(`Corpus size: ${totalBytes} bytes (${(totalBytes / 1048576).toFixed(2)} MiB) in ${files.length} files`);
    out.push(`Luna parse time (in-process, parsers prebuilt in ${warmupMs.toFixed(0)} ms):`);
    for (const s of summaries) {
      const mibs = s.lunaParseMs > 0 ? (totalBytes / 1048576) / (s.lunaParseMs / 1000) : 0;
      out.push(`  ${s.dialect}: ${s.lunaParseMs.toFixed(0)} ms (${mibs.toFixed(2)} MiB/s)`);
    }
    out.push(`  total: ${totalParseMs.toFixed(0)} ms`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return disagreements.length > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
});
