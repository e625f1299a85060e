/**
 * Chevrotain, loaded from its single-file bundle. The package's main entry is hundreds of
 * small ES modules (its own and lodash-es); loading them costs about 400 ms of start-up,
 * which would dominate `lunac -p` on small files. The bundle ships in the same package
 * and is the same code.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Chevrotain from 'chevrotain';

async function load(): Promise<typeof Chevrotain> {
  try {
    const entry = createRequire(import.meta.url).resolve('chevrotain'); // .../lib/src/api.js
    return (await import(pathToFileURL(join(dirname(entry), '..', 'chevrotain.min.mjs')).href)) as typeof Chevrotain;
  } catch {
    return await import('chevrotain');
  }
}

const chevrotain = await load();

export const {
  EmbeddedActionsParser,
  createToken,
  EOF,
  Lexer,
  getLookaheadPaths,
  Alternation,
  Alternative,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
} = chevrotain;
export type { ILookaheadStrategy, IParserConfig, IProduction, IToken, TokenType } from 'chevrotain';
export type Rule = Chevrotain.Rule;
export type NonTerminal = Chevrotain.NonTerminal;
