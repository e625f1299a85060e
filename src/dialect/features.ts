/**
 * The dialect capability table: every difference between Lua 5.1, 5.2, 5.3, 5.4 and 5.5
 * that Luna knows of is named here once, as data.
 *
 * Invariant: this folder is the only place in Luna where a version number appears as a
 * literal or is compared. Everything else asks `dialect.has.someFeature` or reads a
 * value from `dialect` (limits, message variants). A spec greps the rest of the tree.
 */

export const DIALECT_NAMES = ['5.1', '5.2', '5.3', '5.4', '5.5'] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];
export const DEFAULT_DIALECT: DialectName = '5.5';

/**
 * A feature is present in the dialects from `since` up to and including `until` (when given).
 * `doc` says what the feature means, for the `capabilities` command and for readers.
 */
interface FeatureSpec {
  readonly since: DialectName;
  readonly until?: DialectName;
  readonly doc: string;
}

export const FEATURES = {
  // ---- lexical ----
  gotoStatement: { since: '5.2', doc: "'goto' is a reserved word; goto statements and ::labels::" },
  hexEscape: { since: '5.2', doc: "'\\xXX' escapes in short strings" },
  zEscape: { since: '5.2', doc: "'\\z' skips the following whitespace in short strings" },
  unicodeEscape: { since: '5.3', doc: "'\\u{XXX}' escapes in short strings" },
  strictEscapes: { since: '5.2', doc: 'an unknown escape sequence is an error (5.1 keeps the escaped character)' },
  hexFloatLiterals: { since: '5.2', doc: "hexadecimal numerals with a fraction and 'p' exponent, read by the lexer itself" },
  nestedLongBracketError: { since: '5.1', until: '5.1', doc: "'[[' inside a level-0 long string is an error ('nesting of [[...]] is deprecated')" },
  numeralTouchingLetterError: { since: '5.4', doc: 'a numeral followed directly by a letter is malformed even when the letter ends it' },
  loadfileSkipsBOM: { since: '5.2', doc: 'loadfile skips a UTF-8 byte-order mark at the start of a file' },
  // ---- syntax ----
  integerDivision: { since: '5.3', doc: "the '//' floor-division operator" },
  bitwiseOperators: { since: '5.3', doc: "the operators '&', '|', '~' (binary and unary), '<<' and '>>'" },
  breakAnywhere: { since: '5.2', doc: "'break' may be followed by more statements in its block; ';' alone is an empty statement" },
  strictExpressionStatements: { since: '5.2', doc: "an expression statement that is neither a call nor an assignment is a 'syntax error' (5.1 expects '=')" },
  varargArgTable: { since: '5.1', until: '5.1', doc: "a vararg function has a local 'arg' holding its extra arguments (LUA_COMPAT_VARARG)" },
  ambiguousCallError: { since: '5.1', until: '5.1', doc: "a call whose '(' starts a new line is a syntax error ('ambiguous syntax')" },
  localAttributes: { since: '5.4', doc: "local attributes '<const>' and '<close>'" },
  attributePrefix: { since: '5.5', doc: 'an attribute may precede the whole name list of a declaration' },
  globalDeclarations: { since: '5.5', doc: "global declarations ('global x', 'global<const> *', 'global function f'); 'global' is a keyword only where a declaration starts" },
  namedVararg: { since: '5.5', doc: "'...name' gives the vararg table a name" },
  readOnlyForVariable: { since: '5.5', doc: "the control variable of a 'for' loop is read-only" },
  labelRedefinitionInNestedBlock: { since: '5.4', doc: 'a label may not repeat the name of any visible label, even one in an enclosing block' },
  integers: { since: '5.3', doc: '64-bit integer subtype beside floats' },
  // ---- runtime semantics ----
  stringArithmeticMetamethods: { since: '5.4', doc: 'strings convert to numbers in arithmetic through the string metatable (no coercion when the string library is absent)' },
  bitwiseStringCoercion: { since: '5.3', until: '5.3', doc: 'bitwise operators convert numeric strings to integers' },
  leFallsBackToLt: { since: '5.1', until: '5.3', doc: "without '__le', 'a <= b' uses 'not (b < a)' with '__lt'" },
  eqNeedsSameMetamethod: { since: '5.1', until: '5.2', doc: "'__eq' is used only when both operands have the same metamethod" },
  lenMetamethodForTables: { since: '5.2', doc: "'__len' applies to tables (5.1: only to userdata)" },
  callErrorNamesMetamethod: { since: '5.4', doc: "calling a value whose '__call' is not callable reports the '__call' value's type" },
  gcMetamethodForTables: { since: '5.2', doc: "'__gc' applies to tables (5.1: only to userdata)" },
  pairsMetamethod: { since: '5.2', doc: "pairs uses '__pairs'" },
  ipairsMetamethod: { since: '5.2', until: '5.2', doc: "ipairs uses '__ipairs'" },
  ipairsRespectsIndex: { since: '5.3', doc: "ipairs reads elements through '__index'" },
  closeMetamethod: { since: '5.4', doc: "to-be-closed variables and '__close'" },
  forStepZeroError: { since: '5.4', doc: "a numeric for with step 0 raises \"'for' step is zero\"" },
  nilErrorObjectMessage: { since: '5.5', doc: "error(nil) raises the message '<no error object>'" },
  yieldAcrossPcall: { since: '5.2', doc: 'a coroutine may yield inside pcall/xpcall' },
  yieldInIterators: { since: '5.2', doc: "a coroutine may yield inside a generic for's iterator" },
  // ---- library contents ----
  loadstringFunction: { since: '5.1', until: '5.2', doc: 'the global loadstring (5.2 keeps it for compatibility)' },
  unpackGlobal: { since: '5.1', until: '5.2', doc: 'the global unpack (table.unpack from 5.2)' },
  moduleFunction: { since: '5.1', until: '5.2', doc: 'module and package.seeall' },
  gcinfoAndNewproxy: { since: '5.1', until: '5.1', doc: 'the globals gcinfo and newproxy' },
  rawlenFunction: { since: '5.2', doc: 'the global rawlen' },
  bit32Library: { since: '5.2', until: '5.3', doc: 'the bit32 library (5.3 keeps it for compatibility)' },
  utf8Library: { since: '5.3', doc: 'the utf8 library' },
  warnFunction: { since: '5.4', doc: 'the global warn' },
  loadWithModeAndEnv: { since: '5.2', doc: "load takes strings, a mode ('b', 't', 'bt') and an environment" },
  xpcallExtraArguments: { since: '5.2', doc: 'xpcall passes extra arguments to the function' },
  printUsesGlobalTostring: { since: '5.1', until: '5.3', doc: "print calls the global 'tostring' on each argument" },
  tonumberStrictBase: { since: '5.2', doc: 'tonumber with a base accepts only strings of digits of that base' },
  envUpvalue: { since: '5.2', doc: "globals are fields of the '_ENV' upvalue" },
  functionEnvironments: { since: '5.1', until: '5.1', doc: 'setfenv/getfenv function environments' },
  // ---- table, math, utf8, os, bit32 libraries ----
  tableGetnForeach: { since: '5.1', until: '5.1', doc: "table.getn, table.setn (raises \"'setn' is obsolete\"), table.foreach, table.foreachi; math.mod" },
  tableMaxn: { since: '5.1', until: '5.2', doc: 'table.maxn' },
  tablePack: { since: '5.2', doc: 'table.pack and table.unpack' },
  tableMove: { since: '5.3', doc: 'table.move' },
  tableCreate: { since: '5.5', doc: 'table.create' },
  tableMetamethods: { since: '5.3', doc: "the table library accesses elements through '__index'/'__newindex' and accepts table-like values" },
  tablePositionChecks: { since: '5.2', doc: "table.insert/table.remove raise 'position out of bounds' (5.1 ignores such positions)" },
  tableRemoveBlamesPosition: { since: '5.5', doc: "table.remove's 'position out of bounds' names argument #2 (earlier #1)" },
  sortModernQuicksort: { since: '5.3', doc: "table.sort's partition stops at the pivot ('invalid order function' before reading past it) and checks the comparator only for 2+ elements" },
  sortStopsAtBound: { since: '5.2', until: '5.2', doc: "table.sort's old partition raises 'invalid order function' on reaching the array bounds instead of past them" },
  concatFullIndex: { since: '5.4', doc: "table.concat's 'invalid value' message prints the 64-bit index (5.3: its low 32 bits)" },
  mathDeprecatedFunctions: { since: '5.1', until: '5.4', doc: 'math.atan2, cosh, sinh, tanh, pow and log10' },
  mathLogBase: { since: '5.2', doc: 'math.log takes an optional base' },
  mathLog2: { since: '5.3', doc: 'math.log(x, 2) is computed by log2' },
  mathDegMultiplies: { since: '5.3', doc: 'math.deg multiplies by 180/pi (earlier: divides by pi/180)' },
  mathRandomFloatBounds: { since: '5.2', until: '5.2', doc: 'math.random takes float bounds (luaL_checknumber)' },
  xoshiroRandom: { since: '5.4', doc: "math.random is xoshiro256**; math.random(0) and randomseed(x, y) returning the seed" },
  utf8Lax: { since: '5.4', doc: "utf8 functions take a 'lax' flag, accept codes up to 2^31 and say 'out of bounds'" },
  utf8StrictCodes: { since: '5.5', doc: "utf8.codes rejects a continuation byte at the start or right after a character (5.4 skips them)" },
  utf8OffsetEnd: { since: '5.5', doc: 'utf8.offset also returns the final byte of the character' },
  osExecuteStatus: { since: '5.2', doc: "os.execute returns true/nil, 'exit'/'signal' and a code" },
  osDateChecksConversions: { since: '5.2', doc: "os.date raises 'invalid conversion specifier' for unknown conversions" },
  osModernTimeChecks: { since: '5.4', doc: "os.time reads 'year' first and bounds fields by C int after the offset (5.3: |field| <= INT_MAX/2); os.date says 'date result cannot be represented'" },
  osUnnamedRenameError: { since: '5.2', doc: "os.rename's error message does not start with the file name" },
  osExitBoolean: { since: '5.2', doc: 'os.exit takes true/false for EXIT_SUCCESS/EXIT_FAILURE' },
  // ---- string library ----
  stringPack: { since: '5.3', doc: 'string.pack, string.packsize and string.unpack' },
  gfindAlias: { since: '5.1', until: '5.1', doc: 'string.gfind, the old name of string.gmatch (the same function)' },
  gmatchInit: { since: '5.4', doc: "string.gmatch takes an 'init' position" },
  repSeparator: { since: '5.2', doc: "string.rep takes a separator 'sep'" },
  patternClassG: { since: '5.2', doc: "the pattern class '%g' (printable characters except space)" },
  patternNulTerminated: { since: '5.1', until: '5.1', doc: 'a pattern ends at its first NUL byte (use %z to match a zero)' },
  patternDepthLimit: { since: '5.2', doc: "the pattern matcher stops at 200 nested levels with 'pattern too complex'" },
  patternCaptureIndexNumbered: { since: '5.2', doc: "a bad back-reference in a pattern says 'invalid capture index %N'" },
  replacementCaptureIndexNumbered: { since: '5.3', doc: "a bad capture in a gsub replacement string says 'invalid capture index %N'" },
  strictReplacementEscapes: { since: '5.2', doc: "a '%' in a gsub replacement string must be followed by a digit or '%'" },
  patternBalanceArgsMessage: { since: '5.2', doc: "'%b' without two characters is \"malformed pattern (missing arguments to '%b')\" (5.1: 'unbalanced pattern')" },
  gsubSkipsEmptyAfterMatch: { since: '5.3', doc: 'gsub and gmatch do not accept an empty match right where the previous match ended' },
  findInitPastEndFails: { since: '5.2', doc: 'string.find/match with an init past the end of the subject fail (5.1 clamps init)' },
  typedArgExpected: { since: '5.4', doc: "luaL_argexpected messages name the actual type ('string/function/table expected, got boolean')" },
  charValueOutOfRange: { since: '5.2', doc: "string.char says 'value out of range' (5.1: 'invalid value')" },
  smallResultLimit: { since: '5.1', until: '5.1', doc: 'a C function returns at most about 8000 values (LUAI_MAXCSTACK); later versions about a million' },
  stringLimitIntMax: { since: '5.3', until: '5.4', doc: "the string library's MAXSIZE is INT_MAX: longer string.rep results are 'resulting string too large', pack sizes read at most 9 digits" },
  formatStrictSpec: { since: '5.4', doc: "string.format checks flags per conversion ('invalid conversion'), has %p and rejects modifiers on %q" },
  formatHexFloat: { since: '5.2', doc: "string.format has '%a' and '%A'" },
  formatIntRangeCheck: { since: '5.2', until: '5.2', doc: "string.format's integer conversions raise 'not a number in proper range' for floats out of range" },
  formatKeepsNul: { since: '5.2', doc: "string.format keeps NUL bytes produced by a conversion (5.1 cuts each item at its first NUL)" },
  formatUsesTostring: { since: '5.2', doc: "string.format's '%s' converts any value with tostring (5.1: strings and numbers only)" },
  formatQuoteLiterals: { since: '5.3', doc: "'%q' writes numbers, nil and booleans as literals ('value has no literal form' for others)" },
  formatQuoteDecimalEscapes: { since: '5.2', doc: "'%q' writes control characters as decimal escapes (5.1: only \\r and \\000)" },
  formatQuoteFloatSpecials: { since: '5.4', doc: "'%q' writes inf, -inf and nan as 1e9999, -1e9999 and (0/0)" },
  formatStringZerosCheck: { since: '5.3', doc: "'%s' keeps a whole string without modifiers and raises 'string contains zeros' with them" },
  fstringEscapesControlChars: { since: '5.3', until: '5.3', doc: "messages show a non-printable option character as '<\\N>'" },
  unpackClampsPosition: { since: '5.4', doc: "string.unpack clamps a position before the start to 1 (5.3: 'initial position out of string')" },
  gsubCountUnsigned: { since: '5.2', until: '5.2', doc: "string.gsub's maximum count is unsigned: a negative count replaces every match" },
  dumpNeedsLuaFunction: { since: '5.5', doc: "string.dump rejects anything but a Lua function with 'Lua function expected'" },
  unpackZChecksEnd: { since: '5.4', doc: "string.unpack raises \"unfinished string for format 'z'\" when no NUL ends the string" },
  constantVariableInfo: { since: '5.2', doc: "error messages name string constants: \"attempt to call a string value (constant 'x')\"" },
  integerIndexVariableInfo: { since: '5.4', doc: "error messages call a small integer key \"field 'integer index'\" (before: field '?')" },
  readErrorWithoutReason: { since: '5.5', doc: "a file that cannot be read (a directory) is reported as \"cannot read NAME\" without the system's reason" },
  roundTripFloatPrint: { since: '5.5', doc: 'tostring prints a float with 17 digits when 14 do not read back as the same number' },
  errorPositionsNumbers: { since: '5.1', until: '5.2', doc: 'error() adds the position to number messages too (lua_isstring); later versions only to strings' },
  // ---- io and package libraries ----
  ioOpenChecksMode: { since: '5.2', doc: "io.open checks its mode and raises 'invalid mode' (5.1 hands it to fopen)" },
  ioOpenModeManyB: { since: '5.3', doc: "io.open's mode may end with any number of 'b' ('[rwa]%+?b*'; 5.2: at most one)" },
  ioPopenChecksMode: { since: '5.3', doc: "io.popen accepts only 'r' and 'w' ('invalid mode'; earlier the C library decides)" },
  ioCannotOpenMessage: { since: '5.2', doc: "io.lines, io.input and io.output raise \"cannot open file 'x' (reason)\" (5.1: a bad argument #1 error)" },
  ioReadFormatsWithoutStar: { since: '5.3', doc: "read formats may omit the '*' and any other string is an 'invalid format' (earlier a format without '*' is an 'invalid option')" },
  ioReadLineWithEol: { since: '5.2', doc: "the 'L' read format (a line with its end of line)" },
  ioReadNumeral: { since: '5.3', doc: "reading 'n' follows Lua's numeral syntax (at most 200 characters; integers and floats); earlier C's fscanf('%lf')" },
  ioReadLineFgets: { since: '5.1', until: '5.2', doc: 'lines are read with fgets, so a NUL byte cuts the part of a buffer it is in' },
  ioLinesFormats: { since: '5.2', doc: 'io.lines and file:lines take read formats; io.lines(nil) iterates the default input; the iterator raises read errors' },
  ioLinesManyFormats: { since: '5.3', doc: "lines take up to 250 formats ('too many arguments'; 5.2: 17, 'too many options')" },
  ioLinesReturnsFile: { since: '5.4', doc: 'io.lines(name) also returns two nils and the file (to be closed by the for loop)' },
  ioWriteReturnsFile: { since: '5.2', doc: 'write returns the file (5.1: true)' },
  ioWriteFailureCount: { since: '5.5', doc: 'a failed write also returns the number of bytes written' },
  ioWriteNumbersAsTostring: { since: '5.5', doc: "write converts numbers as tostring does (earlier: '%.14g' for floats)" },
  ioDefaultFileMessage: { since: '5.4', doc: "a closed default file is reported as 'default input file is closed' (earlier 'standard ...')" },
  ioSeekIntegralOffset: { since: '5.2', until: '5.2', doc: "file:seek raises 'not an integer in proper range' for an offset with a fraction" },
  ioFileMethodTable: { since: '5.4', doc: "file methods live in the metatable's '__index' table (earlier the metatable is its own '__index')" },
  ioMethodCloseDefaultsOutput: { since: '5.1', until: '5.2', doc: 'file:close is io.close: without an argument it closes the default output' },
  metatableNameField: { since: '5.3', doc: "library metatables (luaL_newmetatable) have a '__name' field" },
  packageSearchers: { since: '5.2', doc: "package.searchers and package.searchpath; loaders get the file name as 2nd argument; package.config ends with a newline; preload is the registry's table (5.1: package.loaders, package.preload read at each require, a sentinel marks modules being loaded: 'loop or previous error loading module')" },
  packageLoaders: { since: '5.1', until: '5.2', doc: 'package.loaders (5.2 keeps it as an alias of package.searchers)' },
  requireLoaderData: { since: '5.4', doc: "require returns the loader data too (':preload:' or the file name); searchers' messages come without the '\\n\\t' that require now adds; searchpath lists every template, empty ones too; the loader gets require's argument itself (not its C string)" },
  pathVersionedVariables: { since: '5.2', doc: 'package.path/cpath come from LUA_PATH_5_x (LUA_CPATH_5_x) before LUA_PATH (LUA_CPATH)' },
  pathDefaultOnce: { since: '5.4', doc: "only the first ';;' of LUA_PATH is replaced by the default path, without extra separators" },
  pathCurrentDirFirst: { since: '5.1', until: '5.1', doc: "the default paths start with './?.lua' and './?.so' (later they end with them)" },
  pathCurrentDirInit: { since: '5.3', doc: "the default package.path ends with './?/init.lua'" },
  pathSystemDirs: { since: '5.1', until: '5.4', doc: 'the default paths include the Debian system directories (/usr/share/lua, /usr/lib/x86_64-linux-gnu/lua)' },
} as const satisfies Record<string, FeatureSpec>;

export type Feature = keyof typeof FEATURES;
