#!/usr/bin/env node
// Bundles the interpreter (everything the `luna` worker loads, Chevrotain included) into one
// CommonJS script, dist/bundle/interpreter.cjs. One file instead of ~60 modules saves about
// 120 ms of start-up per process (measured on Node 20), and a classic script can be compiled
// with V8's code cache (src/cli/bundle-loader.ts), which saves most of the rest of the
// compile time. The unbundled modules stay in dist/ and are what the library API and the
// tests use.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** V8's stack for the main thread when the launcher could raise the limit (as the worker's 512 MB). */
const MAIN_STACK_KB = 512 * 1024 - 1024;
/** The V8 flags src/cli/luna.ts would otherwise set with node:v8 (see V8_FLAGS there). */
const V8_FLAGS = '--no-allocation-site-pretenuring';
// grammar/chevrotain.js finds Chevrotain's one-file build at run time (with a top-level
// await); in the bundle the same file is imported statically instead.
const chevrotainFile = join(dirname(createRequire(import.meta.url).resolve('chevrotain')), '..', 'chevrotain.min.mjs');
const staticChevrotain = {
  name: 'static-chevrotain',
  setup(b) {
    b.onLoad({ filter: /grammar[\\/]chevrotain\.js$/ }, () => ({
      contents: `export { EmbeddedActionsParser, createToken, EOF, Lexer, getLookaheadPaths, Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal } from ${JSON.stringify(chevrotainFile)};`,
      loader: 'js',
    }));
  },
};
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true });

/** One CommonJS file for Node 20 from a compiled module of dist/ (`entry`, relative to dist/src/cli). */
const bundleFile = (entry, out, options = {}) =>
  build({
    entryPoints: [join(root, 'dist/src/cli', entry)],
    outfile: join(root, 'dist/bundle', out),
    bundle: true,
    // identifiers stay readable: profiles and host stack traces name real functions
    minifyWhitespace: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    ...options,
  });

await bundleFile('luna-thread.js', 'interpreter.cjs', {
  minifySyntax: true,
  sourcemap: 'linked',
  charset: 'ascii', // the loader reads the bundle as latin1
  plugins: [staticChevrotain],
});

// The worker thread's entry (src/cli/worker-boot.ts): a small CommonJS file, which starts
// faster than an ES module worker.
await bundleFile('worker-boot.js', 'worker-boot.cjs', { external: ['./luna-thread.js'] });

// The `luna` command itself (package.json bin): src/cli/luna.ts as one CommonJS file, which
// Node starts about 20 ms sooner than the ES module and its imports. Its paths are resolved
// as if it were dist/src/cli/luna.js, so it finds the same bundles (and the unbundled
// modules, for the fallback it never takes here).
await bundleFile('luna.js', 'luna.cjs', {
  external: ['./luna-thread.js'],
  define: { 'import.meta.url': '__lunaUrl' },
  banner: { js: "const __lunaUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, '../src/cli/luna.js')).href;" },
});

// `luna` starts as a shell script (a line that sh runs and JS reads as a string and a
// comment): it raises the stack limit and runs Node with a V8 stack as large as the
// worker's, so that the interpreter can run on the main thread and skip the worker's start
// (about 0.1 s; src/cli/luna.ts decides). Where the limit cannot be raised, plain Node.
const lunaFile = join(root, 'dist/bundle/luna.cjs');
const lunaText = readFileSync(lunaFile, 'latin1').replace(/^#![^\n]*\n/, '');
const launcher =
  '#!/bin/sh\n' +
  `':' //; if [ -z "$LUNA_NO_BIG_STACK" ] && ulimit -s unlimited 2>/dev/null; then exec node --stack-size=${MAIN_STACK_KB} ${V8_FLAGS} "$0" "$@"; fi; exec node ${V8_FLAGS} "$0" "$@"\n`;
writeFileSync(lunaFile, launcher + lunaText, 'latin1');
chmodSync(lunaFile, 0o755);

// The first load writes V8's code cache beside the bundle (src/cli/bundle-loader.ts), for
// the flags it runs with: a run of `luna` on the main thread (no terminal) writes it.
execFileSync(lunaFile, ['-e', ''], { stdio: ['ignore', 'pipe', 'pipe'] });
