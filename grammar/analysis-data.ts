/**
 * The grammars' saved analyses (analysis-cache.ts), as JSON text by dialect name. Empty in
 * the source: the build (scripts/precompute-grammar.mjs) replaces the compiled module,
 * dist/grammar/analysis-data.js, with the analyses of the grammars just compiled. Without
 * them (a build that skipped that step) each parser analyses its grammar when constructed.
 */
export const SAVED_ANALYSES: Partial<Record<string, string>> = {};
