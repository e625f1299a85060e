/**
 * A dialect: the capability flags of one Lua version plus the data (limits, message
 * variants) that differ between versions. Built once per version and frozen.
 *
 * Invariant: every field here is derived from the tables in this folder; nothing outside
 * src/dialect tests a version number. Callers read `dialect.has.x` and the data fields.
 */
import { DIALECT_NAMES, FEATURES, type DialectName, type Feature } from './features.js';

/** How the lexer reads numerals, per the official llex.c of each version. */
export type NumeralStyle =
  /** 5.1: digits and dots, an optional exponent sign, then any alphanumerics; C strtod decides. */
  | 'strtod'
  /** 5.2 and 5.3: hex or decimal digits, dots and exponents only; the numeral ends before a letter. */
  | 'digits'
  /** 5.4+: as 'digits', but one letter touching the numeral is taken in, making it malformed. */
  | 'touching';

/** How escape errors show their context ("near '...'"): only the escape (5.2) or the string so far (5.3+). */
export type EscapeErrorContext = 'none' | 'escape' | 'string';

/** How a single-byte token that is not printable is named in messages. */
export type ControlCharStyle = 'quoted-char' | 'bare-char' | 'angle';

/** Which statement and expression levels count towards the nesting limit, and how it is reported. */
export interface NestingRule {
  /** Levels already in use when the parser starts (C calls of the host around it). */
  readonly base: number;
  /** The limit itself (LUAI_MAXCCALLS). */
  readonly limit: number;
  /** 'block': each block counts (5.1); 'statement': each statement counts (5.2+). */
  readonly countBlocks: boolean;
  /** true: the error fires when the count reaches the limit; false: when it exceeds it. */
  readonly atLimit: boolean;
  /** How the error reads. */
  readonly report: 'syntax-levels' | 'c-levels' | 'c-stack';
}

export interface SyntaxData {
  readonly keywords: ReadonlySet<string>;
  readonly numerals: NumeralStyle;
  readonly escapeErrorContext: EscapeErrorContext;
  /** Largest code point accepted by '\u{...}'. */
  readonly unicodeEscapeMax: number;
  /** Whether "unfinished long string" names the starting line. */
  readonly longStringStartLine: boolean;
  /** 5.1 quotes '<eof>' and friends in messages; later versions print them bare. */
  readonly quoteSpecialTokens: boolean;
  readonly controlChars: ControlCharStyle;
  /** Message for a 'break' outside any loop. */
  readonly breakOutsideLoop: 'no-loop-to-break' | 'not-inside-a-loop' | 'outside-loop-at-line' | 'outside-loop-near';
  /** Wording of "jumps into the scope of local 'x'" ('local' was dropped in 5.5). */
  readonly jumpIntoScopeWord: string;
  readonly nesting: NestingRule;
  /** Most local variables per function (MAXVARS). */
  readonly maxLocals: number;
  /** Most upvalues per function. */
  readonly maxUpvalues: number;
  /** Names of the hidden control variables of numeric and generic 'for' loops (debug info and the local limit). */
  readonly forNumericHidden: readonly string[];
  readonly forGenericHidden: readonly string[];
  /** What each of those holds, as debug.getlocal shows it. */
  readonly forNumericRoles: readonly ('index' | 'limit' | 'step' | 'count')[];
  readonly forGenericRoles: readonly ('generator' | 'state' | 'control' | 'closing')[];
  /** How limit errors read: "main function has more than 200 local variables" (5.1) or "too many local variables (limit is 200) in main function near 'x'". */
  readonly limitMessages: 'has-more-than' | 'too-many';
  /** When the 200-local limit is checked: at each declaration, or when locals take registers (5.5, which does not count compile-time constants). */
  readonly localLimitCheck: 'declare' | 'activate';
  /** Which line a semantic error (no "near" part) names: the lexer's current line, or the line of the last token read (5.5). */
  readonly semanticErrorLine: 'current' | 'previous';
  /** 5.1's lexer tests "is the next char in this set" with strchr, so a NUL byte matches any set (an exponent mark, a second '.'). */
  readonly nulMatchesCharSets: boolean;
  /** Which line "')' expected (to close '(' at line N)" names for call arguments: the '(' or the start of the called expression (5.2-5.4). */
  readonly callParenLine: 'paren' | 'expression';
  /**
   * luaO_chunkid: the buffer size of syntax errors (5.1's lexer: MAXSRC 80; later LUA_IDSIZE),
   * of run-time names (short_src, error positions: LUA_IDSIZE 60), and which algorithm.
   */
  readonly chunkId: { readonly size: number; readonly runtimeSize: number; readonly cutAtCarriageReturn: boolean; readonly legacyLayout: boolean };
  /**
   * The code generator's register limit (MAXSTACK 250 in 5.1/5.2, MAXREGS 255 later): PUC fails
   * when its free-register count reaches it (atLimit) or passes it. `message` null means
   * luaY_checklimit's "too many registers (limit is N) in main function".
   */
  readonly registers: { readonly limit: number; readonly atLimit: boolean; readonly message: string | null };
  /**
   * Which operands PUC's code generator loads into registers (what debug.getlocal shows as
   * temporaries while a call runs). `constants`: 'rk' (5.1-5.3), a constant operand or key
   * is never in a register; 'k' (5.4+), numerals stay immediate in arithmetic, small
   * integers (-127..128) in order comparisons, constants of '==' and short-string or 0..255
   * integer keys go without a register, other constants are loaded into one.
   * `upvalueTables`: how an upvalue is indexed: 'copied' to a register first (5.1),
   * 'indexed' in place (5.2/5.3), in place only with a short-string constant key ('string-keys', 5.4+).
   */
  readonly heldOperands: { readonly constants: 'rk' | 'k'; readonly upvalueTables: 'copied' | 'indexed' | 'string-keys' };
  /** luaK_ret's limit on the number of returned values ("too many returns"), or null. */
  readonly maxReturns: number | null;
  /** Bytes of a precompiled chunk's header read at once before any check (shorter: "truncated"). */
  readonly binaryHeaderSize: number;
}

