#!/usr/bin/env node
/**
 * lunac: Luna's counterpart of `luac` for syntax checking.
 *   lunac [--dialect 5.1|5.2|5.3|5.4|5.5] -p FILE...   silent, exit 0 when every file is valid
 *   lunac [--dialect X] --ast FILE                       print the file's AST as JSON
 * Errors are printed as `luac -p` prints them ("lunac: file.lua:3: ... near 'x'"), exit 1.
 * '-' reads standard input (chunk name "stdin"), '--' ends the options.
 */
import { isLunaBinaryChunk, parse } from '../../grammar/index.js';
import { DEFAULT_DIALECT, getDialect, parseDialectName, type DialectName } from '../dialect/index.js';
import { astToJSON } from '../tooling/json.js';
import { readSourceFile, SourceReadError } from './source.js';

const PROGNAME = 'lunac';

function usage(message: string): never {
  process.stderr.write(
    `${PROGNAME}: ${message}\n` +
      `usage: ${PROGNAME} [options] [filenames]\n` +
      'Available options are:\n' +
      '  -p       parse only\n' +
      '  --ast    print the abstract syntax tree as JSON (one file)\n' +
      '  --dialect 5.1|5.2|5.3|5.4|5.5  Lua version to check against (default 5.5)\n' +
      '  -v       show version information\n' +
      '  --       stop handling options\n' +
      '  -        stop handling options and process stdin\n',
  );
  process.exit(1);
}

function fatal(message: string): never {
  process.stderr.write(`${PROGNAME}: ${message}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  let dialect: DialectName = parseDialectName(process.env.LUNA_DIALECT ?? '') ?? DEFAULT_DIALECT;
  let parseOnly = false;
  let ast = false;
  let version = false;
  const files: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { i++; break; }
    if (a === '-') break;
    if (!a.startsWith('-')) break;
    if (a === '-p') parseOnly = true;
    else if (a === '--ast') ast = true;
    else if (a === '-v') version = true;
    else if (a === '--dialect' || a.startsWith('--dialect=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const d = value === undefined ? undefined : parseDialectName(value);
      if (!d) usage(`'--dialect' needs one of 5.1, 5.2, 5.3, 5.4, 5.5`);
      dialect = d;
    } else if (a === '-o' || a === '-l' || a === '-s') {
      fatal(`option '${a}' is not supported: Luna compiles to closures, not to PUC bytecode (use -p or --ast)`);
    } else usage(`unrecognized option '${a}'`);
  }
  for (; i < argv.length; i++) files.push(argv[i]!);
  if (version) process.stdout.write(`Luna ${getDialect(dialect).luaVersion} syntax checker\n`);
  if (files.length === 0) {
    if (version) return;
    usage('no input files given');
  }
  if (!parseOnly && !ast) usage("nothing to do: give -p (syntax check) or --ast");
  if (ast && files.length !== 1) usage('--ast takes exactly one file');
  for (const file of files) {
    let source: { text: string; chunkName: string };
    try {
      source = readSourceFile(file === '-' ? null : file);
    } catch (e) {
      if (e instanceof SourceReadError) fatal(e.message);
      throw e;
    }
    // luac -p accepts the precompiled chunks it can load: Luna's are those of string.dump.
    if (parseOnly && !ast && isLunaBinaryChunk(source.text, { dialect, fromFile: true })) continue;
    try {
      const result = parse(source.text, { dialect, chunkName: source.chunkName, fromFile: true, comments: ast, scope: ast });
      if (ast) process.stdout.write(astToJSON(result.chunk, 1) + '\n');
    } catch (e) {
      if (e instanceof Error && e.name === 'LuaSyntaxError') fatal(e.message);
      throw e;
    }
  }
}

main(process.argv.slice(2));
