/**
 * The package library and require, checked differentially: every snippet of
 * spec/fixtures/package/cases.mjs runs in Luna for each dialect it applies to, and must
 * print exactly what the official interpreter printed (spec/fixtures/package/expected.json,
 * made by scripts/gen-stdlib-expected.mjs), with the same ratchet of known differences.
 */
import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('package');