/** Runtime data that differs between versions (not yes/no capabilities). */
export interface RuntimeData {
  /** Deepest Lua call nesting before "stack overflow" (5.1's LUAI_MAXCALLS; later versions a stack size). */
  readonly maxCallDepth: number;
  /**
   * LUAI_MAXCCALLS: nested calls made from C (a native calling a Lua value, a metamethod,
   * a resume) at which "C stack overflow" is raised: 200, less the call of the standalone
   * interpreter's pmain, which Luna does not make (the main chunk's call is counted).
   */
  readonly cCallLimit: number;
  /**
   * Where nested calls from C past the limit become "error in error handling" (LUA_ERRERR);
   * between the two, calls go on, room for handling the error (5.1–5.3: the limit plus an
   * eighth; 5.4+: LUAI_MAXCCALLS / 10 * 11), on the same scale as cCallLimit.
   */
  readonly cCallErrorLimit: number;
  /** Calls from C the first resume of a coroutine checks for: 5.1 one (lua_resume), then two (and the body's call). */
  readonly coroutineStartCCalls: number;
  /** What the garbage collector does (gc.ts), and collectgarbage's results. */
  readonly gc: GcData;
  /** 5.1/5.2 write "attempt to index global 'x' (a nil value)"; 5.3+ "attempt to index a nil value (global 'x')". */
  readonly typeErrorStyle: 'variable-first' | 'variable-last';
  /** Longest '__index'/'__newindex' chain (MAXTAGLOOP) and the message past it. */
  readonly tagLoopLimit: number;
  readonly indexLoopMessage: string;
  readonly newindexLoopMessage: string;
  /** Longest '__call' chain (5.4+: a callable value as '__call') before "'__call' chain too long". */
  readonly callChainLimit: number;
  /** "'for' limit must be a number" (up to 5.3) or "bad 'for' limit (number expected, got string)" (5.4+). */
  readonly forErrorStyle: 'must-be-number' | 'bad-for';
  /** How tracebacks (luaL_traceback, debug.traceback) name and elide levels. */
  readonly traceback: TracebackStyle;
  /**
   * The standalone interpreter's message handler for an uncaught non-string error:
   * 'keep' (5.1: no traceback; "(error object is not a string)"), 'tostring-or-none' (5.2:
   * __tostring or "(no error message)", no traceback), 'tostring-or-type' (5.3+: __tostring
   * without traceback, else "(error object is a T value)" with one). nil prints nothing
   * before 5.3.
   */
  readonly uncaughtNonString: 'keep' | 'tostring-or-none' | 'tostring-or-type';
  /**
   * The line a failing binary operation reports: its operator's (5.2+), or the last line of
   * its right operand (5.1, which uses the line of the last token read).
   */
  readonly operatorErrorLine: 'operator' | 'operand';
  /**
   * How load words a damaged binary chunk: "unexpected end in precompiled chunk" (5.1),
   * "truncated precompiled chunk" (5.2/5.3), "bad binary format (truncated chunk)" (5.4+).
   */
  readonly binaryChunkErrors: { readonly truncated: string; readonly notBinary: string };
  /** How "attempt to call" names a generic for's iterator: none (up to 5.3) or "for iterator 'for iterator'". */
  readonly iteratorCallDesc: string | null;
  /** The name debug.getlocal gives extra arguments (negative indices); null: 5.1 has none. */
  readonly varargLocalName: string | null;
  /** The name debug.getlocal gives a Lua frame's temporaries: '(*temporary)' (up to 5.3) or '(temporary)'. */
  readonly temporaryName: string;
  /** The name it gives a C function's stack slots: '(*temporary)' (up to 5.3) or '(C temporary)'. */
  readonly cTemporaryName: string;
  /**
   * collectgarbage's options, and how many numeric arguments after the option each one
   * checks ('*': every option; 5.1-5.3 read argument 2 whatever the option).
   */
  readonly collectgarbage: { readonly options: readonly string[]; readonly numericArgs: Readonly<Record<string, number>> };
}

