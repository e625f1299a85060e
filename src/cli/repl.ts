/**
 * The interactive loop of the standalone interpreter (lua.c's doREPL): prompts, statements
 * continued over several lines while the parser stops at <eof>, "=expr" and automatic
 * "return" per version, results printed with the global print, errors reported without
 * leaving the loop.
 *
 * Invariant: the loop itself is a state machine fed one line at a time (Repl.feed), so the
 * same logic serves the synchronous driver (input not a terminal: prompts and echoed
 * input on stdout, byte for byte as the official build with readline) and the terminal
 * driver (node:readline: line editing and history).
 */
import type { Interface } from 'node:readline';
import { readline } from '../stdlib/host-modules.js';
import { LuaSyntaxError } from '../../grammar/errors.js';
import type { BufferedOutput, LuaVM } from '../api/vm.js';
import { LuaError, LuaHalt } from '../runtime/errors.js';
import { tostring } from '../runtime/ops.js';
import type { LuaValue } from '../runtime/value.js';
import { uncaughtErrorText, type Console } from './lua-command.js';

export class Repl {
  private pending: string | null = null;

  constructor(
    private readonly vm: LuaVM,
    /** Writes an error report line (stderr, no program name). */
    private readonly report: (s: string) => void,
  ) {}

  /** The prompt for the next line: _PROMPT / _PROMPT2 when set. */
  prompt(): string {
    const first = this.pending === null;
    const v = this.vm.globals.getStr(first ? '_PROMPT' : '_PROMPT2');
    if (v === undefined) return first ? '> ' : '>> ';
    try {
      return tostring(this.vm.rt, v);
    } catch {
      return first ? '> ' : '>> ';
    }
  }

  /** Handles one input line (null: end of input). Returns false when the loop ends. */
  feed(line: string | null): boolean {
    const cli = this.vm.rt.dialect.cli;
    if (this.pending === null) {
      if (line === null) return false;
      let b = line;
      if (cli.replEqualsPrefix && b.startsWith('=')) b = `return ${b.slice(1)}`;
      if (cli.replAutoReturn) {
        const fn = this.tryLoad(`return ${b};`);
        if (fn !== null) {
          this.run(fn);
          return true;
        }
      }
      // "local" then a space, a tab or the end of the line, after spaces and tabs.
      if (cli.replWarnsLocal && /^[ \t]*local(?:[ \t]|$)/.test(b)) {
        this.report('warning: locals do not survive across lines in interactive mode');
      }
      this.pending = b;
    } else if (line === null) {
      const text = this.pending;
      this.pending = null;
      switch (cli.replEofInContinuation) {
        case 'exit':
          return false;
        case 'null':
          this.report('(null)');
          return true;
        default:
          try {
            this.vm.load(text, '=stdin');
          } catch (e) {
            if (e instanceof LuaSyntaxError) this.report(e.message);
          }
          return true;
      }
    } else {
      this.pending = `${this.pending}\n${line}`;
    }
    const text = this.pending;
    let fn: LuaValue;
    try {
      fn = this.vm.load(text, '=stdin');
    } catch (e) {
      if (!(e instanceof LuaSyntaxError)) throw e;
      if (e.message.endsWith('<eof>') || e.message.endsWith("<eof>'")) return true;
      this.pending = null;
      this.report(e.message);
      return true;
    }
    this.pending = null;
    this.run(fn);
    return true;
  }

  private tryLoad(code: string): LuaValue | null {
    try {
      return this.vm.load(code, '=stdin');
    } catch (e) {
      if (e instanceof LuaSyntaxError) return null;
      throw e;
    }
  }

  private run(fn: LuaValue): void {
    let results: LuaValue[];
    try {
      results = this.vm.call(fn, []);
    } catch (e) {
      if (e instanceof LuaHalt) throw e;
      if (!(e instanceof LuaError)) throw e;
      const text = uncaughtErrorText(this.vm, e);
      if (text !== null) this.report(text);
      return;
    }
    if (results.length === 0) return;
    try {
      this.vm.call(this.vm.globals.getStr('print'), results);
    } catch (e) {
      if (e instanceof LuaHalt) throw e;
      if (!(e instanceof LuaError)) throw e;
      const v = e.value;
      this.report(`error calling 'print' (${typeof v === 'string' ? v : tostringOr(this.vm, v)})`);
    }
  }
}

