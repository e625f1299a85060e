/**
 * Chevrotain's grammar analysis, computed once by the build instead of in every process.
 *
 * A Chevrotain parser analyses its grammar when constructed: it runs every rule in a
 * recording mode to build the grammar's tree (GAST), then computes the lookahead paths of
 * every alternation and optional production. For Lua's grammars that is about 25 ms of each
 * `luna` start. The build (scripts/precompute-grammar.mjs) constructs each dialect's parser
 * once, analysed the normal way, and saves its GAST, its lookahead paths and the keys
 * under which Chevrotain keeps each lookahead function in dist/grammar/analysis-data.js;
 * a parser constructed later restores them (grammar/base.ts, performSelfAnalysis).
 *
 * Invariant: a restored parser behaves exactly as an analysed one. The lookahead functions
 * are built from the same paths by the same rule as Chevrotain's (the first alternative,
 * whose gate passes, with a path matching the next tokens; token categories included), and
 * the restored GAST serves Chevrotain's error messages. Data that does not match the
 * grammar's rules (a stale build) is not used.
 */
import {
  Alternation,
  Alternative,
  getLookaheadPaths,
  NonTerminal,
  Option,
  Repetition,
  RepetitionMandatory,
  RepetitionMandatoryWithSeparator,
  RepetitionWithSeparator,
  Rule,
  Terminal,
  type ILookaheadStrategy,
  type IProduction,
  type TokenType,
} from './chevrotain.js';

/**
 * A production as the build saves it, compactly (the grammar trees are most of the data):
 * [class code, idx (-1: none), name, other fields or 0, children or 0], trailing zeros
 * left out. The name is the terminal's or separator's token type, the non-terminal's rule,
 * or the rule's own name. The other fields are those not at their defaults (label,
 * maxLookahead, hasPredicates, ...).
 */
type SavedProduction = [string, number, string?, (Record<string, unknown> | 0)?, (SavedProduction[] | 0)?];

/** What the build saves for one grammar. */
export interface SavedAnalysis {
  /** the parser's rule names, in definition order */
  rules: string[];
  gast: SavedProduction[];
  /** lookahead paths by production (`rule/type/occurrence`): per alternative, paths of token names */
  paths: Record<string, string[][][]>;
  /** the lookahead functions Chevrotain keeps: its key, the production, whether the alternation has gates */
  functions: [number, string, boolean][];
}

type ProductionClass = new (options: Record<string, unknown>) => IProduction;
/** Each production class, its code in saved data, and the field its name slot holds. */
const CLASSES: [string, ProductionClass, string][] = [
  ['R', Rule as unknown as ProductionClass, 'name'],
  ['N', NonTerminal as unknown as ProductionClass, 'nonTerminalName'],
  ['A', Alternative as unknown as ProductionClass, ''],
  ['L', Alternation as unknown as ProductionClass, ''],
  ['O', Option as unknown as ProductionClass, ''],
  ['P', Repetition as unknown as ProductionClass, ''],
  ['M', RepetitionMandatory as unknown as ProductionClass, ''],
  ['S', RepetitionMandatoryWithSeparator as unknown as ProductionClass, 'separator'],
  ['W', RepetitionWithSeparator as unknown as ProductionClass, 'separator'],
  ['T', Terminal as unknown as ProductionClass, 'terminalType'],
];
const BY_CODE = new Map(CLASSES.map((c) => [c[0], c]));
/** Fields not saved among the others: children, links, and the slots saved apart. */
const STRUCTURAL = new Set(['_definition', 'definition', 'referencedRule', 'idx']);

function saveProduction(p: IProduction): SavedProduction {
  const entry = CLASSES.find((c) => p.constructor === c[1]);
  if (!entry) throw new Error(`grammar analysis: unknown production ${p.constructor.name}`);
  const [code, , nameField] = entry;
  const fields: Record<string, unknown> = {};
  // (false and '' are the classes' defaults: ignoreAmbiguities, hasPredicates, orgText)
  for (const [key, value] of Object.entries(p)) {
    if (!STRUCTURAL.has(key) && key !== nameField && value !== undefined && value !== false && value !== '') fields[key] = value;
  }
  const named = nameField === '' ? '' : (p as unknown as Record<string, unknown>)[nameField];
  const saved: SavedProduction = [
    code,
    (p as { idx?: number }).idx ?? -1,
    typeof named === 'string' ? named : (named as TokenType).name,
    Object.keys(fields).length > 0 ? fields : 0,
    code === 'T' || code === 'N' ? 0 : (p as unknown as { definition: IProduction[] }).definition.map(saveProduction),
  ];
  while (saved.length > 2 && (saved[saved.length - 1] === 0 || saved[saved.length - 1] === '')) saved.pop();
  return saved;
}