/** The shape of a traceback: what each version's luaL_traceback prints. */
export interface TracebackStyle {
  /** Levels printed before eliding, and after ("\n\t..." in between). */
  readonly levels1: number;
  readonly levels2: number;
  /**
   * How the middle is elided: 'first-part' (5.1's db_errorfb), 'mark' (5.2: countlevels and
   * a mark), 'dots' (5.3: "..."), 'count' (5.4+: "...\t(skipping 12 levels)").
   */
  readonly elision: 'first-part' | 'mark' | 'dots' | 'count';
  /** 5.1 prints one "(tail call): ?" level per lost frame; later versions "(...tail calls...)". */
  readonly tailCallLevels: boolean;
  /** 5.1/5.2 print every name as "function 'x'"; later versions "local 'x'", "method 'x'"... */
  readonly namewhatInText: boolean;
  /**
   * When the name found in package.loaded is used: 'never' (5.1), 'c-only' (5.2: C functions
   * without a name from code), 'first' (5.3/5.4: before the name from code), 'fallback'
   * (5.5: when code gives no name).
   */
  readonly globalNames: 'never' | 'c-only' | 'first' | 'fallback';
  /** 5.3+ write 'print' for the loaded name '_G.print' (5.2 keeps '_G.print'). */
  readonly stripGlobalTable: boolean;
  /** Name of a metamethod frame: none (5.1), '__index' (5.2/5.3), 'index' (5.4+). */
  readonly metamethodNames: 'none' | 'event' | 'short';
  /** The name of a generic-for iterator frame. */
  readonly forIteratorName: string;
  /** What follows "[C]:" for an unnamed C function: '?' (5.1) or 'in ?'. */
  readonly unnamedC: string;
  /**
   * 5.1: the standalone interpreter's message handler is a C function calling
   * debug.traceback(msg, 2), so its own level counts among the first part's levels.
   */
  readonly handlerLevel: boolean;
}

/**
 * The garbage collector of each version as Lua code sees it (src/runtime/gc.ts): weak
 * tables, finalizers, and what collectgarbage stores and returns.
 */
export interface GcData {
  /** Weak-keyed tables are ephemerons (5.2+); 5.1 marks the values of a weak-keyed table strongly. */
  readonly ephemerons: boolean;
  /**
   * When weak tables are cleared: 'once' (5.1's atomic phase: after the objects to be
   * finalized are marked, and a finalized userdata goes from weak values even while
   * resurrected) or 'around-resurrection' (5.2+: weak values also before resurrection).
   */
  readonly weakClearing: 'once' | 'around-resurrection';
  /**
   * When an object's finalizer is decided: 'setmetatable' (5.2+: registered only if its new
   * metatable has '__gc' then) or 'collection' (5.1: every userdata with a metatable is
   * registered; '__gc' is looked up when it dies).
   */
  readonly finalizerCheck: 'setmetatable' | 'collection';
  /** An object whose finalizer ran can be registered again by setmetatable (5.3+; earlier once ever). */
  readonly rearmFinalizers: boolean;
  /** Which '__gc' values are called: 'functions' (5.2/5.3 ignore other values) or 'any' (a non-callable one raises). */
  readonly finalizerValues: 'functions' | 'any';
  /** What follows "attempt to call a X value" for a '__gc' that cannot be called (5.4+: " (metamethod '__gc')"). */
  readonly finalizerCallSuffix: string;
  /**
   * What an error in a finalizer becomes, outside lua_close (which drops it): 'propagate'
   * (5.1: the error itself, from wherever the collection ran), 'wrap' (5.2/5.3: "error in
   * __gc metamethod (MSG)"), 'warn' (5.4+: the warning "error in __gc (MSG)").
   */
  readonly finalizerErrors: 'propagate' | 'wrap' | 'warn';
  /** lua_gc refuses every request while a finalizer runs, so collectgarbage returns fail (5.4+). */
  readonly refusedInFinalizers: boolean;
  /** The collector's parameters and their initial values (setpause/setstepmul; 5.5's 'param' names). */
  readonly params: Readonly<Record<string, number>>;
  /**
   * How lua_gc stores a parameter: 'int' (5.1-5.3), 'quarter-byte' (5.4: value/4 in a byte)
   * or 'coded' (5.5: luaO_codeparam's one-byte float).
   */
  readonly paramStorage: 'int' | 'quarter-byte' | 'coded';
  /** A step multiplier below this is raised to it (5.3: 40); null: kept as given. */
  readonly minStepmul: number | null;
  /** collectgarbage("count"): 'kb' (5.1), 'kb-and-bytes' (5.2: also the bytes beyond whole KB), 'float-kb' (5.3+: always a float). */
  readonly countResult: 'kb' | 'kb-and-bytes' | 'float-kb';
  /**
   * What collectgarbage("step", n) does: 'full' (5.1: a whole cycle), 'sized' (5.2-5.4: n KB
   * of work, 0 a basic step), 'basic' (5.5: one basic step whatever n).
   */
  readonly step: 'full' | 'sized' | 'basic';
  /** In generational mode a step returns false: the collector never rests in its pause state (5.4+). */
  readonly generationalStepFalse: boolean;
  /** collectgarbage("incremental"/"generational") returns the previous mode (5.4+); 5.2 returns 0. */
  readonly modeReturnsPrevious: boolean;
  /** collectgarbage("incremental", pause, stepmul) sets those parameters (5.4; zero keeps a value). */
  readonly incrementalSetsParams: boolean;
}

