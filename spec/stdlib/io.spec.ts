/**
 * The io library, checked differentially: every snippet of spec/fixtures/io/cases.mjs runs
 * in Luna for each dialect it applies to, and must print exactly what the official
 * interpreter printed (spec/fixtures/io/expected.json, made by
 * scripts/gen-stdlib-expected.mjs). Differences that belong to other parts of Luna
 * are listed with a reason in known-differences.json, which works as a ratchet: a listed
 * case that starts to pass must be removed from it.
 */
import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('io');
