/**
 * The base library, checked differentially: every snippet of spec/fixtures/base/cases.mjs
 * runs in Luna for each dialect it applies to and must print exactly what the official
 * interpreter printed (spec/fixtures/base/expected.json, made by
 * scripts/gen-stdlib-expected.mjs), with the ratchet of known-differences.json.
 */
import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('base');