/** The GAST of an analysed parser, as data (the build's side). */
export function saveGast(rules: readonly IProduction[]): SavedProduction[] {
  return rules.map(saveProduction);
}

/** A saved rule's name. */
function savedRuleName(s: SavedProduction): string {
  return s[2]!;
}

/** Rebuilds saved rules: token types by name, each non-terminal linked to its rule. */
export function restoreGast(saved: SavedProduction[], tokens: ReadonlyMap<string, TokenType>): Rule[] {
  const links: NonTerminal[] = [];
  const build = ([code, idx, name = '', fields = 0, children = 0]: SavedProduction): IProduction => {
    const [, cls, nameField] = BY_CODE.get(code)!;
    const options: Record<string, unknown> = fields === 0 ? {} : { ...fields };
    if (idx >= 0) options.idx = idx;
    if (nameField === 'terminalType' || nameField === 'separator') {
      const token = tokens.get(name);
      if (!token) throw new Error(`grammar analysis: unknown token ${name}`);
      options[nameField] = token;
    } else if (nameField !== '') options[nameField] = name;
    if (children !== 0) options.definition = children.map(build);
    const p = new cls(options);
    if (p instanceof NonTerminal) links.push(p);
    return p;
  };
  const rules = saved.map(build) as Rule[];
  const byName = new Map(rules.map((r) => [r.name, r]));
  for (const nt of links) {
    const rule = byName.get(nt.nonTerminalName);
    if (!rule) throw new Error(`grammar analysis: unknown rule ${nt.nonTerminalName}`);
    nt.referencedRule = rule;
  }
  return rules;
}

/** What a lookahead function reads of the parser: the next tokens. */
interface Lookahead {
  LA(i: number): { tokenTypeIdx: number };
}
type AltsWithGates = { GATE?: () => boolean }[] | undefined;

/** Whether token type `want` matches a token of type index `idx` (its categories included). */
function matches(idx: number, want: TokenType): boolean {
  return idx === want.tokenTypeIdx || (want.isParent === true && want.categoryMatchesMap![idx] === true);
}

/** Whether the next tokens follow `path`. */
function follows(parser: Lookahead, path: readonly TokenType[]): boolean {
  for (let i = 0; i < path.length; i++) if (!matches(parser.LA(i + 1).tokenTypeIdx, path[i]!)) return false;
  return true;
}

/** For paths of one token each: which alternative (or -1) each token type index selects, the first one winning. */
function firstTokenTable(alts: readonly (readonly (readonly TokenType[])[])[]): Int16Array | null {
  let size = 0;
  for (const alt of alts) {
    for (const path of alt) {
      if (path.length !== 1) return null;
      size = Math.max(size, path[0]!.tokenTypeIdx! + 1, ...(path[0]!.categoryMatches ?? []).map((c) => c + 1));
    }
  }
  const table = new Int16Array(size).fill(-1);
  alts.forEach((alt, t) => {
    for (const [token] of alt) {
      for (const idx of [token!.tokenTypeIdx!, ...(token!.categoryMatches ?? [])]) if (table[idx] === -1) table[idx] = t;
    }
  });
  return table;
}

/** The alternation's choice: the first alternative whose gate passes and one of whose paths the next tokens follow. */
export function alternationLookahead(alts: TokenType[][][], hasPredicates: boolean): (this: Lookahead, orAlts?: AltsWithGates) => number | undefined {
  const table = hasPredicates ? null : firstTokenTable(alts);
  if (table) {
    return function (this: Lookahead) {
      const idx = this.LA(1).tokenTypeIdx;
      const t = idx < table.length ? table[idx]! : -1;
      return t < 0 ? undefined : t;
    };
  }
  return function (this: Lookahead, orAlts?: AltsWithGates) {
    for (let t = 0; t < alts.length; t++) {
      const gate = hasPredicates ? orAlts?.[t]?.GATE : undefined;
      if (gate !== undefined && gate.call(this) === false) continue;
      for (const path of alts[t]!) if (follows(this, path)) return t;
    }
    return undefined;
  };
}

/** An optional production's choice: whether the next tokens follow one of the paths into it. */
export function optionalLookahead(paths: TokenType[][]): (this: Lookahead) => boolean {
  const table = firstTokenTable([paths]);
  if (table) {
    return function (this: Lookahead) {
      const idx = this.LA(1).tokenTypeIdx;
      return idx < table.length && table[idx] === 0;
    };
  }
  return function (this: Lookahead) {
    for (const path of paths) if (follows(this, path)) return true;
    return false;
  };
}