const TRACEBACK_51: TracebackStyle = {
  levels1: 12, levels2: 10, elision: 'first-part', tailCallLevels: true, namewhatInText: false, globalNames: 'never', stripGlobalTable: false,
  metamethodNames: 'none', forIteratorName: '(for generator)', unnamedC: '?', handlerLevel: true,
};
const TRACEBACK_52: TracebackStyle = {
  levels1: 12, levels2: 11, elision: 'mark', tailCallLevels: false, namewhatInText: false, globalNames: 'c-only', stripGlobalTable: false,
  metamethodNames: 'event', forIteratorName: 'for iterator', unnamedC: 'in ?', handlerLevel: false,
};
const TRACEBACK_53: TracebackStyle = {
  ...TRACEBACK_52, levels1: 10, elision: 'dots', namewhatInText: true, globalNames: 'first', stripGlobalTable: true,
};
const TRACEBACK_54: TracebackStyle = { ...TRACEBACK_53, elision: 'count', metamethodNames: 'short' };
const TRACEBACK_55: TracebackStyle = { ...TRACEBACK_54, globalNames: 'fallback' };

/** The standalone interpreter (lua.c) of each version: options, messages, start-up order. */
export interface CliData {
  /** What -v and the REPL print first. */
  readonly versionBanner: string;
  /** Lines after "usage: PROG [options] [script [args]]" (5.1 ends that line with '.'). */
  readonly usageLines: readonly string[];
  readonly usageEndsWithDot: boolean;
  /** 5.2+ say "PROG: unrecognized option '-x'" before the usage. */
  readonly reportsBadOption: boolean;
  /** Options beyond -e -l -i -v -- -: 'E' (5.2+), 'W' (5.4+). */
  readonly extraOptions: string;
  /** -l NAME: 'require' (5.1: result dropped), 'global' (global NAME = result), 'g=mod' (also -l g=mod). */
  readonly libraryOption: 'require' | 'global' | 'g=mod';
  /** 5.3+ build the global 'arg' before running LUA_INIT and -e (and without a script). */
  readonly argTableFirst: boolean;
  /** Environment variables for the init code, tried in order. */
  readonly initVariables: readonly string[];
  /** The REPL reads "=expr" as "return expr" (up to 5.4). */
  readonly replEqualsPrefix: boolean;
  /** The REPL first tries each line as "return LINE;" and prints the values (5.3+). */
  readonly replAutoReturn: boolean;
  /** lua.c switches the collector to generational mode at start-up (5.4+). */
  readonly startsGenerational: boolean;
  /** End of input inside a continued statement: 'exit' (5.1/5.2), 'null' (5.3/5.4 print "(null)"), 'error' (5.5 prints the syntax error). */
  readonly replEofInContinuation: 'exit' | 'null' | 'error';
  /** The version banner (-v, REPL) goes to stderr (5.1's l_message), not stdout. */
  readonly versionOnStderr: boolean;
  /** LUA_INIT runs before the options are parsed, so even before a usage error (5.1). */
  readonly initBeforeOptions: boolean;
  /** The value of '-e'/'-l' given as the next argument may start with '-' (5.1 does not check). */
  readonly optionValueMayStartWithDash: boolean;
  /** The REPL warns on stderr when a statement's first line starts with "local" (5.5). */
  readonly replWarnsLocal: boolean;
  /** '-E' ignores what follows it in the same argument (5.2 reads '-Ei' as '-E'). */
  readonly ignoreEnvOptionTakesSuffix: boolean;
}

export interface Dialect {
  readonly name: DialectName;
  /** The value of _VERSION. */
  readonly luaVersion: string;
  readonly has: Readonly<Record<Feature, boolean>>;
  readonly syntax: SyntaxData;
  readonly runtime: RuntimeData;
  readonly cli: CliData;
}

