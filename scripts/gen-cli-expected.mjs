#!/usr/bin/env node
// Regenerates spec/fixtures/cli/expected.json: what the official standalone interpreters
// print for every invocation of spec/fixtures/cli/cases.mjs.
//
// Usage (from anywhere; no build needed):
//   node scripts/gen-cli-expected.mjs              regenerate the file
//   node scripts/gen-cli-expected.mjs --print RE   run the cases whose name matches RE, print
//                                                  the outputs, write nothing
//
// Each case runs once per dialect (or per dialect of its `dialects`), as `lua ARGS...`
// with argv[0] = "lua" (so messages start with "lua: " and arg[-n] is "lua"), cwd = a
// fresh temporary directory holding the case's `files`, stdin = a pipe carrying the case's
// `stdin` (default empty), environment = the caller's minus LUA_INIT*/LUA_PATH*/LUA_CPATH*,
// plus LANG=C, LC_ALL=C and the case's `env`. Outputs are latin1 byte strings.
//
// The interpreters: lua5.1-lua5.4 from Debian are linked with GNU readline, and the 5.5
// reference loads libreadline.so when it finds it; with readline, piped input read by the
// REPL is echoed on stdout after the prompt. Luna's REPL reproduces that, so the generator
// refuses to record a REPL case whose input was not echoed (a build without readline).
//
// The terminal sessions of `ttyCases` run on a pseudo-terminal (util-linux `script`),
// driven by spec/fixtures/cli/pty-driver.mjs.
//
// Expected file: { "cases": { NAME: { DIALECT: { "stdout", "stderr", "status" } } },
//                  "tty": { NAME: { DIALECT: { "transcript", "status" } } } }.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ptyAvailable, runInPty } from '../spec/fixtures/cli/pty-driver.mjs';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const DIR = path.join(ROOT, 'spec/fixtures/cli');
const DIALECTS = ['5.1', '5.2', '5.3', '5.4', '5.5'];
const INTERP = {
  '5.1': 'lua5.1',
  '5.2': 'lua5.2',
  '5.3': 'lua5.3',
  '5.4': 'lua5.4',
  '5.5': process.env.LUA55 || '/work/shared/ref/lua5.5',
};

/** The caller's environment minus Lua's variables, in the C locale. */
function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^LUA_(INIT|PATH|CPATH)/.test(k)) env[k] = v;
  }
  return Object.assign(env, { LANG: 'C', LC_ALL: 'C' });
}

function run(c, dialect) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luna-cli-'));
  try {
    for (const [name, content] of Object.entries(c.files ?? {})) {
      const p = path.join(dir, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, Buffer.from(content, 'latin1'));
    }
    const env = Object.assign(cleanEnv(), c.env ?? {});
    const r = spawnSync(INTERP[dialect], c.args, {
      argv0: 'lua',
      cwd: dir,
      env,
      input: Buffer.from(c.stdin ?? '', 'latin1'),
      timeout: 30_000,
    });
    // EPIPE: the interpreter ended without reading all of its input (that is fine).
    if (r.error && r.error.code !== 'EPIPE') throw r.error;
    if (r.error && !r.stdout) throw r.error;
    if (r.status === null) throw new Error(`${c.name} ${dialect}: killed by ${r.signal}`);
    return { stdout: r.stdout.toString('latin1'), stderr: r.stderr.toString('latin1'), status: r.status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A terminal session of `ttyCases` (see spec/fixtures/cli/pty-driver.mjs). */
async function runTty(c, dialect) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luna-cli-'));
  try {
    for (const [name, content] of Object.entries(c.files ?? {})) fs.writeFileSync(path.join(dir, name), Buffer.from(content, 'latin1'));
    // exec -a: argv[0] "lua", as for the piped runs.
    const argv = ['bash', '-c', 'exec -a lua "$@"', 'bash', INTERP[dialect], ...c.args];
    return await runInPty(argv, { inputs: c.inputs, cwd: dir, env: cleanEnv(), end: c.end ?? true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const args = process.argv.slice(2);
  const printRe = args[0] === '--print' ? new RegExp(args[1] ?? '') : null;
  const mod = await import(pathToFileURL(path.join(DIR, 'cases.mjs')).href);
  const cases = mod.default;
  const names = new Set();
  const out = { cases: {} };
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`duplicate case name ${c.name}`);
    names.add(c.name);
    if (printRe && !printRe.test(c.name)) continue;
    const entry = {};
    for (const d of c.dialects ?? DIALECTS) {
      const r = run(c, d);
      const firstLine = (c.stdin ?? '').split('\n')[0];
      if (c.args.includes('-i') && firstLine !== '' && /(^|\n)> /.test(r.stdout) && !r.stdout.includes(`> ${firstLine}\n`)) {
        throw new Error(`${c.name} ${d}: the REPL did not echo its input (${INTERP[d]} without readline?)`);
      }
      entry[d] = r;
    }
    out.cases[c.name] = entry;
    if (printRe) {
      for (const [d, r] of Object.entries(entry)) {
        process.stdout.write(`--- ${c.name} ${d} [status ${r.status}]\n${r.stdout}${r.stderr ? `[stderr]\n${r.stderr}` : ''}`);
      }
    }
  }
  if (ptyAvailable()) {
    out.tty = {};
    for (const c of mod.ttyCases) {
      if (printRe && !printRe.test(c.name)) continue;
      const entry = {};
      for (const d of c.dialects ?? DIALECTS) entry[d] = await runTty(c, d);
      out.tty[c.name] = entry;
      if (printRe) {
        for (const [d, r] of Object.entries(entry)) process.stdout.write(`--- tty ${c.name} ${d} [status ${r.status}]\n${r.transcript}\n`);
      }
    }
  } else if (!printRe) throw new Error('no pseudo-terminal (util-linux script): cannot record the terminal sessions');
  if (!printRe) {
    fs.writeFileSync(path.join(DIR, 'expected.json'), JSON.stringify(out, null, 1) + '\n');
    const runs = Object.values(out.cases).reduce((n, e) => n + Object.keys(e).length, 0);
    process.stdout.write(`cli: ${Object.keys(out.cases).length} cases, ${runs} runs\n`);
  }
}

await main();
