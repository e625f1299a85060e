/**
 * The debug library, checked differentially: every snippet of spec/fixtures/debug/cases.mjs runs in
 * Luna for each dialect it applies to and must print what the official interpreter printed
 * (expected.json, made by scripts/gen-stdlib-expected.mjs), with the ratchet of
 * known-differences.json.
 */
import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('debug');
