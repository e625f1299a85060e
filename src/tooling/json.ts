/**
 * The JSON form of Luna's AST. Node fields are written as they are, except integers that
 * do not fit a double exactly (bigint values of NumericLiteral), which are written as
 * decimal strings; `numberKind: 'integer'` says how to read them back.
 */
import type { Node } from '../ast/nodes.js';

function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** Serialises a node (usually a Chunk) to JSON; `indent` as in JSON.stringify. */
export function astToJSON(node: Node, indent?: number | string): string {
  return JSON.stringify(node, replacer, indent);
}