function tostringOr(vm: LuaVM, v: LuaValue): string {
  try {
    return tostring(vm.rt, v);
  } catch {
    return '(null)';
  }
}

/**
 * Reads standard input line by line through the console (latin1 bytes), one byte at a
 * time as readline does: what follows the line stays in the input for io.read.
 */
class StdinLines {
  private buf = '';
  private eof = false;
  constructor(private readonly con: Console) {}
  next(): string | null {
    for (;;) {
      const nl = this.buf.indexOf('\n');
      if (nl >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        return line;
      }
      if (this.eof) {
        if (this.buf === '') return null;
        const line = this.buf;
        this.buf = '';
        return line;
      }
      const chunk = this.con.readStdin(1);
      if (chunk === '') this.eof = true;
      else this.buf += chunk;
    }
  }
}

/**
 * The loop with input that is not a terminal: the prompt and the line read are written to
 * stdout, as readline does for piped input. Returns the exit status.
 */
export function replLoop(vm: LuaVM, con: Console, stdout: BufferedOutput, _message: (s: string) => void): number {
  const errOut = (s: string): void => {
    stdout.flush();
    con.writeErr(`${s}\n`);
  };
  const repl = new Repl(vm, errOut);
  const lines = new StdinLines(con);
  for (;;) {
    stdout.write(repl.prompt());
    stdout.flush();
    const line = lines.next();
    if (line !== null) stdout.write(`${line}\n`);
    if (!repl.feed(line)) break;
  }
  stdout.write('\n');
  stdout.flush();
  return 0;
}

/**
 * The loop on a terminal with a synchronous line reader (luna.ts: the interpreter on a
 * worker thread, node:readline on the main thread). The terminal echoes what is typed.
 */
export function lineReaderRepl(vm: LuaVM, stdout: BufferedOutput, writeErr: (s: string) => void, readLine: (prompt: string) => string | null): number {
  const repl = new Repl(vm, (s) => {
    stdout.flush();
    writeErr(`${s}\n`);
  });
  for (;;) {
    stdout.flush();
    const line = readLine(repl.prompt());
    if (!repl.feed(line)) break;
  }
  stdout.write('\n');
  stdout.flush();
  return 0;
}

/**
 * The loop on a terminal: node:readline gives line editing and history. As with GNU
 * readline in lua.c, Ctrl-D on an empty line is the end of input for that read only (the
 * REPL decides what it means), and Ctrl-C at the prompt kills the program with SIGINT.
 * node:readline closes its interface on Ctrl-D, so a new one (with the history so far)
 * serves the next read.
 */
export async function terminalRepl(vm: LuaVM, stdout: BufferedOutput, writeErr: (s: string) => void): Promise<number> {
  const repl = new Repl(vm, (s) => writeErr(`${s}\n`));
  let history: string[] = [];
  let rl: Interface | null = null;
  const open = (): Interface => {
    const i = readline().createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000, history });
    i.on('history', (h: string[]) => (history = h));
    i.on('SIGINT', () => {
      process.stdout.write('^C');
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.kill(process.pid, 'SIGINT');
    });
    return i;
  };
  const question = (p: string): Promise<string | null> =>
    new Promise((resolve) => {
      const cur = rl ?? (rl = open());
      const onClose = (): void => {
        rl = null;
        resolve(null);
      };
      cur.once('close', onClose);
      cur.question(p, (answer) => {
        cur.off('close', onClose);
        resolve(Buffer.from(answer, 'utf8').toString('latin1'));
      });
    });
  try {
    for (;;) {
      stdout.flush();
      const line = await question(repl.prompt());
      if (!repl.feed(line)) break;
      stdout.flush();
    }
  } finally {
    stdout.flush();
    (rl as Interface | null)?.close();
  }
  process.stdout.write('\n');
  return 0;
}