const ORDER: Record<DialectName, number> = { '5.1': 1, '5.2': 2, '5.3': 3, '5.4': 4, '5.5': 5 };

function featureFlags(name: DialectName): Record<Feature, boolean> {
  const has = {} as Record<Feature, boolean>;
  for (const key of Object.keys(FEATURES) as Feature[]) {
    const spec: { since: DialectName; until?: DialectName } = FEATURES[key];
    has[key] = ORDER[name] >= ORDER[spec.since] && (spec.until === undefined || ORDER[name] <= ORDER[spec.until]);
  }
  return has;
}

const BASE_KEYWORDS = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'if', 'in',
  'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
];

const OLD_FOR_HIDDEN = {
  forNumericHidden: ['(for index)', '(for limit)', '(for step)'],
  forGenericHidden: ['(for generator)', '(for state)', '(for control)'],
  forNumericRoles: ['index', 'limit', 'step'],
  forGenericRoles: ['generator', 'state', 'control'],
} as const;
const NEW_FOR_HIDDEN = {
  forNumericHidden: ['(for state)', '(for state)', '(for state)'],
  forGenericHidden: ['(for state)', '(for state)', '(for state)', '(for state)'],
  forNumericRoles: ['index', 'count', 'step'],
  forGenericRoles: ['generator', 'state', 'control', 'closing'],
} as const;

const MODERN_LIMITS = {
  limitMessages: 'too-many', localLimitCheck: 'declare', semanticErrorLine: 'current', nulMatchesCharSets: false,
  callParenLine: 'expression',
} as const;
const NEW_CHUNK_ID = { chunkId: { size: 60, runtimeSize: 60, cutAtCarriageReturn: false, legacyLayout: false } };

/** Per-version data that is not a yes/no capability. */
const SYNTAX_DATA: Record<DialectName, Omit<SyntaxData, 'keywords'>> = {
  '5.1': {
    numerals: 'strtod', escapeErrorContext: 'none', unicodeEscapeMax: 0,
    longStringStartLine: false, quoteSpecialTokens: true, controlChars: 'quoted-char',
    breakOutsideLoop: 'no-loop-to-break', jumpIntoScopeWord: 'local ',
    nesting: { base: 1, limit: 200, countBlocks: true, atLimit: false, report: 'syntax-levels' },
    registers: { limit: 250, atLimit: true, message: 'function or expression too complex' }, maxReturns: null, binaryHeaderSize: 12,
    heldOperands: { constants: 'rk', upvalueTables: 'copied' },
    maxLocals: 200, maxUpvalues: 60, ...OLD_FOR_HIDDEN,
    limitMessages: 'has-more-than', localLimitCheck: 'declare', semanticErrorLine: 'current', nulMatchesCharSets: true,
    callParenLine: 'paren',
    chunkId: { size: 80, runtimeSize: 60, cutAtCarriageReturn: true, legacyLayout: true },
  },
  '5.2': {
    numerals: 'digits', escapeErrorContext: 'escape', unicodeEscapeMax: 0,
    longStringStartLine: false, quoteSpecialTokens: false, controlChars: 'bare-char',
    breakOutsideLoop: 'not-inside-a-loop', jumpIntoScopeWord: 'local ',
    nesting: { base: 1, limit: 200, countBlocks: false, atLimit: false, report: 'c-levels' },
    registers: { limit: 250, atLimit: true, message: 'function or expression too complex' }, maxReturns: null, binaryHeaderSize: 18,
    heldOperands: { constants: 'rk', upvalueTables: 'indexed' },
    maxLocals: 200, maxUpvalues: 255, ...OLD_FOR_HIDDEN, ...NEW_CHUNK_ID, ...MODERN_LIMITS,
  },
  '5.3': {
    numerals: 'digits', escapeErrorContext: 'string', unicodeEscapeMax: 0x10ffff,
    longStringStartLine: true, quoteSpecialTokens: false, controlChars: 'angle',
    breakOutsideLoop: 'not-inside-a-loop', jumpIntoScopeWord: 'local ',
    nesting: { base: 1, limit: 200, countBlocks: false, atLimit: false, report: 'c-levels' },
    registers: { limit: 255, atLimit: true, message: 'function or expression needs too many registers' }, maxReturns: null, binaryHeaderSize: 4,
    heldOperands: { constants: 'rk', upvalueTables: 'indexed' },
    maxLocals: 200, maxUpvalues: 255, ...OLD_FOR_HIDDEN, ...NEW_CHUNK_ID, ...MODERN_LIMITS,
  },
  '5.4': {
    numerals: 'touching', escapeErrorContext: 'string', unicodeEscapeMax: 0x7fffffff,
    longStringStartLine: true, quoteSpecialTokens: false, controlChars: 'angle',
    breakOutsideLoop: 'outside-loop-at-line', jumpIntoScopeWord: 'local ',
    nesting: { base: 1, limit: 200, countBlocks: false, atLimit: true, report: 'c-stack' },
    registers: { limit: 255, atLimit: true, message: 'function or expression needs too many registers' }, maxReturns: null, binaryHeaderSize: 4,
    heldOperands: { constants: 'k', upvalueTables: 'string-keys' },
    maxLocals: 200, maxUpvalues: 255, ...NEW_FOR_HIDDEN, ...NEW_CHUNK_ID, ...MODERN_LIMITS,
  },
  '5.5': {
    numerals: 'touching', escapeErrorContext: 'string', unicodeEscapeMax: 0x7fffffff,
    longStringStartLine: true, quoteSpecialTokens: false, controlChars: 'angle',
    breakOutsideLoop: 'outside-loop-near', jumpIntoScopeWord: '',
    nesting: { base: 3, limit: 200, countBlocks: false, atLimit: true, report: 'c-stack' },
    registers: { limit: 255, atLimit: false, message: null }, maxReturns: 255, binaryHeaderSize: 4,
    heldOperands: { constants: 'k', upvalueTables: 'string-keys' },
    maxLocals: 200, maxUpvalues: 255, ...NEW_CHUNK_ID,
    forNumericHidden: ['(for state)', '(for state)'],
    forGenericHidden: ['(for state)', '(for state)', '(for state)'],
    forNumericRoles: ['count', 'step'],
    forGenericRoles: ['generator', 'state', 'closing'],
    limitMessages: 'too-many', localLimitCheck: 'activate', semanticErrorLine: 'previous', nulMatchesCharSets: false,
    callParenLine: 'paren',
  },
};

