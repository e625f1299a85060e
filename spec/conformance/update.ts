/**
 * npm run conformance:update — runs the conformance suite for every dialect, rewrites
 * conformance/known-failures.json (the failing pairs; existing reasons kept, new ones
 * "unexplained") and the generated section of docs/conformance.md (pass rates, area
 * matrix, failing cases).
 */
import { summarise } from '../../src/cli/conformance/report.js';
import { DOC_FILE, KNOWN_FAILURES_FILE, UNEXPLAINED, docSection, pairKey, readKnownFailures, runConformance, summaryLines, updateDoc, writeKnownFailures, type KnownFailures } from './harness.js';

async function main(): Promise<void> {
  const old = readKnownFailures();
  // Every failure counts here (none is retried as "unknown"), so pass the old list as known.
  const run = await runConformance(old);
  const next: KnownFailures = {};
  let added = 0;
  for (const r of run.results) {
    if (r.failure === null) continue;
    const key = pairKey(r.id, r.dialect);
    if (!(key in old)) added++;
    next[key] = old[key] ?? UNEXPLAINED;
  }
  const removed = Object.keys(old).filter((k) => !(k in next)).length;
  writeKnownFailures(next);
  updateDoc(docSection(run, next));
  for (const line of summaryLines(summarise(run.results))) console.log(line);
  console.log(`${Object.keys(next).length} known failures (${added} new, ${removed} removed) in ${run.seconds.toFixed(1)} s`);
  for (const f of run.flaky) console.log(`passed on the second run: ${f}`);
  console.log(`wrote ${KNOWN_FAILURES_FILE} and ${DOC_FILE}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
