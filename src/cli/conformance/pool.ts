/**
 * Running conformance cases in parallel: a pool of runner processes (child.ts) for Luna,
 * or one process per run of any other command (differential mode against another Lua).
 *
 * Invariant: every run ends with a result, whatever the case does: a run over its time
 * limit kills its process (a fresh runner replaces it) and is reported as a timeout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '../../dialect/index.js';
import { normaliseStderr, type ConformanceCase, type RunOutput } from './suite.js';

/** One run: `lua ARGS...` in directory `dir` under a dialect, with a time limit. */
export interface RunRequest {
  dir: string;
  args: string[];
  dialect: DialectName;
  timeoutSec: number;
}

export interface Runner {
  run(req: RunRequest): Promise<RunOutput>;
  close(): void;
}

/** The run of a suite case: `lua FILE` in its directory. */
export function caseRequest(c: ConformanceCase, dialect: DialectName): RunRequest {
  return { dir: c.dir, args: [c.file], dialect, timeoutSec: c.timeoutSec };
}

interface Pending {
  resolve: (r: RunOutput) => void;
  timer: NodeJS.Timeout;
}

/** One runner process and its pending job. */
class LunaProcess {
  private proc: ChildProcess;
  private pending: Pending | null = null;
  private nextId = 1;

  constructor() {
    this.proc = this.spawn();
  }

  private spawn(): ChildProcess {
    const script = fileURLToPath(new URL('./child.js', import.meta.url));
    const proc = spawn(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    proc.on('message', (msg) => {
      const r = msg as RunOutput & { id: number };
      const p = this.pending;
      if (!p) return;
      this.pending = null;
      clearTimeout(p.timer);
      p.resolve({ stdout: r.stdout, stderr: normaliseStderr(r.stderr, 'lua'), status: r.status });
    });
    proc.on('exit', () => {
      const p = this.pending;
      if (p && this.proc === proc) {
        this.pending = null;
        clearTimeout(p.timer);
        p.resolve({ stdout: '', stderr: 'runner process died\n', status: null, signal: 'died' });
        this.proc = this.spawn();
      }
    });
    return proc;
  }

  run(req: RunRequest): Promise<RunOutput> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        const old = this.proc;
        this.proc = this.spawn();
        old.kill('SIGKILL');
        resolve({ stdout: '', stderr: '', status: null, timeout: true });
      }, req.timeoutSec * 1000);
      this.pending = { resolve, timer };
      this.proc.send({ id: this.nextId++, dir: req.dir, args: req.args, dialect: req.dialect });
    });
  }

  close(): void {
    this.proc.disconnect();
  }
}

/** A pool of `size` Luna runner processes. */
export class LunaPool implements Runner {
  private readonly procs: LunaProcess[];
  private readonly idle: LunaProcess[];
  private readonly waiting: ((p: LunaProcess) => void)[] = [];

  constructor(size: number) {
    this.procs = Array.from({ length: size }, () => new LunaProcess());
    this.idle = [...this.procs];
  }

  private acquire(): Promise<LunaProcess> {
    const p = this.idle.pop();
    if (p) return Promise.resolve(p);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(p: LunaProcess): void {
    const w = this.waiting.shift();
    if (w) w(p);
    else this.idle.push(p);
  }

  async run(req: RunRequest): Promise<RunOutput> {
    const p = await this.acquire();
    try {
      return await p.run(req);
    } finally {
      this.release(p);
    }
  }

  close(): void {
    for (const p of this.procs) p.close();
  }
}

/**
 * Runs another Lua command (`CMD FILE` in the case's directory, stdin empty), e.g. an
 * official interpreter or another implementation, `size` runs at a time.
 */
export class CommandRunner implements Runner {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly command: string[], private readonly size: number) {}

  async run(req: RunRequest): Promise<RunOutput> {
    if (this.active >= this.size) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await this.spawnOnce(req);
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private spawnOnce(req: RunRequest): Promise<RunOutput> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^LUA_(INIT|PATH|CPATH)/.test(k)) env[k] = v;
    env.LANG = 'C';
    env.LC_ALL = 'C';
    const [cmd, ...pre] = this.command;
    return new Promise((resolve) => {
      const proc = spawn(cmd!, [...pre, ...req.args], { cwd: req.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      proc.stdout.on('data', (b: Buffer) => out.push(b));
      proc.stderr.on('data', (b: Buffer) => err.push(b));
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        proc.kill('SIGKILL');
      }, req.timeoutSec * 1000);
      proc.on('error', (e) => {
        clearTimeout(timer);
        resolve({ stdout: '', stderr: `cannot run ${cmd}: ${e.message}\n`, status: null, signal: 'spawn' });
      });
      proc.on('close', (code, signal) => {
        clearTimeout(timer);
        const progname = cmd!;
        resolve({
          stdout: Buffer.concat(out).toString('latin1'),
          stderr: normaliseStderr(Buffer.concat(err).toString('latin1'), progname),
          status: timedOut ? null : code,
          ...(timedOut ? { timeout: true } : {}),
          ...(signal && !timedOut ? { signal } : {}),
        });
      });
    });
  }

  close(): void {}
}
