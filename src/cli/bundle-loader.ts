/**
 * Loads the interpreter's one-file CommonJS bundle (scripts/bundle.mjs) with V8's code
 * cache, so that a `luna` process does not spend its start-up compiling half a megabyte of
 * JavaScript. The cache sits beside the bundle (written by the build) or, where the package
 * is read-only, in the system's temporary directory.
 *
 * Invariant: the cache only ever saves time. A missing, stale or rejected cache means a
 * plain compile (and a new cache written when possible); nothing here changes what runs.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { builtinLoader } from './node-builtins.js';

/**
 * The cache files to try, best first: beside the bundle, then in the temporary directory
 * (its name made only when needed: finding it loads node:os).
 */
function* cacheFiles(bundle: string, tmpdir: () => string): Generator<string> {
  const st = statSync(bundle);
  // V8 rejects a cache made by another V8 or under other flags (Node's options, such as the
  // launcher's --stack-size, included); the size and time tell bundles apart
  const tag = `${process.versions.v8}-${flagsTag(process.execArgv.join(' '))}-${st.size}-${Math.floor(st.mtimeMs)}`;
  yield `${bundle}.${tag}.cache`;
  yield join(tmpdir(), `luna-${basename(bundle)}.${tag}.cache`);
}

/** A short tag of Node's options (FNV-1a), so that each set of flags has its own cache. */
function flagsTag(options: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < options.length; i++) h = Math.imul(h ^ options.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

function writeCache(files: Iterable<string>, data: Buffer): void {
  for (const file of files) {
    try {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, file); // atomic: concurrent processes never read half a cache
      return;
    } catch {
      // not writable here: try the next place
    }
  }
}

/**
 * Runs the CommonJS bundle at `bundle` and returns its exports, or null when there is no
 * bundle (an unbundled build).
 */
export async function loadBundle<T>(bundle: string): Promise<T | null> {
  if (!existsSync(bundle)) return null;
  // The bundle requires only built-in modules. node:os (for the temporary directory) and
  // node:module are loaded only when needed: where Node has process.getBuiltinModule, a
  // run that finds its cache beside the bundle loads neither.
  const requireBuiltin = await builtinLoader(bundle);
  const tmpdir = (): string => (requireBuiltin('node:os') as typeof import('node:os')).tmpdir();
  // esbuild writes ASCII only (its default charset), so latin1 decodes it, faster than UTF-8
  const source = readFileSync(bundle, 'latin1');
  let cachedData: Buffer | undefined;
  const useCache = process.env.LUNA_CODE_CACHE !== '0';
  for (const file of useCache ? cacheFiles(bundle, tmpdir) : []) {
    try {
      cachedData = readFileSync(file);
      break;
    } catch {
      // no cache here
    }
  }
  // the same wrapper Node gives a CommonJS module
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void;
  run(module.exports, requireBuiltin as NodeRequire, module, bundle, dirname(bundle));
  if (useCache && (cachedData === undefined || script.cachedDataRejected)) writeCache(cacheFiles(bundle, tmpdir), script.createCachedData());
  return module.exports;
}