const COLLECTOR_51: GcData = {
  ephemerons: false, weakClearing: 'once', finalizerCheck: 'collection', rearmFinalizers: false, finalizerValues: 'any',
  finalizerCallSuffix: '', finalizerErrors: 'propagate', refusedInFinalizers: false, params: { pause: 200, stepmul: 200 },
  paramStorage: 'int', minStepmul: null, countResult: 'kb', step: 'full', generationalStepFalse: false,
  modeReturnsPrevious: false, incrementalSetsParams: false,
};
const COLLECTOR_52: GcData = {
  ...COLLECTOR_51, ephemerons: true, weakClearing: 'around-resurrection', finalizerCheck: 'setmetatable',
  finalizerValues: 'functions', finalizerErrors: 'wrap', countResult: 'kb-and-bytes', step: 'sized',
};
const COLLECTOR_53: GcData = { ...COLLECTOR_52, rearmFinalizers: true, minStepmul: 40, countResult: 'float-kb' };
const COLLECTOR_54: GcData = {
  ...COLLECTOR_53, finalizerValues: 'any', finalizerCallSuffix: " (metamethod '__gc')", finalizerErrors: 'warn',
  refusedInFinalizers: true, params: { pause: 200, stepmul: 100 }, paramStorage: 'quarter-byte', minStepmul: null,
  generationalStepFalse: true, modeReturnsPrevious: true, incrementalSetsParams: true,
};
const COLLECTOR_55: GcData = {
  ...COLLECTOR_54, params: { minormul: 20, majorminor: 50, minormajor: 68, pause: 250, stepmul: 200, stepsize: 9600 },
  paramStorage: 'coded', step: 'basic', incrementalSetsParams: false,
};

/** MAXTAGLOOP and the messages past it: 100 and "loop in gettable" up to 5.2, then 2000 and the '__index' chain message. */
const LOOP_51 = { tagLoopLimit: 100, indexLoopMessage: 'loop in gettable', newindexLoopMessage: 'loop in settable' };
const LOOP_53 = {
  tagLoopLimit: 2000,
  indexLoopMessage: "'__index' chain too long; possible loop",
  newindexLoopMessage: "'__newindex' chain too long; possible loop",
};

