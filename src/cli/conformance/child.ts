/**
 * A conformance runner process: runs cases one at a time, in-process, as `lua FILE` would
 * in the case's directory (stdin empty, no LUA_INIT), and answers with what it printed.
 * Protocol: jobs ({id, dir, args, dialect}) and results ({id, stdout, stderr, status}) are
 * IPC messages, so nothing a case writes to the real stdout can disturb them.
 *
 * Invariant: the Lua code runs on a worker thread with a large stack (deep recursion as in
 * the CLI); this process only changes directory (workers cannot) and relays messages.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { nodeHost } from '../../api/vm.js';
import type { DialectName } from '../../dialect/index.js';
import { runLuaCommand, type Console } from '../lua-command.js';

interface Job {
  id: number;
  dir: string;
  args: string[];
  dialect: DialectName;
}

const ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^LUA_(INIT|PATH|CPATH)/.test(k)),
) as Record<string, string>;

async function runInWorker(job: Job): Promise<{ stdout: string; stderr: string; status: number }> {
  let out = '';
  let err = '';
  const con: Console = {
    progname: 'lua',
    writeOut: (s) => (out += s),
    writeErr: (s) => (err += s),
    readStdin: () => '',
    stdinIsTTY: false,
    env: { ...ENV, LANG: 'C', LC_ALL: 'C' },
    makeHost: nodeHost,
  };
  let status: number;
  try {
    status = await runLuaCommand(job.dialect, job.args, con);
  } catch (e) {
    err += `luna internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
    status = 70;
  }
  return { stdout: out, stderr: err, status };
}

if (!isMainThread) {
  parentPort!.on('message', (job: Job) => {
    void runInWorker(job).then((r) => parentPort!.postMessage({ id: job.id, ...r }));
  });
} else {
  const worker = new Worker(new URL(import.meta.url), { resourceLimits: { stackSizeMb: 256 }, stdout: false, stderr: false });
  worker.on('message', (r: { id: number }) => {
    process.send!(r);
  });
  worker.on('error', (e) => {
    process.stderr.write(`worker error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(70);
  });
  process.on('message', (job: Job) => {
    process.chdir(job.dir);
    worker.postMessage(job);
  });
  process.on('disconnect', () => void worker.terminate());
}
