/**
 * The REPL on a terminal: `luna` sessions on a pseudo-terminal (util-linux `script`),
 * typed at the prompts by spec/fixtures/cli/pty-driver.mjs, against the transcripts of the
 * official interpreter recorded the same way by scripts/gen-cli-expected.mjs (the
 * `ttyCases` of spec/fixtures/cli/cases.mjs). Skipped where `script` is missing.
 */
import { expect } from 'chai';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DIALECT, type DialectName } from '../../src/dialect/index.js';
import { FIXTURES } from '../support/paths.js';
import { caseEnv, inPool, LUNA, makeCaseDir } from './support.js';

interface TtyCase {
  name: string;
  args: string[];
  inputs: (string | { delayMs: number; text: string; waitFor?: string })[];
  files?: Record<string, string>;
  end?: boolean;
}
interface TtyOutcome {
  transcript: string;
  status: number;
}
interface PtyDriver {
  ptyAvailable(): boolean;
  runInPty(argv: string[], o: { inputs: TtyCase['inputs']; cwd: string; env: Record<string, string>; end: boolean; timeoutMs?: number }): Promise<TtyOutcome>;
}

const DIR = join(FIXTURES, 'cli');
const { ttyCases } = (await import(pathToFileURL(join(DIR, 'cases.mjs')).href)) as { ttyCases: TtyCase[] };
const driver = (await import(pathToFileURL(join(DIR, 'pty-driver.mjs')).href)) as PtyDriver;
const expected: Record<string, Record<string, TtyOutcome>> = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')).tty;
/** "tty:NAME|DIALECT" -> reason (shared with lua-command.spec.ts); a ratchet as there. */
const known: Record<string, string> = JSON.parse(readFileSync(join(DIR, 'known-differences.json'), 'utf8'));

/** Every session is compared with the official lua5.4's (issue 7); the first few also with the default dialect's. */
const PTY_DIALECT: DialectName = '5.4';
const ALSO_DEFAULT = 2;

describe('cli: the REPL on a terminal against the official lua', function () {
  this.timeout(120_000);
  const jobs = [
    ...ttyCases.map((c) => ({ c, d: PTY_DIALECT })),
    ...ttyCases.slice(0, ALSO_DEFAULT).map((c) => ({ c, d: DEFAULT_DIALECT })),
  ];
  let results: (TtyOutcome | Error)[] = [];

  before(async function () {
    if (!driver.ptyAvailable()) this.skip();
    results = await inPool(jobs, 2, async ({ c, d }) => {
      const dir = makeCaseDir(c.files);
      try {
        return await driver.runInPty([process.execPath, LUNA, '--dialect', d, ...c.args], { inputs: c.inputs, cwd: dir, env: caseEnv(), end: c.end ?? true });
      } catch (e) {
        return e as Error;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  jobs.forEach(({ c, d }, i) => {
    it(`${c.name} (${d})`, () => {
      const got = results[i]!;
      if (got instanceof Error) throw got;
      // The banner and messages name the program: "lua" in the recordings.
      const transcript = got.transcript.replace(/\bluna\b|luna(?=: )/g, 'lua');
      const want = expected[c.name]![d]!;
      const key = `tty:${c.name}|${d}`;
      const same = transcript === want.transcript && got.status === want.status;
      if (key in known) {
        expect(same, `known difference that now passes: remove ${key}`).to.equal(false);
        // The one known kind of difference: a traceback level without its current line.
        const lineless = want.transcript.replace(/^(\t[^\n]*?):\d+: in main chunk$/gm, '$1: in main chunk');
        expect({ transcript, status: got.status }).to.deep.equal({ ...want, transcript: lineless });
      }
      else expect({ transcript, status: got.status }).to.deep.equal(want);
    });
  });
});