const BINARY_52 = { truncated: 'truncated precompiled chunk', notBinary: 'not a precompiled chunk' };
const BINARY_54 = { truncated: 'bad binary format (truncated chunk)', notBinary: 'bad binary format (not a binary chunk)' };
const GC_OPTIONS = ['collect', 'stop', 'restart', 'count', 'step', 'setpause', 'setstepmul'];
const GC_51 = { options: GC_OPTIONS, numericArgs: { '*': 1 } };
const GC_52 = { options: [...GC_OPTIONS, 'isrunning', 'generational', 'incremental'], numericArgs: { '*': 1 } };
const GC_53 = { options: [...GC_OPTIONS, 'isrunning'], numericArgs: { '*': 1 } };
const GC_54 = {
  options: [...GC_OPTIONS, 'isrunning', 'incremental', 'generational'],
  numericArgs: { step: 1, setpause: 1, setstepmul: 1, incremental: 3, generational: 2 },
};
const GC_55 = { options: ['collect', 'stop', 'restart', 'count', 'step', 'isrunning', 'incremental', 'generational', 'param'], numericArgs: { step: 1 } };
const RUNTIME_DATA: Record<DialectName, RuntimeData> = {
  '5.1': { cCallLimit: 199, cCallErrorLimit: 224, coroutineStartCCalls: 1, maxCallDepth: 19996, typeErrorStyle: 'variable-first', ...LOOP_51, callChainLimit: 100, forErrorStyle: 'must-be-number', traceback: TRACEBACK_51, uncaughtNonString: 'keep', operatorErrorLine: 'operand', binaryChunkErrors: { truncated: 'unexpected end in precompiled chunk', notBinary: 'bad header in precompiled chunk' }, collectgarbage: GC_51, varargLocalName: null, temporaryName: '(*temporary)', cTemporaryName: '(*temporary)', iteratorCallDesc: null, gc: COLLECTOR_51 },
  '5.2': { cCallLimit: 199, cCallErrorLimit: 224, coroutineStartCCalls: 2, maxCallDepth: 200000, typeErrorStyle: 'variable-first', ...LOOP_51, callChainLimit: 100, forErrorStyle: 'must-be-number', traceback: TRACEBACK_52, uncaughtNonString: 'tostring-or-none', operatorErrorLine: 'operator', binaryChunkErrors: BINARY_52, collectgarbage: GC_52, varargLocalName: '(*vararg)', temporaryName: '(*temporary)', cTemporaryName: '(*temporary)', iteratorCallDesc: null, gc: COLLECTOR_52 },
  '5.3': { cCallLimit: 199, cCallErrorLimit: 224, coroutineStartCCalls: 2, maxCallDepth: 200000, typeErrorStyle: 'variable-last', ...LOOP_53, callChainLimit: 2000, forErrorStyle: 'must-be-number', traceback: TRACEBACK_53, uncaughtNonString: 'tostring-or-type', operatorErrorLine: 'operator', binaryChunkErrors: BINARY_52, collectgarbage: GC_53, varargLocalName: '(*vararg)', temporaryName: '(*temporary)', cTemporaryName: '(*temporary)', iteratorCallDesc: null, gc: COLLECTOR_53 },
  '5.4': { cCallLimit: 199, cCallErrorLimit: 219, coroutineStartCCalls: 2, maxCallDepth: 200000, typeErrorStyle: 'variable-last', ...LOOP_53, callChainLimit: 2000, forErrorStyle: 'bad-for', traceback: TRACEBACK_54, uncaughtNonString: 'tostring-or-type', operatorErrorLine: 'operator', binaryChunkErrors: BINARY_54, collectgarbage: GC_54, varargLocalName: '(vararg)', temporaryName: '(temporary)', cTemporaryName: '(C temporary)', iteratorCallDesc: "for iterator 'for iterator'", gc: COLLECTOR_54 },
  '5.5': { cCallLimit: 199, cCallErrorLimit: 219, coroutineStartCCalls: 2, maxCallDepth: 200000, typeErrorStyle: 'variable-last', ...LOOP_53, callChainLimit: 15, forErrorStyle: 'bad-for', traceback: TRACEBACK_55, uncaughtNonString: 'tostring-or-type', operatorErrorLine: 'operator', binaryChunkErrors: BINARY_54, collectgarbage: GC_55, varargLocalName: '(vararg)', temporaryName: '(temporary)', cTemporaryName: '(C temporary)', iteratorCallDesc: "for iterator 'for iterator'", gc: COLLECTOR_55 },
};

