/**
 * Luna's typed Lua AST: one discriminated union shared by all five dialects.
 *
 * Invariants:
 * - Every node has `type` (its kind) and its source position: `start`/`end` are byte
 *   offsets into the source (end exclusive; sources are byte strings, one char per byte),
 *   `line`/`column` locate the first byte and `endLine`/`endColumn` the end (lines from 1,
 *   columns from 0, counted in bytes). Positions are flat numbers so that building a node
 *   allocates one object.
 * - Strings are byte strings: each char code of `StringLiteral.value` is one byte (0-255).
 * - A construct a dialect does not have never appears in that dialect's trees.
 * - This module holds types only (and the node-kind list); it imports nothing.
 */

export interface Position {
  /** Byte offset of the first byte. */
  start: number;
  /** Byte offset just past the last byte. */
  end: number;
  /** Line of the first byte, from 1. */
  line: number;
  /** Column of the first byte, from 0, in bytes. */
  column: number;
  /** Line of the last byte. */
  endLine: number;
  /** Column just past the last byte. */
  endColumn: number;
}

interface NodeBase<T extends string> extends Position {
  type: T;
}

// ===================================================================== chunk and comments

/** A whole source file or string: the body of the main function. */
export interface Chunk extends NodeBase<'Chunk'> {
  body: Statement[];
  /** Every comment of the source, in order. */
  comments: Comment[];
}

/** `-- text` or `--[==[ text ]==]`. */
export interface Comment extends NodeBase<'Comment'> {
  /** The comment's text without `--` and without the long brackets. */
  value: string;
  /** True for a long (bracketed) comment. */
  long: boolean;
}

// ===================================================================== statements

export type Statement =
  | LocalStatement
  | LocalFunctionStatement
  | GlobalStatement
  | GlobalFunctionStatement
  | AssignmentStatement
  | CallStatement
  | FunctionStatement
  | DoStatement
  | WhileStatement
  | RepeatStatement
  | IfStatement
  | NumericForStatement
  | GenericForStatement
  | ReturnStatement
  | BreakStatement
  | GotoStatement
  | LabelStatement
  | EmptyStatement;

/** An attribute such as `<const>` or `<close>` (5.4+). */
export interface Attribute extends NodeBase<'Attribute'> {
  name: string;
}

/** `local a <const>, b = 1, 2` */
export interface LocalStatement extends NodeBase<'LocalStatement'> {
  names: Identifier[];
  /** The attribute written after each name (null where none); same length as `names`. */
  attributes: (Attribute | null)[];
  /** 5.5: an attribute written before the name list, applying to every name. */
  prefixAttribute: Attribute | null;
  values: Expression[];
}

/** `local function f() end` */
export interface LocalFunctionStatement extends NodeBase<'LocalFunctionStatement'> {
  name: Identifier;
  func: FunctionExpression;
}

/** 5.5: `global x, y <const>`, `global<const> *`, `global x = 1`. */
export interface GlobalStatement extends NodeBase<'GlobalStatement'> {
  /** Empty for the collective form `global *`. */
  names: Identifier[];
  attributes: (Attribute | null)[];
  prefixAttribute: Attribute | null;
  /** True for `global *` / `global<attr> *`. */
  star: boolean;
  values: Expression[];
}

/** 5.5: `global function f() end` */
export interface GlobalFunctionStatement extends NodeBase<'GlobalFunctionStatement'> {
  name: Identifier;
  func: FunctionExpression;
}

/** `a, t.x, t[k] = 1, 2, 3` */
export interface AssignmentStatement extends NodeBase<'AssignmentStatement'> {
  targets: AssignmentTarget[];
  values: Expression[];
}

export type AssignmentTarget = Identifier | MemberExpression | IndexExpression;

/** A call used as a statement; its results are discarded. */
export interface CallStatement extends NodeBase<'CallStatement'> {
  call: CallExpression | MethodCallExpression;
}

/** `function a.b.c:m() end`: `name.base` is `a`, `name.path` is `[b, c]`, `name.method` is `m`. */
export interface FunctionStatement extends NodeBase<'FunctionStatement'> {
  name: FunctionName;
  func: FunctionExpression;
}

export interface FunctionName extends NodeBase<'FunctionName'> {
  base: Identifier;
  path: Identifier[];
  /** The name after ':', which adds an implicit `self` parameter. */
  method: Identifier | null;
}

/** `do ... end` */
export interface DoStatement extends NodeBase<'DoStatement'> {
  body: Statement[];
}

/** `while cond do ... end` */
export interface WhileStatement extends NodeBase<'WhileStatement'> {
  condition: Expression;
  body: Statement[];
}

/** `repeat ... until cond` (the condition sees the body's locals) */
export interface RepeatStatement extends NodeBase<'RepeatStatement'> {
  body: Statement[];
  condition: Expression;
}

/** `if c1 then ... elseif c2 then ... else ... end` */
export interface IfStatement extends NodeBase<'IfStatement'> {
  /** The `if` clause first, then each `elseif` clause. */
  clauses: IfClause[];
  orElse: ElseClause | null;
}

export interface IfClause extends NodeBase<'IfClause'> {
  condition: Expression;
  body: Statement[];
}

export interface ElseClause extends NodeBase<'ElseClause'> {
  body: Statement[];
}

/** `for i = start, limit, step do ... end` */
export interface NumericForStatement extends NodeBase<'NumericForStatement'> {
  variable: Identifier;
  init: Expression;
  limit: Expression;
  step: Expression | null;
  body: Statement[];
}

