/**
 * npm test runs the runtime conformance suite (conformance/) for all five dialects and
 * fails on any failing (case, dialect) pair that conformance/known-failures.json does not
 * list. Listed pairs that pass now are reported, not failed (fixes land concurrently);
 * `npm run conformance:update` rewrites the list and docs/conformance.md.
 */
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_NAMES } from '../../src/dialect/index.js';
import { loadSuite } from '../../src/cli/conformance/suite.js';
import { CONFORMANCE_DIR, classify, readKnownFailures, runConformance, summaryLines, type SuiteRun } from './harness.js';

describe('conformance suite (Luna against the official interpreters)', function () {
  this.timeout(20 * 60_000);
  const known = readKnownFailures();

  it('has a recording for every (case, dialect) pair and a case for every recording', () => {
    const cases = loadSuite(CONFORMANCE_DIR);
    expect(cases.length).to.be.greaterThan(0);
    const missing = cases.flatMap((c) => c.dialects.filter((d) => !c.expected[d]).map((d) => `${c.id}|${d}`));
    expect(missing, 'run node scripts/gen-conformance-expected.mjs').to.deep.equal([]);
    const extra = cases.flatMap((c) => Object.keys(c.expected).filter((d) => !c.dialects.includes(d as never)).map((d) => `${c.id}|${d}`));
    expect(extra).to.deep.equal([]);
    const ids = new Set(cases.map((c) => c.id));
    const orphans: string[] = [];
    const expDir = join(CONFORMANCE_DIR, 'expected');
    for (const area of readdirSync(expDir)) {
      for (const f of readdirSync(join(expDir, area))) if (!ids.has(`${area}/${f.replace(/\.json$/, '')}`)) orphans.push(`${area}/${f}`);
    }
    expect(orphans).to.deep.equal([]);
  });

  it('known-failures.json names only pairs of the suite, each with a reason', () => {
    const cases = loadSuite(CONFORMANCE_DIR);
    const pairs = new Set(cases.flatMap((c) => c.dialects.map((d) => `${c.id}|${d}`)));
    const bad = Object.entries(known).filter(([k, v]) => !pairs.has(k) || typeof v !== 'string' || v.trim() === '');
    expect(bad.map(([k]) => k)).to.deep.equal([]);
  });

  let run: SuiteRun | undefined;

  it(`runs every case in ${DIALECT_NAMES.join(', ')} and fails only where known-failures.json says`, async () => {
    run = await runConformance(known);
    const c = classify(run, known);
    const log = (s: string): void => void process.stdout.write(`      ${s}\n`);
    process.stdout.write('\n');
    log(`conformance: ${run.cases.length} cases, ${run.results.length} pairs in ${run.seconds.toFixed(1)} s`);
    for (const line of summaryLines(c.summary)) log(line);
    log(`slowest: ${run.slowest.map((t) => `${t.key} ${t.seconds.toFixed(1)} s`).join(', ')}`);
    for (const f of run.flaky) log(`passed on the second run: ${f}`);
    if (c.nowPassing.length) {
      log(`now passing, remove from known-failures (npm run conformance:update): ${c.nowPassing.length}`);
      for (const k of c.nowPassing) log(`  ${k}`);
    }
    for (const r of c.regressions) log(`REGRESSION ${r.key}: ${r.detail.replace(/\n/g, '\n        ')}`);
    expect(c.regressions.map((r) => r.key), 'failing pairs not listed in conformance/known-failures.json').to.deep.equal([]);
  });
});
