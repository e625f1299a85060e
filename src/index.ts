/**
 * Luna: a Lua 5.1-5.5 runtime and tooling library. The package root exports the front end
 * (parse, the AST types, scope information), the dialect table, the tooling helpers, and the
 * embedding API (Vm: running Lua in a host program, sandboxes; see docs/embedding.md).
 */
export { parse, lex, chunkId, LuaSyntaxError, PARSER_CLASSES, type ParseOptions, type ParseResult, type Diagnostic } from '../grammar/index.js';
export type {
  ScopeInfo, FunctionInfo, LocalVariable, GlobalDeclaration, Resolution, UpvalueInfo,
} from '../grammar/index.js';
export * from './dialect/index.js';
export type * from './ast/nodes.js';
export { VISITOR_KEYS } from './ast/visitor-keys.js';
export { walk, findAll, type Visitor } from './tooling/walk.js';
export { astToJSON } from './tooling/json.js';
export { PositionMapper, type Utf16Position } from './tooling/positions.js';
export * from './api/index.js';