/** `for k, v in explist do ... end` */
export interface GenericForStatement extends NodeBase<'GenericForStatement'> {
  variables: Identifier[];
  iterators: Expression[];
  body: Statement[];
}

/** `return e1, e2` (always the last statement of its block) */
export interface ReturnStatement extends NodeBase<'ReturnStatement'> {
  values: Expression[];
}

export interface BreakStatement extends NodeBase<'BreakStatement'> {}

/** 5.2+: `goto name` */
export interface GotoStatement extends NodeBase<'GotoStatement'> {
  label: Identifier;
}

/** 5.2+: `::name::` */
export interface LabelStatement extends NodeBase<'LabelStatement'> {
  label: Identifier;
}

/** `;` */
export interface EmptyStatement extends NodeBase<'EmptyStatement'> {}

// ===================================================================== expressions

export type Expression =
  | NilLiteral
  | BooleanLiteral
  | NumericLiteral
  | StringLiteral
  | VarargLiteral
  | FunctionExpression
  | TableConstructor
  | BinaryExpression
  | LogicalExpression
  | UnaryExpression
  | ParenthesizedExpression
  | Identifier
  | MemberExpression
  | IndexExpression
  | CallExpression
  | MethodCallExpression;

export interface NilLiteral extends NodeBase<'NilLiteral'> {}

export interface BooleanLiteral extends NodeBase<'BooleanLiteral'> {
  value: boolean;
}

/**
 * A numeral. `numberKind` follows the dialect: before 5.3 every numeral is a float.
 * `value` is exact: a float is a JS number; an integer is a JS number when it is within
 * ±2^53 and a bigint (the 64-bit two's complement value) otherwise.
 */
export interface NumericLiteral extends NodeBase<'NumericLiteral'> {
  numberKind: 'integer' | 'float';
  value: number | bigint;
  /** The numeral as written. */
  raw: string;
}

export interface StringLiteral extends NodeBase<'StringLiteral'> {
  /** The string's bytes, one char (0-255) per byte, escapes resolved. */
  value: string;
  /** The literal as written, quotes or brackets included. */
  raw: string;
}

/** `...` */
export interface VarargLiteral extends NodeBase<'VarargLiteral'> {}

/** `function (params) body end` */
export interface FunctionExpression extends NodeBase<'FunctionExpression'> {
  params: Identifier[];
  isVararg: boolean;
  /** 5.5: the name given to the vararg table (`...t`). */
  varargName: Identifier | null;
  body: Statement[];
  /** True when defined with `:` (an implicit first parameter `self`). */
  isMethod: boolean;
}

export interface TableConstructor extends NodeBase<'TableConstructor'> {
  fields: TableField[];
}

export type TableField = TableArrayField | TableNamedField | TableKeyedField;

/** `{ value }` */
export interface TableArrayField extends NodeBase<'TableArrayField'> {
  value: Expression;
}

/** `{ name = value }` */
export interface TableNamedField extends NodeBase<'TableNamedField'> {
  name: Identifier;
  value: Expression;
}

/** `{ [key] = value }` */
export interface TableKeyedField extends NodeBase<'TableKeyedField'> {
  key: Expression;
  value: Expression;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/' | '//' | '%' | '^';
export type BitwiseOperator = '&' | '|' | '~' | '<<' | '>>';
export type ComparisonOperator = '==' | '~=' | '<' | '<=' | '>' | '>=';
export type BinaryOperator = ArithmeticOperator | BitwiseOperator | ComparisonOperator | '..';
export type LogicalOperator = 'and' | 'or';
export type UnaryOperator = '-' | 'not' | '#' | '~';

export interface BinaryExpression extends NodeBase<'BinaryExpression'> {
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
  /** Line of the operator token (where 5.2+ report errors of the operation). */
  operatorLine: number;
}

export interface LogicalExpression extends NodeBase<'LogicalExpression'> {
  operator: LogicalOperator;
  left: Expression;
  right: Expression;
}

export interface UnaryExpression extends NodeBase<'UnaryExpression'> {
  operator: UnaryOperator;
  argument: Expression;
}

/** `(e)`: keeps only the first value of a multi-value expression; not assignable. */
export interface ParenthesizedExpression extends NodeBase<'ParenthesizedExpression'> {
  expression: Expression;
}

/** A name: a variable reference, a declaration, a field name or a label. */
export interface Identifier extends NodeBase<'Identifier'> {
  name: string;
}

/** `object.property` */
export interface MemberExpression extends NodeBase<'MemberExpression'> {
  object: Expression;
  property: Identifier;
}

/** `object[index]` */
export interface IndexExpression extends NodeBase<'IndexExpression'> {
  object: Expression;
  index: Expression;
}

/** How a call's arguments were written: `f(a)`, `f{...}` or `f"..."`. */
export type ArgumentStyle = 'parens' | 'table' | 'string';

/** `callee(args)` */
export interface CallExpression extends NodeBase<'CallExpression'> {
  callee: Expression;
  arguments: Expression[];
  argumentStyle: ArgumentStyle;
  /** Line of the token opening the arguments ('(', a string or '{'). */
  argumentsLine: number;
}

/** `object:method(args)` */
export interface MethodCallExpression extends NodeBase<'MethodCallExpression'> {
  object: Expression;
  method: Identifier;
  arguments: Expression[];
  argumentStyle: ArgumentStyle;
  /** Line of the token opening the arguments ('(', a string or '{'). */
  argumentsLine: number;
}

// ===================================================================== unions

export type Node =
  | Chunk
  | Comment
  | Statement
  | Expression
  | Attribute
  | FunctionName
  | IfClause
  | ElseClause
  | TableField;

export type NodeType = Node['type'];