/** A production's name in saved data. */
function productionKey(rule: string, prodType: string, occurrence: number): string {
  return `${rule}/${prodType}/${occurrence}`;
}

/** A lookahead function from saved paths. */
export function savedLookaheadFunction(production: string, alts: TokenType[][][], hasPredicates: boolean): object {
  return production.includes('/Alternation/') ? alternationLookahead(alts, hasPredicates) : optionalLookahead(alts[0]!);
}

/**
 * Chevrotain's LL(k) lookahead with its paths kept: taken from the saved analysis when there,
 * computed (and kept, for the build to save) otherwise.
 */
export class SavedLookahead implements ILookaheadStrategy {
  /** paths by production, as token types */
  private readonly known = new Map<string, TokenType[][][]>();
  /** for the build: the production each function built serves, and whether it has gates */
  readonly built = new WeakMap<object, [string, boolean]>();

  constructor(private readonly maxLookahead: number) {}

  /** Takes saved paths (token names) for the productions they name. */
  preload(paths: Record<string, string[][][]>, tokens: ReadonlyMap<string, TokenType>): void {
    const token = (name: string): TokenType => {
      const t = tokens.get(name);
      if (!t) throw new Error(`grammar analysis: unknown token ${name}`);
      return t;
    };
    for (const [key, alts] of Object.entries(paths)) this.known.set(key, alts.map((alt) => alt.map((path) => path.map(token))));
  }

  /** The paths computed or taken so far, by token name (what the build saves). */
  savedPaths(): Record<string, string[][][]> {
    const out: Record<string, string[][][]> = {};
    for (const [key, alts] of this.known) out[key] = alts.map((alt) => alt.map((path) => path.map((t) => t.name)));
    return out;
  }

  /** The paths of a production (`rule/type/occurrence`) taken from saved data. */
  pathsOf(key: string): TokenType[][][] | undefined {
    return this.known.get(key);
  }

  private paths(rule: Rule, prodType: string, occurrence: number, maxLookahead: number): TokenType[][][] {
    const key = productionKey(rule.name, prodType, occurrence);
    let alts = this.known.get(key);
    if (!alts) {
      alts = getLookaheadPaths({ occurrence, rule, prodType: prodType as 'Alternation', maxLookahead });
      this.known.set(key, alts);
    }
    return alts;
  }

  validate(): [] {
    return []; // Luna's grammars are validated by the spec that analyses them from scratch
  }

  buildLookaheadForAlternation(options: { prodOccurrence: number; rule: Rule; maxLookahead: number; hasPredicates: boolean; dynamicTokensEnabled: boolean }): (orAlts?: AltsWithGates) => number | undefined {
    if (options.dynamicTokensEnabled) throw new Error('grammar analysis: dynamic tokens are not supported');
    const f = alternationLookahead(this.paths(options.rule, 'Alternation', options.prodOccurrence, options.maxLookahead || this.maxLookahead), options.hasPredicates);
    this.built.set(f, [productionKey(options.rule.name, 'Alternation', options.prodOccurrence), options.hasPredicates]);
    return f;
  }

  buildLookaheadForOptional(options: { prodOccurrence: number; prodType: string; rule: Rule; maxLookahead: number; dynamicTokensEnabled: boolean }): () => boolean {
    if (options.dynamicTokensEnabled) throw new Error('grammar analysis: dynamic tokens are not supported');
    // the first set of paths leads into the production, the second past it
    const f = optionalLookahead(this.paths(options.rule, options.prodType, options.prodOccurrence, options.maxLookahead || this.maxLookahead)[0]!);
    this.built.set(f, [productionKey(options.rule.name, options.prodType, options.prodOccurrence), false]);
    return f;
  }
}

/**
 * Fills Chevrotain's rule cache with the saved rules, each restored on first use: only
 * Chevrotain's error messages read the GAST once the lookahead functions exist.
 */
export function installLazyGast(cache: Record<string, Rule>, saved: SavedProduction[], tokens: ReadonlyMap<string, TokenType>): void {
  let restored: Map<string, Rule> | null = null;
  const rule = (name: string): Rule | undefined => {
    if (restored === null) {
      restored = new Map(restoreGast(saved, tokens).map((r) => [r.name, r]));
      for (const [n, r] of restored) Object.defineProperty(cache, n, { value: r, writable: true, enumerable: true, configurable: true });
    }
    return restored.get(name);
  };
  for (const s of saved) {
    const name = savedRuleName(s);
    Object.defineProperty(cache, name, { get: () => rule(name), enumerable: true, configurable: true });
  }
}
