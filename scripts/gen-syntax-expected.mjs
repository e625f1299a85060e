#!/usr/bin/env node
// Regenerates spec/fixtures/syntax/expected.json: the verdict of the official
// Lua compilers (5.1–5.4 via `luac5.X -p`, 5.5 via the reference interpreter's
// `loadfile`) for every snippet of spec/fixtures/syntax/cases.mjs.
//
// Usage (from the repo root):
//   node scripts/gen-syntax-expected.mjs            regenerate expected.json
//   node scripts/gen-syntax-expected.mjs --print RE run only cases whose name
//                                                   matches RE, print, write nothing
//   node scripts/gen-syntax-expected.mjs --summary  summarise the committed file
//
// Sources and messages are "byte strings": JS strings whose char codes 0–255
// stand for bytes (latin1). Each snippet is written to a temporary directory as
// `input.lua` and compiled from inside that directory, so every message reads
// "input.lua:LINE: ...". The `luac5.X: ` program prefix is stripped; a message
// keeps only its first line when a traceback follows it.
//
// Exit-status sanity: luac must exit 0 with empty stderr when it accepts and 1
// with a message when it rejects; the 5.5 checker must exit 0. Any other outcome
// (timeout, signal, other status) is recorded in the case entry as
// `{ "ok": false, "anomaly": "..." , ... }` and reported on stderr.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const CASES = path.join(ROOT, 'spec/fixtures/syntax/cases.mjs');
const OUT = path.join(ROOT, 'spec/fixtures/syntax/expected.json');
const LUA55 = process.env.LUA55 || '/work/shared/ref/lua5.5';
const DIALECTS = ['5.1', '5.2', '5.3', '5.4', '5.5'];
const TIMEOUT_MS = 60_000;
const AREAS = new Set([
  'lexer-names', 'lexer-keywords', 'lexer-numbers', 'lexer-strings', 'lexer-long-brackets',
  'lexer-comments', 'lexer-misc', 'syntax-statements', 'syntax-expressions', 'syntax-operators',
  'syntax-tables', 'syntax-functions', 'syntax-calls', 'syntax-assignment', 'goto-labels',
  'attribs', 'global-decl', 'vararg', 'limits', 'errors-misc',
]);

const CHECK55 = [
  'local ok, f, err = pcall(loadfile, arg[1])',
  'if not ok then print(f) elseif not f then print(err) end',
  '',
].join('\n');

function command(dialect) {
  if (dialect === '5.5') return [LUA55, ['check55.lua', 'input.lua']];
  return [`luac${dialect}`, ['-p', 'input.lua']];
}

/** Turn raw tool output into the recorded message (latin1 byte string). */
function cleanMessage(raw, dialect) {
  let msg = raw;
  if (dialect !== '5.5') msg = msg.replace(/^luac[0-9.]*: /, '');
  const tb = msg.indexOf('\nstack traceback:');
  if (tb >= 0) msg = msg.slice(0, msg.indexOf('\n'));
  if (msg.endsWith('\n')) msg = msg.slice(0, -1);
  return msg;
}

function runOne(dir, dialect, source) {
  fs.writeFileSync(path.join(dir, 'input.lua'), Buffer.from(source, 'latin1'));
  const [cmd, args] = command(dialect);
  const r = spawnSync(cmd, args, { cwd: dir, timeout: TIMEOUT_MS, maxBuffer: 64 << 20 });
  if (r.error && r.error.code !== 'ETIMEDOUT') throw r.error;
  const stdout = r.stdout ? r.stdout.toString('latin1') : '';
  const stderr = r.stderr ? r.stderr.toString('latin1') : '';
  if (dialect === '5.5') {
    if (r.status === 0 && stderr === '') {
      return stdout === '' ? { ok: true } : { ok: false, message: cleanMessage(stdout, dialect) };
    }
  } else if (r.status === 0 && stderr === '' && stdout === '') {
    return { ok: true };
  } else if (r.status === 1 && stderr !== '' && stdout === '') {
    return { ok: false, message: cleanMessage(stderr, dialect) };
  }
  const anomaly = r.error ? 'timeout' : r.signal ? `signal ${r.signal}` : `exit status ${r.status}`;
  const out = (stderr || stdout).split('\n')[0];
  return { ok: false, anomaly, message: cleanMessage(out, dialect) };
}

