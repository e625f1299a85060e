/**
 * Running the standalone interpreter for the CLI specs, the way
 * scripts/gen-cli-expected.mjs runs the official ones: `lua ARGS...` in a fresh temporary
 * directory holding the case's files, with the case's standard input (a pipe) and
 * environment (LUA_INIT*, LUA_PATH*, LUA_CPATH* removed; LANG=C, LC_ALL=C).
 *
 * Two drivers: in-process (runLuaCommand with a Console over strings: the code the `luna`
 * worker runs, fast enough for every dialect) and the real `luna` command as a child
 * process (luna.ts, its worker, its exit status and its stdin pipe).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nodeHost } from '../../src/api/vm.js';
import type { DialectName } from '../../src/dialect/index.js';
import { runLuaCommand, type Console } from '../../src/cli/lua-command.js';
import { ROOT } from '../support/paths.js';

export interface CliCase {
  name: string;
  args: string[];
  stdin?: string;
  env?: Record<string, string>;
  files?: Record<string, string>;
  dialects?: DialectName[];
  process?: boolean;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

export const LUNA = join(ROOT, 'dist', 'src', 'cli', 'luna.js');
export const LUNAKIT = join(ROOT, 'dist', 'src', 'cli', 'lunakit.js');

/** The environment of a run: the caller's without Lua's variables, plus C locale and `extra`. */
export function caseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^LUA_(INIT|PATH|CPATH)/.test(k) && k !== 'LUNA_DIALECT') env[k] = v;
  }
  return Object.assign(env, { LANG: 'C', LC_ALL: 'C' }, extra);
}

/** A fresh directory holding `files` (latin1 contents). */
export function makeCaseDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'luna-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, Buffer.from(content, 'latin1'));
  }
  return dir;
}

/**
 * Runs a case in this process: cwd and process.env (which the package and os libraries
 * read) are switched for the run and restored after it.
 */
export function runInProcess(c: CliCase, dialect: DialectName): Outcome {
  const dir = makeCaseDir(c.files);
  const cwd = process.cwd();
  const savedEnv = { ...process.env };
  const env = caseEnv(c.env);
  let stdin = c.stdin ?? '';
  let stdout = '';
  let stderr = '';
  const readStdin = (max: number): string => {
    const s = stdin.slice(0, Math.max(1, max));
    stdin = stdin.slice(s.length);
    return s;
  };
  const con: Console = {
    progname: 'lua',
    writeOut: (s) => (stdout += s),
    writeErr: (s) => (stderr += s),
    readStdin,
    stdinIsTTY: false,
    env,
    makeHost: (out, err) => {
      const host = nodeHost(out, err);
      return {
        ...host,
        readStdin: (max: number) => {
          out.flush();
          return readStdin(max);
        },
        readFile: (path: string) => {
          if (path !== '-') return host.readFile(path);
          const all = stdin;
          stdin = '';
          return all;
        },
      };
    },
  };
  try {
    for (const k of Object.keys(process.env)) if (!(k in env)) delete process.env[k];
    Object.assign(process.env, env);
    process.chdir(dir);
    const status = runLuaCommand(dialect, c.args, con);
    if (typeof status !== 'number') throw new Error('the REPL went asynchronous (terminal mode) in a piped run');
    return { stdout, stderr, status };
  } finally {
    process.chdir(cwd);
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SpawnOptions {
  cwd?: string;
  env?: Record<string, string>;
  stdin?: string;
  timeoutMs?: number;
}

/** Runs a command with a piped stdin; resolves with its outputs (latin1) and exit status. */
export function spawnCollect(cmd: string, args: string[], o: SpawnOptions = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: o.cwd, env: o.env ?? caseEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => p.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    p.on('error', reject);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === null) reject(new Error(`${cmd} ${args.join(' ')}: killed by ${signal}`));
      else resolve({ stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1'), status: code });
    });
    p.stdin.on('error', () => undefined); // the program may exit before reading everything
    p.stdin.end(Buffer.from(o.stdin ?? '', 'latin1'));
  });
}

/**
 * Runs a case through the real `luna` command. Its messages say "luna" where lua.c says
 * argv[0] ("lua" in the recordings): the program name is mapped back to "lua".
 */
export async function runLunaProcess(c: CliCase, dialect: DialectName): Promise<Outcome> {
  const dir = makeCaseDir(c.files);
  try {
    const r = await spawnCollect(process.execPath, [LUNA, '--dialect', dialect, ...c.args], { cwd: dir, env: caseEnv(c.env), stdin: c.stdin ?? '' });
    const unname = (s: string): string => s.replace(/\bluna\b/g, 'lua');
    return { stdout: unname(r.stdout), stderr: unname(r.stderr), status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs async jobs with at most `width` at a time, results in order. */
export async function inPool<T, R>(items: T[], width: number, job: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