const USAGE_51 = [
  'Available options are:',
  "  -e stat  execute string 'stat'",
  "  -l name  require library 'name'",
  "  -i       enter interactive mode after executing 'script'",
  '  -v       show version information',
  '  --       stop handling options',
  '  -        execute stdin and stop handling options',
];
const USAGE_52 = [
  'Available options are:',
  "  -e stat  execute string 'stat'",
  "  -i       enter interactive mode after executing 'script'",
  "  -l name  require library 'name'",
  '  -v       show version information',
  '  -E       ignore environment variables',
  '  --       stop handling options',
  '  -        stop handling options and execute stdin',
];
const USAGE_53 = USAGE_52.map((l) => (l.startsWith('  -l') ? "  -l name  require library 'name' into global 'name'" : l));
const USAGE_54 = [
  'Available options are:',
  "  -e stat   execute string 'stat'",
  "  -i        enter interactive mode after executing 'script'",
  "  -l mod    require library 'mod' into global 'mod'",
  "  -l g=mod  require library 'mod' into global 'g'",
  '  -v        show version information',
  '  -E        ignore environment variables',
  '  -W        turn warnings on',
  '  --        stop handling options',
  '  -         stop handling options and execute stdin',
];
const CLI_DATA: Record<DialectName, CliData> = {
  '5.1': {
    versionBanner: 'Lua 5.1.5  Copyright (C) 1994-2012 Lua.org, PUC-Rio', usageLines: USAGE_51, usageEndsWithDot: true,
    reportsBadOption: false, extraOptions: '', libraryOption: 'require', argTableFirst: false, initVariables: ['LUA_INIT'],
    replEqualsPrefix: true, replAutoReturn: false, replEofInContinuation: 'exit', startsGenerational: false,
    versionOnStderr: true, initBeforeOptions: true, optionValueMayStartWithDash: true, replWarnsLocal: false, ignoreEnvOptionTakesSuffix: false,
  },
  '5.2': {
    versionBanner: 'Lua 5.2.4  Copyright (C) 1994-2015 Lua.org, PUC-Rio', usageLines: USAGE_52, usageEndsWithDot: false,
    reportsBadOption: true, extraOptions: 'E', libraryOption: 'global', argTableFirst: false, initVariables: ['LUA_INIT_5_2', 'LUA_INIT'],
    replEqualsPrefix: true, replAutoReturn: false, replEofInContinuation: 'exit', startsGenerational: false,
    versionOnStderr: false, initBeforeOptions: false, optionValueMayStartWithDash: false, replWarnsLocal: false, ignoreEnvOptionTakesSuffix: true,
  },
  '5.3': {
    versionBanner: 'Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio', usageLines: USAGE_53, usageEndsWithDot: false,
    reportsBadOption: true, extraOptions: 'E', libraryOption: 'global', argTableFirst: true, initVariables: ['LUA_INIT_5_3', 'LUA_INIT'],
    replEqualsPrefix: true, replAutoReturn: true, replEofInContinuation: 'null', startsGenerational: false,
    versionOnStderr: false, initBeforeOptions: false, optionValueMayStartWithDash: false, replWarnsLocal: false, ignoreEnvOptionTakesSuffix: false,
  },
  '5.4': {
    versionBanner: 'Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio', usageLines: USAGE_54, usageEndsWithDot: false,
    reportsBadOption: true, extraOptions: 'EW', libraryOption: 'g=mod', argTableFirst: true, initVariables: ['LUA_INIT_5_4', 'LUA_INIT'],
    replEqualsPrefix: true, replAutoReturn: true, replEofInContinuation: 'null', startsGenerational: true,
    versionOnStderr: false, initBeforeOptions: false, optionValueMayStartWithDash: false, replWarnsLocal: false, ignoreEnvOptionTakesSuffix: false,
  },
  '5.5': {
    versionBanner: 'Lua 5.5.0  Copyright (C) 1994-2025 Lua.org, PUC-Rio', usageLines: USAGE_54, usageEndsWithDot: false,
    reportsBadOption: true, extraOptions: 'EW', libraryOption: 'g=mod', argTableFirst: true, initVariables: ['LUA_INIT_5_5', 'LUA_INIT'],
    replEqualsPrefix: false, replAutoReturn: true, replEofInContinuation: 'error', startsGenerational: true,
    versionOnStderr: false, initBeforeOptions: false, optionValueMayStartWithDash: false, replWarnsLocal: true, ignoreEnvOptionTakesSuffix: false,
  },
};

function build(name: DialectName): Dialect {
  const has = Object.freeze(featureFlags(name));
  const keywords = new Set(BASE_KEYWORDS);
  if (has.gotoStatement) keywords.add('goto');
  // 'global' stays a name even in 5.5: the official 5.5.0 interpreter (built with its
  // default LUA_COMPAT_GLOBAL) treats it as a keyword only where a declaration can start.
  return Object.freeze({
    name,
    luaVersion: `Lua ${name}`,
    has,
    syntax: Object.freeze({ ...SYNTAX_DATA[name], keywords }),
    runtime: Object.freeze(RUNTIME_DATA[name]),
    cli: Object.freeze(CLI_DATA[name]),
  });
}

const DIALECTS = new Map<DialectName, Dialect>(DIALECT_NAMES.map((n) => [n, build(n)]));

/** The dialect object for a version name such as '5.4'. */
export function getDialect(name: DialectName): Dialect {
  const d = DIALECTS.get(name);
  if (!d) throw new RangeError(`unknown Lua dialect '${String(name)}' (expected one of ${DIALECT_NAMES.join(', ')})`);
  return d;
}

/** Accepts user input such as '5.4', '54' or 'lua5.4'; returns undefined when it names no dialect. */
export function parseDialectName(text: string): DialectName | undefined {
  const m = /^(?:lua)?\s*5\.?([1-5])$/i.exec(text.trim());
  return m ? (`5.${m[1]}` as DialectName) : undefined;
}

/** Every dialect, oldest first. */
export function allDialects(): Dialect[] {
  return DIALECT_NAMES.map(getDialect);
}
