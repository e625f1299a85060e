#!/usr/bin/env node
// Regenerates spec/fixtures/<lib>/expected.json for every library of the differential
// stdlib specs (spec/stdlib/*.spec.ts): what the official interpreters print for every
// snippet of spec/fixtures/<lib>/cases.mjs. Also regenerates
// spec/fixtures/library-keys/expected.json: the keys of every library table per dialect,
// as spec/fixtures/library-keys/list.lua prints them.
//
// Usage (from anywhere; needs a build, for the dialect table in dist/):
//   node scripts/gen-stdlib-expected.mjs [LIB...]       regenerate the files of LIB (default:
//                                                       every library and the key listing)
//   node scripts/gen-stdlib-expected.mjs --print RE     run cases whose "lib/name" matches
//                                                       RE, print the outputs, write nothing
//   node scripts/gen-stdlib-expected.mjs --count        print the number of checks (output
//                                                       lines of every case in every dialect)
//                                                       per library, from the expected files
//
// Each case runs once per dialect it applies to (its `feature`/`without` capability, read
// from src/dialect through dist/), as `INTERP case.lua` with cwd = a fresh temporary
// directory holding the case's `files`, stdin = the case's `stdin` (default empty),
// environment = the caller's minus LUA_INIT*/LUA_PATH*/LUA_CPATH*, plus LANG=C, LC_ALL=C and
// the case's `env`. Output is read as latin1 byte strings. stderr is normalised: the
// interpreter's program-name prefix at the start of a line becomes "lua: ".
//
// Expected file: { "cases": { NAME: { DIALECT: { "stdout", "stderr", "status" } } } }.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const LIBS = ['base', 'string', 'table', 'math', 'utf8', 'os', 'io', 'coroutine', 'debug', 'package', 'bit32'];
const INTERP = {
  '5.1': 'lua5.1',
  '5.2': 'lua5.2',
  '5.3': 'lua5.3',
  '5.4': 'lua5.4',
  '5.5': process.env.LUA55 || '/work/shared/ref/lua5.5',
};

const { DIALECT_NAMES, getDialect } = await import(pathToFileURL(path.join(ROOT, 'dist/src/dialect/index.js')).href);

/** The dialects a case applies to. */
export function dialectsOf(c) {
  return DIALECT_NAMES.filter((d) => {
    const has = getDialect(d).has;
    if (c.feature && !has[c.feature]) return false;
    if (c.without && has[c.without]) return false;
    return true;
  });
}

function run(c, dialect) {
  return runIn(c, dialect, []);
}

function runIn(c, dialect, args) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luna-iopkg-'));
  try {
    for (const [name, content] of Object.entries(c.files ?? {})) {
      const p = path.join(dir, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, Buffer.from(content, 'latin1'));
    }
    fs.writeFileSync(path.join(dir, 'case.lua'), Buffer.from(c.code, 'latin1'));
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!/^LUA_(INIT|PATH|CPATH)/.test(k)) env[k] = v;
    }
    Object.assign(env, { LANG: 'C', LC_ALL: 'C' }, c.env ?? {});
    const r = spawnSync(INTERP[dialect], ['case.lua', ...args], {
      cwd: dir,
      env,
      input: Buffer.from(c.stdin ?? '', 'latin1'),
      timeout: 30_000,
    });
    if (r.error) throw r.error;
    if (r.status === null) throw new Error(`${c.name} ${dialect}: killed by ${r.signal}`);
    const prog = INTERP[dialect].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const stderr = r.stderr.toString('latin1').replace(new RegExp(`^(${prog}|lua): `, 'gm'), 'lua: ');
    return { stdout: r.stdout.toString('latin1'), stderr, status: r.status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines of output of every case in every dialect, per library: the number of checks. */
function count() {
  let total = 0;
  for (const lib of LIBS) {
    const file = path.join(ROOT, 'spec/fixtures', lib, 'expected.json');
    if (!fs.existsSync(file)) continue;
    const cases = JSON.parse(fs.readFileSync(file, 'utf8')).cases;
    let runs = 0;
    let lines = 0;
    for (const entry of Object.values(cases)) {
      for (const r of Object.values(entry)) {
        runs++;
        lines += r.stdout.split('\n').length - 1 + (r.status === 0 ? 0 : 1);
      }
    }
    total += lines;
    process.stdout.write(`${lib}: ${Object.keys(cases).length} cases, ${runs} runs, ${lines} checks\n`);
  }
  process.stdout.write(`total: ${total} checks\n`);
}

/** The keys of the library tables per dialect, as list.lua prints them ("lib key" lines). */
function listKeys() {
  const dir = path.join(ROOT, 'spec/fixtures/library-keys');
  const code = fs.readFileSync(path.join(dir, 'list.lua'), 'latin1');
  const out = {};
  for (const d of Object.keys(INTERP)) {
    const r = runIn({ name: 'library-keys', code }, d, []);
    if (r.status !== 0) throw new Error(`list.lua failed in ${d}: ${r.stderr}`);
    const libs = {};
    for (const line of r.stdout.split('\n')) {
      if (!line) continue;
      const [lib, key] = line.split(' ');
      (libs[lib] ??= []).push(key);
    }
    out[d] = libs;
  }
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
  process.stdout.write(`library-keys: ${Object.keys(out).length} dialects\n`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--count') return count();
  const printRe = args[0] === '--print' ? new RegExp(args[1] ?? '') : null;
  const only = printRe ? [] : args;
  for (const bad of only.filter((a) => a !== 'library-keys' && !LIBS.includes(a))) throw new Error(`unknown library ${bad}`);
  if (!printRe && (only.length === 0 || only.includes('library-keys'))) listKeys();
  for (const lib of LIBS) {
    if (only.length > 0 && !only.includes(lib)) continue;
    const dir = path.join(ROOT, 'spec/fixtures', lib);
    if (!fs.existsSync(path.join(dir, 'cases.mjs'))) continue;
    const cases = (await import(pathToFileURL(path.join(dir, 'cases.mjs')).href)).default;
    const names = new Set();
    const out = { cases: {} };
    for (const c of cases) {
      if (names.has(c.name)) throw new Error(`duplicate case name ${c.name}`);
      names.add(c.name);
      if (printRe && !printRe.test(`${lib}/${c.name}`)) continue;
      const entry = {};
      for (const d of dialectsOf(c)) entry[d] = run(c, d);
      out.cases[c.name] = entry;
      if (printRe) {
        for (const [d, r] of Object.entries(entry)) {
          process.stdout.write(`--- ${lib}/${c.name} ${d} [status ${r.status}]\n${r.stdout}${r.stderr ? `[stderr]\n${r.stderr}` : ''}`);
        }
      } else if (Object.values(entry).some((r) => r.status !== 0)) {
        process.stderr.write(`note: ${lib}/${c.name} exits non-zero in some dialect\n`);
      }
    }
    if (!printRe) {
      fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
      process.stdout.write(`${lib}: ${Object.keys(out.cases).length} cases, ${Object.values(out.cases).reduce((n, e) => n + Object.keys(e).length, 0)} runs\n`);
    }
  }
}

await main();
