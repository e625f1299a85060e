/**
 * The conformance suite on disk (conformance/README.md): cases with their dialects and
 * timeouts, the official interpreters' recorded outputs, and how a run is compared with
 * them (stderr normalised, stdout and exit status exact).
 *
 * Invariant: outputs are byte strings (latin1), exactly as recorded.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_NAMES, type DialectName } from '../../dialect/index.js';

export interface ConformanceCase {
  /** "area/name". */
  id: string;
  area: string;
  dir: string;
  file: string;
  dialects: DialectName[];
  timeoutSec: number;
  /** Recorded outputs per dialect (absent when the expected file is missing). */
  expected: Partial<Record<DialectName, RunOutput>>;
}

export interface RunOutput {
  stdout: string;
  stderr: string;
  status: number | null;
  timeout?: boolean;
  signal?: string;
}

const DEFAULT_TIMEOUT = 10;

/** Reads the first-line metadata of a case. */
export function parseCaseMeta(src: string): { dialects: DialectName[]; timeoutSec: number } | null {
  const lines = src.split('\n', 3);
  const m = /^-- dialects:((?:\s+5\.[1-5])+)\s*$/.exec(lines[0] ?? '');
  if (!m) return null;
  const listed = m[1]!.trim().split(/\s+/);
  const dialects = DIALECT_NAMES.filter((d) => listed.includes(d));
  const t = /^-- timeout:\s*(\d+)\s*$/.exec(lines[1] ?? '');
  return { dialects, timeoutSec: t ? Number(t[1]) : DEFAULT_TIMEOUT };
}

/** Every case under `root` (conformance/), sorted by area and name; `filter` matches "area/name". */
export function loadSuite(root: string, filter?: RegExp): ConformanceCase[] {
  const casesDir = join(root, 'cases');
  const out: ConformanceCase[] = [];
  for (const area of readdirSync(casesDir).sort()) {
    const dir = join(casesDir, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.lua')) continue;
      const id = `${area}/${file.slice(0, -4)}`;
      if (filter && !filter.test(id)) continue;
      const meta = parseCaseMeta(readFileSync(join(dir, file), 'latin1'));
      if (!meta) continue;
      const expFile = join(root, 'expected', area, `${file.slice(0, -4)}.json`);
      // The generator writes byte strings as latin1 (one byte per char code): read them back so.
      const expected = existsSync(expFile) ? (JSON.parse(readFileSync(expFile, 'latin1')) as ConformanceCase['expected']) : {};
      out.push({ id, area, dir, file, dialects: meta.dialects, timeoutSec: meta.timeoutSec, expected });
    }
  }
  return out;
}

/**
 * stderr as the recordings write it: the program name starting a line becomes "lua: ",
 * other occurrences of it before ':' become "lua:", and 5.1's "[C]: ?" entry line is
 * written "[C]: in ?".
 */
export function normaliseStderr(stderr: string, progname: string): string {
  let s = stderr;
  if (progname !== 'lua') {
    const esc = progname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    s = s.replace(new RegExp(`^${esc}: `, 'gm'), 'lua: ');
    s = s.replace(new RegExp(`${esc}:`, 'g'), 'lua:');
  }
  return s.replace(/^\t\[C\]: \?$/gm, '\t[C]: in ?');
}

/** Whether a run matches the recording; a short reason when not. */
export function compareRun(expected: RunOutput, actual: RunOutput): string | null {
  if (actual.timeout) return 'timeout';
  if (actual.stdout !== expected.stdout) return 'stdout differs';
  if (actual.stderr !== expected.stderr) return 'stderr differs';
  if (actual.status !== expected.status) return `exit status ${String(actual.status)}, expected ${String(expected.status)}`;
  return null;
}

/** A unified-style line diff of two texts (for reports), at most `max` lines. */
export function lineDiff(expected: string, actual: string, max = 40): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence on lines (cases are small).
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return `(outputs too large to diff: ${n} vs ${m} lines)`;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while ((i < n || j < m) && out.length < max) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+ ${b[j++]}`);
    } else {
      out.push(`- ${a[i++]}`);
    }
  }
  if (i < n || j < m) out.push('...');
  return out.join('\n');
}
