/**
 * PUC's held registers at each call: the values that PUC's code generator keeps in
 * registers above a function's active locals while one of its calls runs, which
 * debug.getlocal lists after the locals as "temporaries" (luaG_findlocal: the slots below
 * the called function's register).
 *
 * A model of lparser.c/lcode.c's register use, per function body, for the shapes that
 * matter in practice: a call's function and earlier arguments (copies of locals included),
 * a method and its 'self', the values of an expression list before the one being
 * evaluated (local, assignment, return, for headers), a table constructor's table and
 * pending list items, every operand of a concatenation, the left operand of an arithmetic
 * or comparison operator (per the dialect's heldOperands rules), an indexed table, the
 * tables and keys of assignment targets. Where the model is unsure (constant folding,
 * check_conflict's copies, 5.4's late register for an upvalue table) the call gets `null`:
 * no temporaries, never wrong ones.
 *
 * Invariant: every value a call sees held sits at one register position (0 = the first
 * register above the active locals), whichever call sees it; the compiler keeps it in frame
 * slot tempBase + position (jsgen `keep`).
 */
import type * as A from '../ast/nodes.js';
import type { Dialect } from '../dialect/index.js';
import type { Resolution } from '../../grammar/scope.js';

export interface HeldModel {
  /** Per call (CallExpression, MethodCallExpression): the values held below its function's register, in register order; null where not modelled. */
  readonly calls: Map<A.Node, readonly A.Node[] | null>;
  /** The register position of each value some call sees held. */
  readonly pos: Map<A.Node, number>;
}

/** What is held while an expression is evaluated (null: not modelled). */
type Held = readonly A.Node[] | null;

/** lopcodes.h LFIELDS_PER_FLUSH: list items of a constructor stored per SETLIST. */
const FIELDS_PER_FLUSH = 50;
/** LUAI_MAXSHORTLEN: longer string constants are not 'Kstr' operands (5.4+). */
const MAX_SHORT_LEN = 40;

/** A constant's kind as the code generator sees it; 'unknown' where it may be folded or not. */
type ConstKind = 'nil' | 'bool' | 'string' | 'int' | 'float' | 'unknown';

/** The held-register model of one function body (its nested functions are not walked). */
export function heldRegisters(body: A.Statement[], dialect: Dialect, resolutions: Map<A.Identifier, Resolution>): HeldModel {
  const w = new Walker(dialect, resolutions);
  w.block(body);
  return { calls: w.calls, pos: w.pos };
}

const unparen = (e: A.Expression): A.Expression => (e.type === 'ParenthesizedExpression' ? unparen(e.expression) : e);
const push = (h: Held, ...nodes: A.Node[]): Held => (h === null ? null : [...h, ...nodes]);

class Walker {
  readonly calls = new Map<A.Node, readonly A.Node[] | null>();
  readonly pos = new Map<A.Node, number>();
  private readonly rk: boolean;
  private readonly ints: boolean;

  constructor(
    private readonly d: Dialect,
    private readonly res: Map<A.Identifier, Resolution>,
  ) {
    this.rk = d.syntax.heldOperands.constants === 'rk';
    this.ints = d.has.integers;
  }

