/**
 * Running a conformance suite and reporting it: per-dialect summary, an area × dialect
 * matrix, and the failing cases with diffs, as text, Markdown, self-contained HTML or JSON.
 */
import type { DialectName } from '../../dialect/index.js';
import { caseRequest, type Runner } from './pool.js';
import { compareRun, lineDiff, type ConformanceCase, type RunOutput } from './suite.js';

export interface CaseResult {
  id: string;
  area: string;
  dialect: DialectName;
  /** null: passed; otherwise why not. */
  failure: string | null;
  expected: RunOutput | null;
  actual: RunOutput;
}

/** Runs every (case, dialect) pair of `dialects` the cases list; reports progress as pairs finish. */
export async function runSuite(
  cases: ConformanceCase[],
  dialects: readonly DialectName[],
  runner: Runner,
  onProgress?: (done: number, total: number) => void,
): Promise<CaseResult[]> {
  const jobs: { c: ConformanceCase; d: DialectName }[] = [];
  for (const c of cases) for (const d of c.dialects) if (dialects.includes(d)) jobs.push({ c, d });
  const results: CaseResult[] = new Array(jobs.length);
  let done = 0;
  await Promise.all(
    jobs.map(async ({ c, d }, i) => {
      const actual = await runner.run(caseRequest(c, d));
      const expected = c.expected[d] ?? null;
      const failure = expected === null ? 'no expected output recorded' : compareRun(expected, actual);
      results[i] = { id: c.id, area: c.area, dialect: d, failure, expected, actual };
      onProgress?.(++done, jobs.length);
    }),
  );
  return results;
}

export type Summary = Partial<Record<DialectName, { pass: number; total: number }>>;

export function summarise(results: CaseResult[]): Summary {
  const s: Summary = {};
  for (const r of results) {
    const e = (s[r.dialect] ??= { pass: 0, total: 0 });
    e.total++;
    if (r.failure === null) e.pass++;
  }
  return s;
}

function matrix(results: CaseResult[], dialects: readonly DialectName[]): { areas: string[]; cell: (a: string, d: DialectName) => { pass: number; total: number } } {
  const areas = [...new Set(results.map((r) => r.area))].sort();
  const m = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    const k = `${r.area}|${r.dialect}`;
    const e = m.get(k) ?? { pass: 0, total: 0 };
    e.total++;
    if (r.failure === null) e.pass++;
    m.set(k, e);
  }
  void dialects;
  return { areas, cell: (a, d) => m.get(`${a}|${d}`) ?? { pass: 0, total: 0 } };
}

function failureDiff(r: CaseResult): string {
  const parts: string[] = [];
  const e = r.expected;
  if (!e) return '(no expected output)';
  if (r.actual.timeout) parts.push('(timed out)');
  if (e.stdout !== r.actual.stdout) parts.push('stdout:\n' + lineDiff(e.stdout, r.actual.stdout));
  if (e.stderr !== r.actual.stderr) parts.push('stderr:\n' + lineDiff(e.stderr, r.actual.stderr));
  if (e.status !== r.actual.status) parts.push(`exit status: expected ${String(e.status)}, got ${String(r.actual.status)}`);
  return parts.join('\n');
}

/** Plain-text summary for the terminal. */
export function textSummary(results: CaseResult[], dialects: readonly DialectName[]): string {
  const s = summarise(results);
  const lines = dialects.filter((d) => s[d]).map((d) => {
    const x = s[d]!;
    return `Lua ${d}: ${x.pass}/${x.total} passed (${((100 * x.pass) / Math.max(1, x.total)).toFixed(1)}%)`;
  });
  return lines.join('\n');
}

export function markdownReport(results: CaseResult[], dialects: readonly DialectName[], title: string): string {
  const s = summarise(results);
  const shown = dialects.filter((d) => s[d]);
  const { areas, cell } = matrix(results, shown);
  const out: string[] = [`# ${title}`, ''];
  out.push('| dialect | passed | total |', '|---|---:|---:|');
  for (const d of shown) out.push(`| ${d} | ${s[d]!.pass} | ${s[d]!.total} |`);
  out.push('', `| area | ${shown.join(' | ')} |`, `|---|${shown.map(() => '---:').join('|')}|`);
  for (const a of areas) {
    out.push(`| ${a} | ${shown.map((d) => {
      const c = cell(a, d);
      return c.total === 0 ? '' : `${c.pass}/${c.total}`;
    }).join(' | ')} |`);
  }
  const failed = results.filter((r) => r.failure !== null);
  if (failed.length) {
    out.push('', '## Failures', '');
    for (const r of failed) {
      out.push(`### ${r.id} (${r.dialect}): ${r.failure}`, '', '```diff', failureDiff(r).replace(/```/g, '`\u200b``'), '```', '');
    }
  }
  return out.join('\n') + '\n';
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function htmlReport(results: CaseResult[], dialects: readonly DialectName[], title: string): string {
  const s = summarise(results);
  const shown = dialects.filter((d) => s[d]);
  const { areas, cell } = matrix(results, shown);
  const rows = areas.map((a) => `<tr><th>${esc(a)}</th>${shown.map((d) => {
    const c = cell(a, d);
    if (c.total === 0) return '<td></td>';
    const cls = c.pass === c.total ? 'ok' : c.pass === 0 ? 'bad' : 'part';
    return `<td class="${cls}"><a href="#${esc(a)}-${d}">${c.pass}/${c.total}</a></td>`;
  }).join('')}</tr>`);
  const failed = results.filter((r) => r.failure !== null);
  const details = failed.map((r) => `<details id="${esc(r.area)}-${r.dialect}"><summary>${esc(r.id)} (${r.dialect}): ${esc(r.failure!)}</summary><pre>${esc(failureDiff(r))}</pre></details>`);
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}
th{text-align:left}.ok{background:#d8f5d0}.part{background:#fff2c0}.bad{background:#f8d0d0}pre{background:#f6f6f6;padding:8px;overflow:auto}
summary{cursor:pointer;font-family:monospace}
</style></head><body>
<h1>${esc(title)}</h1>
<table><tr><th>dialect</th><th>passed</th><th>total</th></tr>
${shown.map((d) => `<tr><th>${d}</th><td>${s[d]!.pass}</td><td>${s[d]!.total}</td></tr>`).join('\n')}
</table>
<h2>Areas</h2>
<table><tr><th>area</th>${shown.map((d) => `<th>${d}</th>`).join('')}</tr>
${rows.join('\n')}
</table>
<h2>Failures (${failed.length})</h2>
${details.join('\n')}
</body></html>
`;
}
