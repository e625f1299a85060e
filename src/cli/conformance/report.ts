/**
 * Running a conformance suite and reporting it: per-dialect summary, an area × dialect
 * matrix, and the failing cases with diffs, as text, Markdown, self-contained HTML or JSON.
 */
import { DIALECT_NAMES, type DialectName } from '../../dialect/index.js';
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

/** Pass counts per dialect, oldest dialect first. */
export function summarise(results: CaseResult[]): Summary {
  const counts: Summary = {};
  for (const r of results) {
    const e = (counts[r.dialect] ??= { pass: 0, total: 0 });
    e.total++;
    if (r.failure === null) e.pass++;
  }
  const s: Summary = {};
  for (const d of DIALECT_NAMES) if (counts[d]) s[d] = counts[d];
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

/** Longest line and longest text of a failure's diff in the reports (outputs can be megabytes). */
const DIFF_LINE_MAX = 300;
const DIFF_TEXT_MAX = 8000;

function clip(text: string): string {
  const lines = text.split('\n').map((l) => (l.length > DIFF_LINE_MAX ? `${l.slice(0, DIFF_LINE_MAX)}... (${l.length - DIFF_LINE_MAX} more characters)` : l));
  const joined = lines.join('\n');
  return joined.length > DIFF_TEXT_MAX ? `${joined.slice(0, DIFF_TEXT_MAX)}\n... (diff cut at ${DIFF_TEXT_MAX} characters)` : joined;
}

function failureDiff(r: CaseResult): string {
  const parts: string[] = [];
  const e = r.expected;
  if (!e) return '(no expected output)';
  if (r.actual.timeout) parts.push('(timed out)');
  if (e.stdout !== r.actual.stdout) parts.push('stdout:\n' + lineDiff(e.stdout, r.actual.stdout));
  if (e.stderr !== r.actual.stderr) parts.push('stderr:\n' + lineDiff(e.stderr, r.actual.stderr));
  if (e.status !== r.actual.status) parts.push(`exit status: expected ${String(e.status)}, got ${String(r.actual.status)}`);
  return clip(parts.join('\n'));
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
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function percent(pass: number, total: number): string {
  return `${((100 * pass) / Math.max(1, total)).toFixed(1)}%`;
}

function cellClass(pass: number, total: number): string {
  return pass === total ? 'ok' : pass === 0 ? 'bad' : 'part';
}

/** The id of the failures of one area under one dialect (the target of a matrix cell). */
function groupId(area: string, d: DialectName): string {
  return `fail-${area.replace(/[^A-Za-z0-9_-]/g, '_')}-${d.replace(/\W/g, '_')}`;
}

/**
 * A self-contained page: the area x dialect matrix (pass/total and percentage per cell,
 * coloured by outcome, a totals row), then the failing cases grouped by area and dialect,
 * each cell with failures linking to its group.
 */
export function htmlReport(results: CaseResult[], dialects: readonly DialectName[], title: string): string {
  const s = summarise(results);
  const shown = dialects.filter((d) => s[d]);
  const { areas, cell } = matrix(results, shown);
  const failed = results.filter((r) => r.failure !== null);
  const td = (pass: number, total: number, link: string | null): string => {
    const body = `<b>${pass}/${total}</b><small>${percent(pass, total)}</small>`;
    return `<td class="${cellClass(pass, total)}">${link && pass < total ? `<a href="#${link}">${body}</a>` : body}</td>`;
  };
  const rows = areas.map((a) => `<tr><th scope="row">${esc(a)}</th>${shown.map((d) => {
    const c = cell(a, d);
    return c.total === 0 ? '<td class="na" title="not applicable to this dialect">&ndash;</td>' : td(c.pass, c.total, groupId(a, d));
  }).join('')}</tr>`);
  const totals = `<tr><th scope="row">all areas</th>${shown.map((d) => td(s[d]!.pass, s[d]!.total, null)).join('')}</tr>`;
  const groups: string[] = [];
  for (const a of areas) {
    for (const d of shown) {
      const fs = failed.filter((r) => r.area === a && r.dialect === d);
      if (fs.length === 0) continue;
      groups.push(`<section id="${groupId(a, d)}"><h3>${esc(a)} &middot; Lua ${d} <small>(${fs.length} failing)</small></h3>
${fs.map((r) => `<details><summary>${esc(r.id)}: ${esc(r.failure!)}</summary><pre>${esc(failureDiff(r))}</pre></details>`).join('\n')}
</section>`);
    }
  }
  const pairs = shown.reduce((n, d) => n + s[d]!.total, 0);
  const passed = shown.reduce((n, d) => n + s[d]!.pass, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table.matrix{border-collapse:collapse;margin:1em 0}
.matrix th,.matrix td{border:1px solid #bbb;padding:4px 12px}
.matrix thead th{background:#333;color:#fff;text-align:center}
.matrix th[scope=row]{text-align:left;background:#f3f3f3;font-weight:600}
.matrix td{text-align:center;min-width:6em}
.matrix td b{display:block;font-weight:600}
.matrix td small{color:#555}
.matrix tfoot th,.matrix tfoot td{border-top:3px double #555}
.matrix a{color:inherit;text-decoration:none;display:block}
.matrix a:hover{text-decoration:underline}
.ok{background:#c9efc0}.part{background:#ffe9a8}.bad{background:#f6b9b9}.na{color:#999;background:#fafafa}
.legend span{display:inline-block;padding:2px 10px;margin-right:6px;border:1px solid #bbb}
section{margin:1em 0}h3{margin:.6em 0 .3em}
pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:30em}
summary{cursor:pointer;font-family:monospace}
</style></head><body>
<h1>${esc(title)}</h1>
<p>${passed} of ${pairs} (case, dialect) pairs passed (${percent(passed, pairs)}), ${areas.length} areas, ${shown.length} dialects.</p>
<p class="legend"><span class="ok">all passed</span><span class="part">some failed</span><span class="bad">all failed</span><span class="na">&ndash; not applicable</span></p>
<table class="matrix">
<thead><tr><th>area</th>${shown.map((d) => `<th>Lua ${d}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot>${totals}</tfoot>
</table>
<h2>Failures (${failed.length})</h2>
${groups.length ? groups.join('\n') : '<p>None.</p>'}
</body></html>
`;
}