  block(body: A.Statement[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Statement): void {
    switch (s.type) {
      case 'LocalStatement': this.list(s.values, []); break;
      case 'AssignmentStatement': this.assignment(s); break;
      case 'CallStatement': this.expr(s.call, []); break;
      case 'ReturnStatement': this.list(s.values, []); break;
      case 'DoStatement': this.block(s.body); break;
      case 'WhileStatement': this.expr(s.condition, []); this.block(s.body); break;
      case 'RepeatStatement': this.block(s.body); this.expr(s.condition, []); break;
      case 'IfStatement':
        for (const c of s.clauses) {
          this.expr(c.condition, []);
          this.block(c.body);
        }
        if (s.orElse) this.block(s.orElse.body);
        break;
      // (each of init, limit and step goes to the next register: forprep's exp1)
      case 'NumericForStatement': this.list(s.step ? [s.init, s.limit, s.step] : [s.init, s.limit], []); this.block(s.body); break;
      case 'GenericForStatement': this.list(s.iterators, []); this.block(s.body); break;
      case 'GlobalStatement': this.list(s.values, null); break;
      default: break; // function statements (their bodies have models of their own), jumps, labels
    }
  }

  /** An expression list: each value goes to the next register (explist's luaK_exp2nextreg). */
  private list(exprs: readonly A.Expression[], held: Held): void {
    let h = held;
    for (const e of exprs) {
      this.expr(e, h);
      h = push(h, e);
    }
  }

  private record(call: A.Node, held: Held): void {
    this.calls.set(call, held);
    held?.forEach((n, i) => this.pos.set(n, i));
  }

  private expr(e: A.Expression, held: Held): void {
    switch (e.type) {
      case 'CallExpression':
        // funcargs: the function goes to the next register, then the arguments
        this.expr(e.callee, held);
        this.record(e, held);
        this.list(e.arguments, push(held, e.callee));
        break;
      case 'MethodCallExpression':
        // luaK_self: the method and a copy of the object take two registers
        this.expr(e.object, held);
        this.record(e, held);
        this.list(e.arguments, push(held, e.method, e.object));
        break;
      case 'BinaryExpression': {
        if (e.operator === '..') {
          // every operand of a concatenation goes to the next register
          const operands: A.Expression[] = [];
          let cur: A.Expression = e;
          while (cur.type === 'BinaryExpression' && cur.operator === '..') {
            operands.push(cur.left);
            cur = cur.right;
          }
          operands.push(cur);
          this.list(operands, held);
          break;
        }
        this.expr(e.left, held);
        const l = this.leftHeld(e);
        this.expr(e.right, l === null ? null : l ? push(held, e.left) : held);
        break;
      }
      // (the left operand of 'and'/'or' is tested and its register freed)
      case 'LogicalExpression': this.expr(e.left, held); this.expr(e.right, held); break;
      case 'UnaryExpression': this.expr(e.argument, held); break;
      case 'ParenthesizedExpression': this.expr(e.expression, held); break;
      case 'MemberExpression': this.expr(e.object, held); break;
      case 'IndexExpression': {
        this.expr(e.object, held);
        const t = this.tableHeld(e.object, 'read');
        this.expr(e.index, t === null ? null : t ? push(held, e.object) : held);
        break;
      }
      case 'TableConstructor': this.table(e, held); break;
      default: break; // literals, names, '...', functions
    }
  }

  /** constructor: the table, then list items pending until each SETLIST of 50. */
  private table(e: A.TableConstructor, held: Held): void {
    const base = push(held, e);
    let pending: A.Node[] = [];
    for (const f of e.fields) {
      const h = push(base, ...pending);
      if (f.type === 'TableArrayField') {
        this.expr(f.value, h);
        pending.push(f.value);
        if (pending.length === FIELDS_PER_FLUSH) pending = [];
      } else if (f.type === 'TableNamedField') {
        this.expr(f.value, f.name.name.length > MAX_SHORT_LEN ? null : h);
      } else {
        this.expr(f.key, h);
        const k = this.keyHeld(f.key);
        this.expr(f.value, k === null ? null : k ? push(h, f.key) : h);
      }
    }
  }

  /**
   * Targets' tables and keys stay in registers while the values are evaluated; a variable
   * assigned after an indexed target that uses it in place as its table or key is copied to
   * the next register first (check_conflict; the copy is the target's own node).
   */
  private assignment(s: A.AssignmentStatement): void {
    let h: Held = [];
    /** Variables earlier targets index in place (their tables and keys not in registers of their own). */
    const inPlace = new Set<unknown>();
    const use = (e: A.Expression): void => {
      const v = this.variable(e);
      if (v !== undefined) inPlace.add(v);
    };
    for (const t of s.targets) {
      if (t.type === 'Identifier') {
        const v = this.variable(t);
        if (v !== undefined && inPlace.has(v)) h = push(h, t);
        continue;
      }
      this.expr(t.object, h);
      if (t.type === 'MemberExpression') {
        const o = t.property.name.length > MAX_SHORT_LEN ? null : this.tableHeld(t.object, 'string key');
        h = o === null ? null : o ? push(h, t.object) : h;
        if (o === false) use(t.object);
        continue;
      }
      const o = this.tableHeld(t.object, this.isShortString(t.index) ? 'string key' : 'key');
      if (o === 'after') {
        // 5.4: an upvalue indexed by a key other than a short string is loaded into a
        // register once the key is evaluated (luaK_indexed), before the key's own register
        // unless the key already has one
        this.expr(t.index, h);
        const u = t.index;
        const local = this.localRef(u);
        const reloc = this.constKind(u) !== null || u.type === 'MemberExpression' || u.type === 'IndexExpression' || u.type === 'Identifier';
        const inReg = u.type === 'CallExpression' || u.type === 'MethodCallExpression' || (u.type === 'BinaryExpression' && u.operator === '..');
        const k = local === false && reloc ? this.keyHeld(u) : null;
        if (local === true) {
          h = push(h, t.object);
          use(u);
        } else if (inReg) h = push(h, u, t.object);
        else h = k === null ? null : k ? push(h, t.object, u) : push(h, t.object);
        continue;
      }
      h = o === null ? null : o ? push(h, t.object) : h;
      if (o === false) use(t.object);
      this.expr(t.index, h);
      const k = this.keyHeld(t.index);
      h = k === null ? null : k ? push(h, t.index) : h;
      if (k === false) use(t.index);
    }
    this.list(s.values, h);
  }

  /** The local or upvalue variable a name (parenthesized or not) refers to. */
  private variable(e: A.Expression): unknown {
    const u = unparen(e);
    if (u.type !== 'Identifier') return undefined;
    const r = this.res.get(u);
    // (5.1 copies only locals: its upvalue tables are in registers of their own anyway)
    return r && r.kind !== 'global' ? r.variable : undefined;
  }

  /** A name that is a local in a register (not a compile-time constant): true/false; null when unsure. */
  private localRef(e: A.Expression): boolean | null {
    if (e.type !== 'Identifier') return false;
    const r = this.res.get(e);
    if (!r || r.kind === 'global') return false;
    if (r.variable.constant !== null) return null;
    return r.kind === 'local';
  }

  /** Whether the left operand of a binary operator is in a register of its own (luaK_infix). */
  private leftHeld(e: A.BinaryExpression): boolean | null {
    const l = unparen(e.left);
    const local = this.localRef(l);
    if (local !== false) return local === null ? null : false;
    const k = this.constKind(l);
    if (k === null) return true;
    if (k === 'unknown') return null;
    // 5.1-5.3: every constant is an RK operand
    if (this.rk) return false;
    switch (e.operator) {
      case '==': case '~=': return false; // numerals kept, other constants go to K (exp2RK)
      case '<': case '<=': case '>': case '>=': return !this.smallInt(l); // isSCnumber
      default: return k !== 'int' && k !== 'float'; // numerals stay immediate
    }
  }

  /** An integer (or integral float) numeral fitting an sC operand (5.4 fitsC: -127..128). */
  private smallInt(e: A.Expression): boolean {
    const v = this.numberValue(e);
    return v !== null && Number.isInteger(v) && v >= -127 && v <= 128;
  }

  private numberValue(e: A.Expression): number | null {
    const u = unparen(e);
    if (u.type === 'NumericLiteral') return typeof u.value === 'number' ? u.value : null;
    if (u.type === 'UnaryExpression' && u.operator === '-') {
      const v = this.numberValue(u.argument);
      return v === null ? null : -v;
    }
    return null;
  }

  /**
   * The kind of a constant operand (null when the expression is not a constant). Folded
   * constants other than a negated numeral are 'unknown' (lcode.c's constfolding has
   * conditions of its own).
   */
  private constKind(e: A.Expression): ConstKind | null {
    const u = unparen(e);
    switch (u.type) {
      case 'NilLiteral': return 'nil';
      case 'BooleanLiteral': return 'bool';
      case 'StringLiteral': return 'string';
      case 'NumericLiteral':
        return typeof u.value !== 'number' ? 'unknown' : this.ints && u.numberKind === 'float' ? 'float' : this.ints ? 'int' : 'float';
      case 'UnaryExpression': {
        const k = this.constKind(u.argument);
        if (k === null || u.operator === '#') return null; // (a length is never folded)
        if (u.operator === 'not') return k === 'unknown' ? k : 'bool';
        if (u.operator === '-' && (k === 'int' || k === 'float') && this.numberValue(u.argument) !== 0) return k;
        return 'unknown';
      }
      case 'BinaryExpression':
        return this.constKind(u.left) !== null && this.constKind(u.right) !== null ? 'unknown' : null;
      case 'Identifier': {
        const r = this.res.get(u);
        return r && r.kind !== 'global' && r.variable.constant !== null ? 'unknown' : null;
      }
      default: return null;
    }
  }

  private isShortString(e: A.Expression): boolean {
    const u = unparen(e);
    return u.type === 'StringLiteral' && u.value.length <= MAX_SHORT_LEN;
  }

  /** Whether a key (t[k] = v, [k] = v) takes a register of its own (luaK_indexed, exp2RK). */
  private keyHeld(e: A.Expression): boolean | null {
    const u = unparen(e);
    const local = this.localRef(u);
    if (local !== false) return local === null ? null : false;
    const k = this.constKind(u);
    if (k === null) return true;
    if (k === 'unknown') return null;
    if (this.rk) return false;
    if (k === 'string') return !this.isShortString(u);
    // isCint: a non-negative integer fitting an unsigned C operand
    const v = this.numberValue(u);
    return !(k === 'int' && v !== null && v >= 0 && v <= 255);
  }

  /**
   * Whether an indexed table is in a register of its own: not a local's; an upvalue per
   * the dialect ('read': t[k] as a value, where 5.4 loads it only after the key).
   */
  private tableHeld(e: A.Expression, use: 'read' | 'string key' | 'key'): boolean | 'after' | null {
    const u = unparen(e);
    const local = this.localRef(u);
    if (local !== false) return local === null ? null : false;
    if (e.type === 'Identifier') {
      const r = this.res.get(e);
      if (r && r.kind === 'upvalue') {
        if (r.variable.constant !== null) return null;
        switch (this.d.syntax.heldOperands.upvalueTables) {
          case 'copied': return true;
          case 'indexed': return false;
          case 'string-keys': return use === 'key' ? 'after' : false;
        }
      }
    }
    return true;
  }
}
