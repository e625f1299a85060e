/**
 * Token types shared by every dialect's lexer and parser.
 *
 * Invariant: the set of token types is the same for all dialects; what differs is which
 * ones a dialect's lexer produces (5.1 never produces `goto`, `::` or `//`; a lone `~` is
 * `Other` before 5.3) and which ones its grammar accepts. Token objects are created by
 * the hand-written lexer in `lexer.ts`, never by Chevrotain's own lexer.
 */
import { createToken, EOF, Lexer, type TokenType } from './chevrotain.js';

const NA = Lexer.NA;

/** Categories let one CONSUME match any operator; the action reads the concrete type. */
export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: NA });
export const UnaryOperator = createToken({ name: 'UnaryOperator', pattern: NA });

function token(name: string, label: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern: NA, label, categories });
}

// ---- literals and names ----
export const Name = token('Name', '<name>');
export const StringLit = token('String', '<string>');
export const NumberLit = token('Number', '<number>');
/** Any byte that starts no token of the dialect ('$', '!', control bytes, bytes >= 0x80, ...). */
export const Other = token('Other', '<other>');
/** Stands where the lexer met an error; the parser reports the lexer's message on reaching it. */
export const LexError = token('LexError', '<lexerror>');
export { EOF };

// ---- keywords ----
export const And = token('And', "'and'", [BinaryOperator]);
export const Break = token('Break', "'break'");
export const Do = token('Do', "'do'");
export const Else = token('Else', "'else'");
export const Elseif = token('Elseif', "'elseif'");
export const End = token('End', "'end'");
export const False = token('False', "'false'");
export const For = token('For', "'for'");
export const Function = token('Function', "'function'");
export const Global = token('Global', "'global'");
export const Goto = token('Goto', "'goto'");
export const If = token('If', "'if'");
export const In = token('In', "'in'");
export const Local = token('Local', "'local'");
export const Nil = token('Nil', "'nil'");
export const Not = token('Not', "'not'", [UnaryOperator]);
export const Or = token('Or', "'or'", [BinaryOperator]);
export const Repeat = token('Repeat', "'repeat'");
export const Return = token('Return', "'return'");
export const Then = token('Then', "'then'");
export const True = token('True', "'true'");
export const Until = token('Until', "'until'");
export const While = token('While', "'while'");

// ---- symbols ----
export const Plus = token('Plus', "'+'", [BinaryOperator]);
export const Minus = token('Minus', "'-'", [BinaryOperator, UnaryOperator]);
export const Star = token('Star', "'*'", [BinaryOperator]);
export const Slash = token('Slash', "'/'", [BinaryOperator]);
export const DoubleSlash = token('DoubleSlash', "'//'", [BinaryOperator]);
export const Percent = token('Percent', "'%'", [BinaryOperator]);
export const Caret = token('Caret', "'^'", [BinaryOperator]);
export const Hash = token('Hash', "'#'", [UnaryOperator]);
export const Ampersand = token('Ampersand', "'&'", [BinaryOperator]);
export const Tilde = token('Tilde', "'~'", [BinaryOperator, UnaryOperator]);
export const Pipe = token('Pipe', "'|'", [BinaryOperator]);
export const ShiftLeft = token('ShiftLeft', "'<<'", [BinaryOperator]);
export const ShiftRight = token('ShiftRight', "'>>'", [BinaryOperator]);
export const Equal = token('Equal', "'=='", [BinaryOperator]);
export const NotEqual = token('NotEqual', "'~='", [BinaryOperator]);
export const LessEqual = token('LessEqual', "'<='", [BinaryOperator]);
export const GreaterEqual = token('GreaterEqual', "'>='", [BinaryOperator]);
export const Less = token('Less', "'<'", [BinaryOperator]);
export const Greater = token('Greater', "'>'", [BinaryOperator]);
export const Assign = token('Assign', "'='");
export const LParen = token('LParen', "'('");
export const RParen = token('RParen', "')'");
export const LBrace = token('LBrace', "'{'");
export const RBrace = token('RBrace', "'}'");
export const LBracket = token('LBracket', "'['");
export const RBracket = token('RBracket', "']'");
export const DoubleColon = token('DoubleColon', "'::'");
export const Semicolon = token('Semicolon', "';'");
export const Colon = token('Colon', "':'");
export const Comma = token('Comma', "','");
export const Dot = token('Dot', "'.'");
export const Concat = token('Concat', "'..'", [BinaryOperator]);
export const Dots = token('Dots', "'...'");

/** Every token type, categories first (Chevrotain wants categories declared). */
export const ALL_TOKENS: TokenType[] = [
  BinaryOperator, UnaryOperator,
  Name, StringLit, NumberLit, Other, LexError,
  And, Break, Do, Else, Elseif, End, False, For, Function, Global, Goto, If, In, Local, Nil,
  Not, Or, Repeat, Return, Then, True, Until, While,
  Plus, Minus, Star, Slash, DoubleSlash, Percent, Caret, Hash, Ampersand, Tilde, Pipe,
  ShiftLeft, ShiftRight, Equal, NotEqual, LessEqual, GreaterEqual, Less, Greater, Assign,
  LParen, RParen, LBrace, RBrace, LBracket, RBracket, DoubleColon, Semicolon, Colon, Comma,
  Dot, Concat, Dots,
];

/** Reserved words and the token type each one lexes to (before dialect filtering). */
export const KEYWORD_TOKENS: ReadonlyMap<string, TokenType> = new Map([
  ['and', And], ['break', Break], ['do', Do], ['else', Else], ['elseif', Elseif], ['end', End],
  ['false', False], ['for', For], ['function', Function], ['global', Global], ['goto', Goto],
  ['if', If], ['in', In], ['local', Local], ['nil', Nil], ['not', Not], ['or', Or],
  ['repeat', Repeat], ['return', Return], ['then', Then], ['true', True], ['until', Until],
  ['while', While],
]);
