/**
 * A generic walker over Luna's AST, driven by the VISITOR_KEYS table: no per-node-kind code.
 */
import type { Node, NodeType } from '../ast/nodes.js';
import { VISITOR_KEYS } from '../ast/visitor-keys.js';

export interface Visitor {
  /** Called before a node's children; return false to skip them. */
  enter?(node: Node, parent: Node | null): void | boolean;
  /** Called after a node's children. */
  leave?(node: Node, parent: Node | null): void;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/** Visits `root` and every descendant in source order (iteratively: deep trees cannot overflow the stack). */
export function walk(root: Node, visitor: Visitor): void {
  type Frame = { node: Node; parent: Node | null; entered: boolean };
  const stack: Frame[] = [{ node: root, parent: null, entered: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.entered) {
      stack.pop();
      visitor.leave?.(frame.node, frame.parent);
      continue;
    }
    frame.entered = true;
    if (visitor.enter?.(frame.node, frame.parent) === false) continue;
    const keys = VISITOR_KEYS[frame.node.type as NodeType] ?? [];
    const children: Node[] = [];
    for (const key of keys) {
      const v = (frame.node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(v)) {
        for (const item of v) if (isNode(item)) children.push(item);
      } else if (isNode(v)) children.push(v);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: frame.node, entered: false });
  }
}

/** Every node of `root` (itself included) whose type is `type`. */
export function findAll<T extends NodeType>(root: Node, type: T): Extract<Node, { type: T }>[] {
  const out: Extract<Node, { type: T }>[] = [];
  walk(root, { enter: (n) => { if (n.type === type) out.push(n as Extract<Node, { type: T }>); } });
  return out;
}
