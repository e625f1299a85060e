#!/usr/bin/env node
// Regenerates conformance/expected/<area>/<name>.json: what the official Lua
// interpreters print for every runtime case conformance/cases/<area>/<name>.lua.
//
// Usage (from anywhere):
//   node scripts/gen-conformance-expected.mjs            run every case, rewrite all
//                                                        expected files, drop stale ones
//   node scripts/gen-conformance-expected.mjs FILTER     only cases whose "area/name"
//                                                        matches the regexp FILTER
//   node scripts/gen-conformance-expected.mjs --check [FILTER]
//                                                        run, compare with the committed
//                                                        files, write nothing; exit 1 on
//                                                        any difference
//
// Case metadata (first lines of the .lua file):
//   -- dialects: 5.1 5.2 5.3 5.4 5.5     required, the dialects the case applies to
//   -- timeout: N                        optional, seconds (default 10)
//
// Each case runs once per listed dialect with cwd = the case's directory, argv =
// [file name], stdin = /dev/null, LANG=C LC_ALL=C and no LUA_INIT*/LUA_PATH*/LUA_CPATH*
// variables. Output is read as latin1 "byte strings" (char code = byte).
//
// Normalisation of stderr (stdout is recorded verbatim):
//   - the interpreter's program-name prefix at the start of a line
//     ("lua5.1: ", "/work/shared/ref/lua5.5: ", "lua: ") becomes "lua: "
//   - any other occurrence of the interpreter's path/name followed by ":" becomes "lua:"
//   - traceback lines for the host C entry point ("\t[C]: ?" in 5.1, "\t[C]: in ?"
//     later) are kept, written uniformly as "\t[C]: in ?"
//
// Expected file: { "5.1": { "stdout", "stderr", "status" }, ... } in dialect order,
// JSON with 1-space indent. status is the exit code; a run killed by a signal or
// the timeout is recorded as status null with "signal": NAME / "timeout": true and
// is reported in the summary (such cases must be fixed).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const CASES = path.join(ROOT, 'conformance/cases');
const EXPECTED = path.join(ROOT, 'conformance/expected');
const DIALECTS = ['5.1', '5.2', '5.3', '5.4', '5.5'];
const INTERP = {
  '5.1': 'lua5.1',
  '5.2': 'lua5.2',
  '5.3': 'lua5.3',
  '5.4': 'lua5.4',
  '5.5': process.env.LUA55 || '/work/shared/ref/lua5.5',
};
const AREAS = [
  'lexer', 'syntax', 'numbers', 'strings', 'tables', 'metatables', 'closures', 'varargs',
  'goto', 'control', 'coroutines', 'errors', 'gc', 'stdlib-base', 'stdlib-string',
  'stdlib-table', 'stdlib-math', 'stdlib-utf8', 'stdlib-os', 'stdlib-io', 'stdlib-debug',
  'stdlib-package', 'compat51', 'compat52', 'v54', 'v55',
];
const DEFAULT_TIMEOUT = 10;
const JOBS = 2;

function parseMeta(src, file) {
  const lines = src.split('\n');
  const m = /^-- dialects:((?:\s+5\.[1-5])+)\s*$/.exec(lines[0] ?? '');
  if (!m) throw new Error(`${file}: first line must be "-- dialects: 5.x ..."`);
  const dialects = m[1].trim().split(/\s+/);
  for (const d of dialects) if (!DIALECTS.includes(d)) throw new Error(`${file}: bad dialect ${d}`);
  const sorted = DIALECTS.filter((d) => dialects.includes(d));
  let timeout = DEFAULT_TIMEOUT;
  const t = /^-- timeout:\s*(\d+)\s*$/.exec(lines[1] ?? '');
  if (t) timeout = Number(t[1]);
  return { dialects: sorted, timeout };
}

function listCases(filter) {
  const out = [];
  for (const area of fs.readdirSync(CASES).sort()) {
    const dir = path.join(CASES, area);
    if (!fs.statSync(dir).isDirectory()) continue;
    if (!AREAS.includes(area)) throw new Error(`unknown area directory: ${area}`);
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.lua')) continue;
      const id = `${area}/${f.slice(0, -4)}`;
      if (filter && !filter.test(id)) continue;
      const src = fs.readFileSync(path.join(dir, f), 'latin1');
      out.push({ id, area, dir, file: f, ...parseMeta(src, id) });
    }
  }
  return out;
}