function runCases(cases) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luna-syntax-'));
  try {
    fs.writeFileSync(path.join(dir, 'check55.lua'), CHECK55);
    return cases.map(({ name, source }) => {
      const res = {};
      for (const d of DIALECTS) res[d] = runOne(dir, d, source);
      return [name, res];
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (!isMainThread) {
  parentPort.postMessage(runCases(workerData.cases));
} else {
  await main();
}

function validate(cases) {
  const seen = new Set();
  for (const c of cases) {
    const where = JSON.stringify(c && c.name);
    if (!c || typeof c.name !== 'string' || typeof c.area !== 'string' || typeof c.source !== 'string') {
      throw new Error(`malformed case ${where}`);
    }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.name)) throw new Error(`name not kebab-case: ${where}`);
    if (seen.has(c.name)) throw new Error(`duplicate case name ${where}`);
    seen.add(c.name);
    if (!AREAS.has(c.area)) throw new Error(`unknown area ${JSON.stringify(c.area)} in ${where}`);
    for (let i = 0; i < c.source.length; i++) {
      if (c.source.charCodeAt(i) > 255) throw new Error(`non-byte char in ${where} at ${i}`);
    }
  }
}

function banner(dialect) {
  const [cmd] = command(dialect);
  const r = spawnSync(cmd, ['-v'], { timeout: TIMEOUT_MS });
  if (r.error) throw r.error;
  return (r.stdout.toString('latin1') + r.stderr.toString('latin1')).trim().split('\n')[0];
}

async function runParallel(cases) {
  const n = Math.max(1, Math.min(cases.length, (os.availableParallelism?.() ?? os.cpus().length)));
  // Interleave so that the few huge cases are spread over the workers.
  const slices = Array.from({ length: n }, () => []);
  cases.forEach((c, i) => slices[i % n].push({ name: c.name, source: c.source }));
  const parts = await Promise.all(slices.map((slice) => new Promise((resolve, reject) => {
    const w = new Worker(SCRIPT, { workerData: { cases: slice } });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => { if (code !== 0) reject(new Error(`worker exited ${code}`)); });
  })));
  const byName = new Map(parts.flat());
  return cases.map((c) => [c.name, byName.get(c.name)]);
}

/** Normalise a message so that messages differing only in lines/tokens/names coincide. */
export function normalise(msg) {
  const keep = new Set(['and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function',
    'goto', 'if', 'in', 'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true',
    'until', 'while', '<eof>', '<name>', '<string>', '<number>', '<integer>']);
  return msg
    .replace(/^input\.lua:\d+:/, 'input.lua:N:')
    .replace(/ near (?:'[^]*'|<eof>|'?<\\?\d+>'?|char\(\d+\))$/, ' near TOKEN')
    .replace(/<goto [A-Za-z_][A-Za-z0-9_]*>/, '<goto ID>')
    .replace(/'([^'\n]*)'/g, (m, s) => (keep.has(s) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? m : "'ID'"))
    .replace(/\d+/g, 'N');
}

function summarise(expected, out = console.log) {
  const names = Object.keys(expected.cases);
  out(`${names.length} cases`);
  const all = new Map();
  for (const d of DIALECTS) {
    let ok = 0; let bad = 0; const anomalies = [];
    for (const n of names) {
      const r = expected.cases[n][d];
      if (r.ok) ok++; else bad++;
      if (r.anomaly) anomalies.push(`${n}: ${r.anomaly}`);
      if (!r.ok) {
        const k = normalise(r.message);
        if (!all.has(k)) all.set(k, new Set());
        all.get(k).add(d);
      }
    }
    out(`${d}: accepted ${ok}, rejected ${bad}${anomalies.length ? `, anomalies: ${anomalies.join('; ')}` : ''}`);
  }
  out(`${all.size} distinct normalised messages:`);
  for (const [k, ds] of [...all].sort((a, b) => a[0].localeCompare(b[0]))) {
    out(`  [${[...ds].join(',')}] ${JSON.stringify(k).slice(1, -1)}`);
  }
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--summary') {
    summarise(JSON.parse(fs.readFileSync(OUT, 'utf8')));
    return;
  }
  const { default: cases } = await import(pathToFileURL(CASES).href);
  validate(cases);
  if (argv[0] === '--print') {
    const re = new RegExp(argv[1] ?? '');
    const sel = cases.filter((c) => re.test(c.name));
    for (const [name, res] of await runParallel(sel)) {
      console.log(name);
      for (const d of DIALECTS) {
        const r = res[d];
        console.log(`  ${d}: ${r.ok ? 'ok' : JSON.stringify(r.message)}${r.anomaly ? ` (${r.anomaly})` : ''}`);
      }
    }
    return;
  }
  const versions = {};
  for (const d of DIALECTS) versions[d] = banner(d);
  const t0 = Date.now();
  const results = await runParallel(cases);
  const expected = {
    generatedBy: 'node scripts/gen-syntax-expected.mjs (luac5.X -p input.lua for 5.1-5.4; '
      + 'lua5.5 check55.lua input.lua using loadfile for 5.5; messages are latin1 byte strings)',
    versions,
    cases: Object.fromEntries(results),
  };
  fs.writeFileSync(OUT, `${JSON.stringify(expected, null, 1)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  summarise(expected);
  const anomalies = results.flatMap(([n, r]) => DIALECTS.filter((d) => r[d].anomaly).map((d) => `${n} ${d}`));
  if (anomalies.length) console.error(`WARNING: exit-status anomalies: ${anomalies.join(', ')}`);
}
