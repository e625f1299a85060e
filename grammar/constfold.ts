/**
 * Compile-time constant folding as the official 5.4+ code generator does it (lcode.c's
 * constfolding/validop and luaK_exp2const). It decides which `<const>` locals are
 * compile-time constants (they take no register and are not visible to debug.getlocal)
 * and gives their values.
 *
 * Invariant: only numerals are folded through arithmetic and bitwise operators; division
 * by zero, results that are NaN or a float zero, and bitwise operands without an exact
 * integer value are left unfolded, as PUC leaves them.
 */
import type { Expression } from '../src/ast/nodes.js';

export type ConstValue =
  | { kind: 'nil' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'integer'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'string'; value: string };

const I64 = (v: bigint): bigint => BigInt.asIntN(64, v);

function toInt(v: ConstValue): bigint | undefined {
  if (v.kind === 'integer') return v.value;
  if (v.kind === 'float' && Number.isInteger(v.value) && v.value >= -(2 ** 63) && v.value < 2 ** 63) return BigInt(v.value);
  return undefined;
}
function toNum(v: ConstValue): number {
  return v.kind === 'integer' ? Number(v.value) : (v as { value: number }).value;
}
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function intMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}
function fltMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
}
function shiftLeft(x: bigint, n: bigint): bigint {
  if (n <= -64n || n >= 64n) return 0n;
  if (n >= 0n) return I64(x << n);
  return I64(BigInt.asUintN(64, x) >> -n);
}

/** Folds `op` over two numeric constants, or returns undefined when PUC would not fold. */
function arith(op: string, a: ConstValue, b: ConstValue): ConstValue | undefined {
  if ((a.kind !== 'integer' && a.kind !== 'float') || (b.kind !== 'integer' && b.kind !== 'float')) return undefined;
  const bitwise = op === '&' || op === '|' || op === '~' || op === '<<' || op === '>>' || op === 'bnot';
  if (bitwise) {
    const x = toInt(a);
    const y = toInt(b);
    if (x === undefined || y === undefined) return undefined;
    let r: bigint;
    switch (op) {
      case '&': r = x & y; break;
      case '|': r = x | y; break;
      case '~': r = x ^ y; break;
      case '<<': r = shiftLeft(x, y); break;
      case '>>': r = shiftLeft(x, -y); break;
      default: r = ~x;
    }
    return { kind: 'integer', value: I64(r) };
  }
  if ((op === '/' || op === '//' || op === '%') && toNum(b) === 0) return undefined;
  let result: ConstValue;
  if (a.kind === 'integer' && b.kind === 'integer' && op !== '/' && op !== '^') {
    const x = a.value;
    const y = b.value;
    switch (op) {
      case '+': result = { kind: 'integer', value: I64(x + y) }; break;
      case '-': result = { kind: 'integer', value: I64(x - y) }; break;
      case '*': result = { kind: 'integer', value: I64(x * y) }; break;
      case '//': result = { kind: 'integer', value: I64(floorDiv(x, y)) }; break;
      case '%': result = { kind: 'integer', value: intMod(x, y) }; break;
      case 'unm': result = { kind: 'integer', value: I64(-x) }; break;
      default: return undefined;
    }
    return result;
  }
  const x = toNum(a);
  const y = toNum(b);
  let r: number;
  switch (op) {
    case '+': r = x + y; break;
    case '-': r = x - y; break;
    case '*': r = x * y; break;
    case '/': r = x / y; break;
    case '//': r = Math.floor(x / y); break;
    case '%': r = fltMod(x, y); break;
    case '^': r = Math.pow(x, y); break;
    case 'unm': r = -x; break;
    default: return undefined;
  }
  if (Number.isNaN(r) || r === 0) return undefined;
  return { kind: 'float', value: r };
}

/**
 * The compile-time value of an expression, or undefined. `constantOf` gives the value of a
 * name that refers to a compile-time constant local.
 */
export function foldConstant(e: Expression, constantOf: (name: Expression) => ConstValue | undefined): ConstValue | undefined {
  switch (e.type) {
    case 'NilLiteral': return { kind: 'nil' };
    case 'BooleanLiteral': return { kind: 'boolean', value: e.value };
    case 'StringLiteral': return { kind: 'string', value: e.value };
    case 'NumericLiteral':
      return e.numberKind === 'integer'
        ? { kind: 'integer', value: BigInt(e.value) }
        : { kind: 'float', value: e.value as number };
    case 'ParenthesizedExpression': return foldConstant(e.expression, constantOf);
    case 'Identifier': return constantOf(e);
    case 'UnaryExpression': {
      const v = foldConstant(e.argument, constantOf);
      if (!v) return undefined;
      if (e.operator === 'not') return { kind: 'boolean', value: v.kind === 'nil' || (v.kind === 'boolean' && !v.value) };
      if (e.operator === '-') return arith('unm', v, { kind: 'integer', value: 0n });
      if (e.operator === '~') return arith('bnot', v, { kind: 'integer', value: 0n });
      return undefined;
    }
    case 'BinaryExpression': {
      if (e.operator === '..' || e.operator === '==' || e.operator === '~=' || e.operator === '<' || e.operator === '<=' || e.operator === '>' || e.operator === '>=') return undefined;
      const a = foldConstant(e.left, constantOf);
      const b = a && foldConstant(e.right, constantOf);
      return a && b ? arith(e.operator, a, b) : undefined;
    }
    default:
      return undefined;
  }
}
