#!/usr/bin/env node
// Regenerates spec/fixtures/gc/expected.json: what the official interpreters print for
// every program of spec/fixtures/gc/cases/*.lua (checked by spec/runtime/gc.spec.ts).
//
// Usage (needs a build, for the dialect table in dist/):
//   node scripts/gen-gc-expected.mjs            regenerate the file
//   node scripts/gen-gc-expected.mjs --print RE run the cases whose name matches RE, print, write nothing
//
// A case runs in every dialect, unless its first lines say `-- feature: NAME` (only the
// dialects with that capability of src/dialect/features.ts) or `-- without: NAME`. Each run
// is `INTERP case.lua` in the cases directory, with LUA_INIT*/LUA_PATH*/LUA_CPATH* removed
// from the environment. Each case runs three times: the outputs must agree (the programs
// are written to be deterministic), or the script fails. stderr is normalised: the
// interpreter's program name at the start of a line becomes "lua:".
//
// File: { "cases": { NAME: { DIALECT: { "stdout", "stderr", "status" } } } }

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'spec', 'fixtures', 'gc');
const CASES = path.join(DIR, 'cases');
const INTERP = {
  '5.1': 'lua5.1',
  '5.2': 'lua5.2',
  '5.3': 'lua5.3',
  '5.4': 'lua5.4',
  '5.5': process.env.LUA55 || '/work/shared/ref/lua5.5',
};

const { DIALECT_NAMES, getDialect } = await import(pathToFileURL(path.join(ROOT, 'dist/src/dialect/index.js')).href);

function dialectsOf(src) {
  const feature = /^-- feature: (\w+)/m.exec(src)?.[1];
  const without = /^-- without: (\w+)/m.exec(src)?.[1];
  return DIALECT_NAMES.filter((d) => {
    const has = getDialect(d).has;
    if (feature && !has[feature]) return false;
    if (without && has[without]) return false;
    return true;
  });
}

function runOnce(file, dialect) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^LUA_(INIT|PATH|CPATH)/.test(k)) env[k] = v;
  const interp = INTERP[dialect];
  const r = spawnSync(interp, [path.basename(file)], { cwd: CASES, env, encoding: 'latin1', timeout: 60_000 });
  if (r.error) throw r.error;
  const prog = path.basename(interp);
  const stderr = r.stderr.split('\n').map((l) => (l.startsWith(`${prog}:`) ? `lua:${l.slice(prog.length + 1)}` : l)).join('\n');
  return { stdout: r.stdout, stderr, status: r.status ?? 128 };
}

function run(file, dialect) {
  const first = runOnce(file, dialect);
  for (let i = 0; i < 2; i++) {
    const again = runOnce(file, dialect);
    if (JSON.stringify(again) !== JSON.stringify(first)) {
      throw new Error(`${path.basename(file)} (${dialect}) is not deterministic:\n${JSON.stringify(first)}\n${JSON.stringify(again)}`);
    }
  }
  return first;
}

const args = process.argv.slice(2);
const printRe = args[0] === '--print' ? new RegExp(args[1] ?? '.') : null;
const names = fs.readdirSync(CASES).filter((f) => f.endsWith('.lua')).sort();
const out = { cases: {} };
for (const f of names) {
  const name = f.slice(0, -4);
  if (printRe && !printRe.test(name)) continue;
  const src = fs.readFileSync(path.join(CASES, f), 'latin1');
  const rec = {};
  for (const d of dialectsOf(src)) {
    rec[d] = run(path.join(CASES, f), d);
    if (printRe) process.stdout.write(`==== ${name} ${d} (status ${rec[d].status})\n${rec[d].stdout}${rec[d].stderr ? `---- stderr\n${rec[d].stderr}` : ''}`);
  }
  out.cases[name] = rec;
}
if (!printRe) {
  fs.writeFileSync(path.join(DIR, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
  process.stdout.write(`wrote ${path.relative(ROOT, path.join(DIR, 'expected.json'))}: ${names.length} cases\n`);
}