function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^LUA_(INIT|PATH|CPATH)/.test(k)) continue;
    env[k] = v;
  }
  env.LANG = 'C';
  env.LC_ALL = 'C';
  return env;
}
const ENV = cleanEnv();

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normaliseStderr(text, dialect) {
  const prog = INTERP[dialect];
  const names = [...new Set([prog, path.basename(prog), 'lua'])].sort((a, b) => b.length - a.length);
  let s = text;
  const prefix = new RegExp(`^(?:${names.map(escapeRe).join('|')}): `, 'gm');
  s = s.replace(prefix, 'lua: ');
  if (prog.includes('/')) s = s.split(prog + ':').join('lua:');
  s = s.replace(/^\t\[C\]: (?:in )?\?$/gm, '\t[C]: in ?');
  return s;
}

function runOne(c, dialect) {
  return new Promise((resolve) => {
    const child = spawn(INTERP[dialect], [c.file], {
      cwd: c.dir,
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, c.timeout * 1000);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: String(e), status: null, spawnError: true });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const r = {
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: normaliseStderr(Buffer.concat(err).toString('latin1'), dialect),
        status: code,
      };
      if (timedOut) r.timeout = true;
      else if (signal) r.signal = signal;
      resolve(r);
    });
  });
}

async function runAll(cases) {
  const jobs = [];
  for (const c of cases) for (const d of c.dialects) jobs.push({ c, d });
  const results = new Map();
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const j = jobs[next++];
      const r = await runOne(j.c, j.d);
      results.set(`${j.c.id}\0${j.d}`, r);
    }
  }
  await Promise.all(Array.from({ length: JOBS }, worker));
  return results;
}

function render(c, results) {
  const obj = {};
  for (const d of c.dialects) obj[d] = results.get(`${c.id}\0${d}`);
  return JSON.stringify(obj, null, 1) + '\n';
}

async function main() {
  const args = process.argv.slice(2);
  const check = args[0] === '--check';
  if (check) args.shift();
  const filter = args[0] ? new RegExp(args[0]) : null;
  const cases = listCases(filter);
  const results = await runAll(cases);

  const problems = [];
  const perArea = new Map();
  const perDialect = Object.fromEntries(DIALECTS.map((d) => [d, 0]));
  const nonZero = Object.fromEntries(DIALECTS.map((d) => [d, 0]));
  let differ = 0;
  const written = new Set();
  for (const c of cases) {
    perArea.set(c.area, (perArea.get(c.area) ?? 0) + 1);
    for (const d of c.dialects) {
      perDialect[d]++;
      const r = results.get(`${c.id}\0${d}`);
      if (r.status !== 0) nonZero[d]++;
      if (r.timeout) problems.push(`${c.id} [${d}]: timed out after ${c.timeout}s`);
      else if (r.signal) problems.push(`${c.id} [${d}]: killed by ${r.signal}`);
      else if (r.spawnError) problems.push(`${c.id} [${d}]: cannot run ${INTERP[d]}: ${r.stderr}`);
    }
    const file = path.join(EXPECTED, `${c.id}.json`);
    const text = render(c, results);
    written.add(file);
    if (check) {
      const old = fs.existsSync(file) ? fs.readFileSync(file, 'latin1') : null;
      if (old !== text) {
        differ++;
        console.log(`differs: ${c.id}`);
      }
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text, 'latin1');
    }
  }
  if (!filter && !check && fs.existsSync(EXPECTED)) {
    for (const area of fs.readdirSync(EXPECTED)) {
      const dir = path.join(EXPECTED, area);
      for (const f of fs.readdirSync(dir)) {
        const p = path.join(dir, f);
        if (!written.has(p)) {
          fs.unlinkSync(p);
          console.log(`removed stale ${area}/${f}`);
        }
      }
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    }
  }

  console.log(`cases: ${cases.length}`);
  for (const a of AREAS) if (perArea.has(a)) console.log(`  ${a.padEnd(16)} ${perArea.get(a)}`);
  let pairs = 0;
  for (const d of DIALECTS) {
    pairs += perDialect[d];
    console.log(`dialect ${d}: ${perDialect[d]} cases (${nonZero[d]} with non-zero exit)`);
  }
  console.log(`(case, dialect) pairs: ${pairs}`);
  if (check) console.log(`${differ} expected file(s) differ`);
  if (problems.length) {
    console.log(`PROBLEMS (${problems.length}):`);
    for (const p of problems) console.log(`  ${p}`);
  }
  if (problems.length || differ) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
