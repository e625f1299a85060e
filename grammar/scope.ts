/**
 * Scope tracking during parsing: binds every name to a local, an upvalue or a global, and
 * makes the compile-time checks of the official compiler at the same moments it makes them
 * (so the first error reported is the same): goto/label rules, break outside a loop,
 * assignment to const variables, 5.5 global declarations, and the local/upvalue limits.
 *
 * Invariants:
 * - The parser calls this tracker in source order, mirroring PUC's lparser.c: a variable is
 *   declared (pending) before its initialiser is parsed and activated after it.
 * - `actives` is the stack of variables in scope in the current function, innermost last;
 *   its length is PUC's `nactvar`. 5.5 global declarations are entries of it too.
 * - Errors are raised through `raise`, which the parser turns into a syntax error naming
 *   its current token, the previous one, or none (see NearWhich).
 */
import type {
  BreakStatement, Chunk, FunctionExpression, GotoStatement, Identifier, LabelStatement, Node,
} from '../src/ast/nodes.js';
import type { Dialect } from '../src/dialect/index.js';
import type { ConstValue } from './constfold.js';

export type Attrib = 'const' | 'close' | null;

/** A local variable (parameters, `self`, for-loop variables and hidden slots included). */
export interface LocalVariable {
  readonly kind: 'local';
  readonly name: string;
  /** The declaring name in the source; null for implicit ones (self, hidden for state, _ENV). */
  readonly declaration: Identifier | null;
  attribute: Attrib;
  /** Cannot be assigned: const, close, and 5.5's for-loop control variables and named vararg tables. */
  readonly: boolean;
  /** The function owning the variable; null for the chunk's external _ENV. */
  readonly func: FunctionInfo | null;
  /** Register index within its function (PUC's register level at declaration). */
  readonly slot: number;
  /** Hidden bookkeeping slots such as '(for state)'. */
  readonly hidden: boolean;
  /** 5.4+: the value of a compile-time constant (a `<const>` local with a constant initialiser); it takes no register. */
  constant: ConstValue | null;
  /** Captured by an inner function (needs a shared cell). */
  captured: boolean;
  /** Assigned to after its declaration. */
  assigned: boolean;
  /** Every use of the name (reads and writes) that resolved to this variable (when uses are recorded). */
  readonly references: Identifier[];
}

/** A 5.5 `global` declaration entry (name null for the collective `global *`). */
export interface GlobalDeclaration {
  readonly kind: 'global';
  readonly name: string | null;
  readonly declaration: Identifier | null;
  readonly attribute: Attrib;
  readonly readonly: boolean;
}

export type ScopeEntry = LocalVariable | GlobalDeclaration;

/** One upvalue of a function: where its value comes from when the closure is created. */
export interface UpvalueInfo {
  readonly name: string;
  /** The local variable ultimately captured. */
  readonly variable: LocalVariable;
  /** True when it is a local of the enclosing function; false when it is an upvalue of it. */
  readonly fromParentLocal: boolean;
  /** Index in the parent's upvalue list (when !fromParentLocal). */
  readonly parentIndex: number;
}

export interface FunctionInfo {
  readonly node: FunctionExpression | Chunk;
  readonly parent: FunctionInfo | null;
  /** Line of the definition (0 for the main chunk), PUC's linedefined. */
  readonly line: number;
  isVararg: boolean;
  /** 5.5: the named vararg table's variable. */
  varargTable: LocalVariable | null;
  readonly locals: LocalVariable[];
  readonly upvalues: UpvalueInfo[];
  readonly children: FunctionInfo[];
  /** Largest number of registers used by locals at once. */
  maxSlots: number;
}

/** How a name use was resolved. */
export type Resolution =
  | { readonly kind: 'local'; readonly variable: LocalVariable }
  | { readonly kind: 'upvalue'; readonly variable: LocalVariable; readonly index: number }
  | {
      readonly kind: 'global';
      readonly name: string;
      /** 5.2+: the `_ENV` the access goes through (a local or upvalue resolution). */
      readonly env: Resolution | null;
      /** 5.5: the declaration that made the name global (null for the implicit `global *`). */
      readonly declaration: GlobalDeclaration | null;
    };

/** Everything the scope pass learned about a chunk (the tooling scope API and the compiler's input). */
export interface ScopeInfo {
  readonly main: FunctionInfo;
  readonly functions: Map<FunctionExpression | Chunk, FunctionInfo>;
  /** Every name use (expressions and assignment targets) and how it resolved. */
  readonly resolutions: Map<Identifier, Resolution>;
  /** Declaring identifiers and their variables. */
  readonly declarations: Map<Identifier, LocalVariable | GlobalDeclaration>;
  readonly gotoTargets: Map<GotoStatement, LabelStatement>;
  /** Each break and the loop statement it leaves. */
  readonly breakTargets: Map<BreakStatement, Node>;
}

interface Block {
  readonly nactvar: number;
  readonly firstLabel: number;
  readonly firstGoto: number;
  readonly loop: boolean;
}

interface Label {
  readonly name: string;
  readonly line: number;
  nactvar: number;
  readonly node: LabelStatement | null;
}

interface PendingGoto {
  readonly name: string;
  readonly line: number;
  nactvar: number;
  readonly node: GotoStatement | BreakStatement;
  readonly isBreak: boolean;
}

interface FuncState {
  readonly info: FunctionInfo;
  /** Resolutions of free names in this function, valid while no local `_ENV` or global declaration is active. */
  readonly globalCache: Map<string, Resolution>;
  readonly prev: FuncState | null;
  readonly actives: ScopeEntry[];
  /** Declared but not yet active (between `local x` and the end of its initialiser). */
  readonly pending: ScopeEntry[];
  readonly blocks: Block[];
  readonly labels: Label[];
  readonly gotos: PendingGoto[];
  /** Labels parsed but not yet placed (waiting to know whether they end their block). */
  readonly unplacedLabels: Label[];
  /** Registers used by active locals. */
  regs: number;
  /** One resolution object per upvalue, parallel to info.upvalues. */
  readonly upvalueResolutions: Resolution[];
  /** Upvalue index by name (a function's upvalue names are unique). */
  readonly upvalueIndex: Map<string, number>;
}

/**
 * Which token a message names in its "near" part, and so which line it gives:
 * 'current' and 'previous' name that token; 'none' names no token and gives the line the
 * dialect uses for semantic errors; 'none-current' names none and gives the current line.
 */
export type NearWhich = 'none' | 'none-current' | 'current' | 'previous';
/** Reports a semantic error; in strict mode it throws, in recovery mode it returns and the tracker goes on. */
export type RaiseFn = (message: string, near: NearWhich) => void;

const BREAK = 'break';

export class ScopeTracker {
  private fs!: FuncState;
  private readonly d: Dialect;
  readonly info: ScopeInfo;
  /** The chunk's external _ENV (5.2+). */
  private readonly env: LocalVariable | null;

  /** Active locals named `_ENV` and active 5.5 global declarations, anywhere: while both are 0 free names resolve the same way in a function. */
  private envShadows = 0;
  private globalDecls = 0;
  /**
   * For each name, the active declarations of it across the whole chain of functions being
   * parsed, innermost last: a name resolves by looking at the top of its stack.
   */
  private readonly bindings = new Map<string, ScopeEntry[]>();
  /** Active 5.5 `global *` declarations, innermost last. */
  private readonly stars: GlobalDeclaration[] = [];
  /** Cached resolutions of locals and upvalues (one object each, not one per use). */
  private readonly localResolutions = new Map<LocalVariable, Resolution>();

  /**
   * `record`: keep every name use in `info.resolutions` and `variable.references` (the
   * tooling scope API and the compiler need them; a plain syntax check does not).
   */
  constructor(dialect: Dialect, chunk: Chunk, private readonly raise: RaiseFn, private readonly record = true) {
    this.d = dialect;
    const main: FunctionInfo = {
      node: chunk, parent: null, line: 0, isVararg: true, varargTable: null,
      locals: [], upvalues: [], children: [], maxSlots: 0,
    };
    this.info = {
      main, functions: new Map([[chunk, main]]), resolutions: new Map(), declarations: new Map(),
      gotoTargets: new Map(), breakTargets: new Map(),
    };
    this.env = dialect.has.envUpvalue
      ? {
          kind: 'local', name: '_ENV', declaration: null, attribute: null, readonly: false, func: null,
          slot: 0, hidden: true, constant: null, captured: true, assigned: false, references: [],
        }
      : null;
    if (this.env) main.upvalues.push({ name: '_ENV', variable: this.env, fromParentLocal: false, parentIndex: 0 });
    this.fs = this.newFuncState(main, null);
    this.enterBlock(false);
  }

  private newFuncState(info: FunctionInfo, prev: FuncState | null): FuncState {
    return {
      info, prev, globalCache: new Map(), actives: [], pending: [], blocks: [], labels: [], gotos: [], unplacedLabels: [], regs: 0,
      upvalueResolutions: info.upvalues.map((u, index) => ({ kind: 'upvalue', variable: u.variable, index }) as Resolution),
      upvalueIndex: new Map(info.upvalues.map((u, index) => [u.name, index])),
    };
  }

  // ------------------------------------------------------------------ recovery

  /** The tracker's state, to return to when a statement is abandoned (recovery mode). */
  snapshot(): unknown {
    const fs = this.fs;
    return {
      fs, blocks: fs.blocks.length, actives: fs.actives.length, pending: fs.pending.length, labels: fs.labels.length,
      gotos: fs.gotos.length, unplaced: fs.unplacedLabels.length, regs: fs.regs, children: fs.info.children.length,
    };
  }

  restore(snapshot: unknown): void {
    const s = snapshot as {
      fs: FuncState; blocks: number; actives: number; pending: number; labels: number; gotos: number;
      unplaced: number; regs: number; children: number;
    };
    for (let f: FuncState | null = this.fs; f; f = f.prev) {
      const keep = f === s.fs ? s.actives : 0;
      for (let i = f.actives.length - 1; i >= keep; i--) this.unbind(f.actives[i]!);
      if (f === s.fs) break;
    }
    const fs = (this.fs = s.fs);
    fs.blocks.length = s.blocks;
    fs.actives.length = s.actives;
    fs.pending.length = s.pending;
    fs.labels.length = s.labels;
    fs.gotos.length = s.gotos;
    fs.unplacedLabels.length = s.unplaced;
    fs.regs = s.regs;
    for (const child of fs.info.children.splice(s.children)) this.info.functions.delete(child.node);
  }

  // ------------------------------------------------------------------ functions

  /** Opens a nested function (its parameters are declared by the caller). */
  openFunction(node: FunctionExpression, line: number): FunctionInfo {
    const parent = this.fs.info;
    const info: FunctionInfo = {
      node, parent, line, isVararg: false, varargTable: null, locals: [], upvalues: [], children: [], maxSlots: 0,
    };
    parent.children.push(info);
    this.info.functions.set(node, info);
    this.fs = this.newFuncState(info, this.fs);
    this.enterBlock(false);
    return info;
  }

  /** Closes the current function (or the main chunk): pending gotos are errors now. */
  closeFunction(): void {
    this.leaveBlock();
    if (this.fs.prev) this.fs = this.fs.prev;
  }

  get currentFunction(): FunctionInfo {
    return this.fs.info;
  }

  /** Marks the current function vararg (its parameter list ended with '...'). */
  setVararg(): void {
    this.fs.info.isVararg = true;
  }

  // ------------------------------------------------------------------ blocks

  /** Enters a block; a loop's block resolves the breaks inside it. */
  enterBlock(loop: boolean): void {
    const fs = this.fs;
    fs.blocks.push({ nactvar: fs.actives.length, firstLabel: fs.labels.length, firstGoto: fs.gotos.length, loop });
  }

  /**
   * Leaves the innermost block: its locals go out of scope, its gotos move outwards.
   * Returns the breaks a loop block resolved (empty for other blocks).
   */
  leaveBlock(): BreakStatement[] {
    const fs = this.fs;
    this.placeLabels(true);
    const bl = fs.blocks.pop()!;
    const breaks: BreakStatement[] = [];
    // Remove the block's variables.
    while (fs.actives.length > bl.nactvar) {
      const v = fs.actives.pop()!;
      this.unbind(v);
      if (v.kind === 'local' && v.constant === null) fs.regs--;
    }
    if (bl.loop) {
      // Pending breaks of this loop are resolved here.
      for (let i = bl.firstGoto; i < fs.gotos.length; ) {
        const g = fs.gotos[i]!;
        if (g.isBreak) {
          breaks.push(g.node as BreakStatement);
          fs.gotos.splice(i, 1);
        } else i++;
      }
    }
    fs.labels.length = bl.firstLabel;
    if (fs.blocks.length > 0) {
      for (let i = bl.firstGoto; i < fs.gotos.length; i++) {
        const g = fs.gotos[i]!;
        if (g.nactvar > bl.nactvar) g.nactvar = bl.nactvar;
      }
      if (!this.d.has.labelRedefinitionInNestedBlock) this.resolveOutwards(bl.firstGoto);
    } else if (bl.firstGoto < fs.gotos.length) {
      this.undefinedGoto(fs.gotos[bl.firstGoto]!);
      fs.gotos.length = bl.firstGoto;
    }
    return breaks;
  }

  /** 5.2/5.3: gotos leaving a block may match labels already seen in the enclosing block. */
  private resolveOutwards(firstGoto: number): void {
    const fs = this.fs;
    const bl = fs.blocks[fs.blocks.length - 1]!;
    for (let i = firstGoto; i < fs.gotos.length; ) {
      const g = fs.gotos[i]!;
      const lb = g.isBreak ? undefined : this.findLabel(g.name, bl.firstLabel);
      if (lb) {
        this.closeGoto(i, lb);
      } else i++;
    }
  }

  private undefinedGoto(g: PendingGoto): void {
    if (g.isBreak) {
      const style = this.d.syntax.breakOutsideLoop;
      if (style === 'not-inside-a-loop') this.raise(`<break> at line ${g.line} not inside a loop`, 'none');
      else this.raise(`break outside loop at line ${g.line}`, 'none');
      return;
    }
    this.raise(`no visible label '${g.name}' for <goto> at line ${g.line}`, 'none');
  }

  // ------------------------------------------------------------------ variables

  /**
   * Declares a local variable (pending: not yet visible). `decl` is null for implicit ones.
   * Checks the local-variable limit against the current token, as new_localvar does.
   */
  declareLocal(name: string, decl: Identifier | null, attribute: Attrib = null, hidden = false, readonly = false): LocalVariable {
    const fs = this.fs;
    if (this.d.syntax.localLimitCheck === 'declare' && this.localCount() + 1 > this.d.syntax.maxLocals) {
      this.limitError(this.d.syntax.maxLocals, 'local variables');
    }
    const v: LocalVariable = {
      kind: 'local', name, declaration: decl, attribute,
      readonly: attribute !== null || readonly,
      func: fs.info, slot: fs.regs + this.pendingLocals(), hidden,
      constant: null, captured: false, assigned: false, references: [],
    };
    fs.pending.push(v);
    fs.info.locals.push(v);
    if (decl && this.record) this.info.declarations.set(decl, v);
    return v;
  }

  /** Gives a declared local its attribute (parsed after the name, as in PUC). */
  setAttribute(v: LocalVariable, attribute: Attrib): void {
    v.attribute = attribute;
    if (attribute !== null) v.readonly = true;
  }

  /** 5.5: declares a global name (or `*` when name is null); pending like a local. */
  declareGlobal(name: string | null, decl: Identifier | null, attribute: Attrib): GlobalDeclaration {
    const g: GlobalDeclaration = { kind: 'global', name, declaration: decl, attribute, readonly: attribute === 'const' };
    this.fs.pending.push(g);
    if (decl && this.record) this.info.declarations.set(decl, g);
    return g;
  }

  /** Makes the first `count` pending declarations (all by default) visible (PUC's adjustlocalvars). */
  activate(count?: number): void {
    const fs = this.fs;
    const n = count === undefined ? fs.pending.length : Math.min(count, fs.pending.length);
    const checkHere = this.d.syntax.localLimitCheck === 'activate';
    for (let i = 0; i < n; i++) {
      const v = fs.pending[i]!;
      fs.actives.push(v);
      this.bind(v);
      if (v.kind === 'local' && v.constant === null) {
        if (checkHere && fs.regs + 1 > this.d.syntax.maxLocals) this.limitError(this.d.syntax.maxLocals, 'local variables');
        fs.regs++;
      }
    }
    fs.pending.splice(0, n);
    if (fs.regs > fs.info.maxSlots) fs.info.maxSlots = fs.regs;
  }

  private bind(e: ScopeEntry): void {
    if (e.kind === 'global') {
      this.globalDecls++;
      if (e.name === null) {
        this.stars.push(e);
        return;
      }
    } else if (e.name === '_ENV') this.envShadows++;
    const stack = this.bindings.get(e.name!);
    if (stack) stack.push(e);
    else this.bindings.set(e.name!, [e]);
  }

  private unbind(e: ScopeEntry): void {
    if (e.kind === 'global') {
      this.globalDecls--;
      if (e.name === null) {
        this.stars.pop();
        return;
      }
    } else if (e.name === '_ENV') this.envShadows--;
    this.bindings.get(e.name!)!.pop();
  }

  private pendingLocals(): number {
    let n = 0;
    for (const v of this.fs.pending) if (v.kind === 'local') n++;
    return n;
  }

  /** Registers taken by the active locals of the current function (PUC's luaY_nvarstack). */
  get registers(): number {
    return this.fs.regs;
  }

  private localCount(): number {
    return this.fs.actives.length + this.fs.pending.length;
  }

  private limitError(limit: number, what: string): void {
    const line = this.fs.info.line;
    const where = line === 0 ? 'main function' : `function at line ${line}`;
    if (this.d.syntax.limitMessages === 'has-more-than') this.raise(`${where} has more than ${limit} ${what}`, 'none-current');
    else this.raise(`too many ${what} (limit is ${limit}) in ${where}`, 'current');
  }

  /** Marks a declared `<const>` local as a compile-time constant (it then takes no register). */
  setConstant(v: LocalVariable, value: ConstValue): void {
    v.constant = value;
  }

  /** Resolves a name use; `id` is recorded with its resolution. */
  reference(id: Identifier): Resolution {
    const res = this.resolve(id.name);
    if (this.record) {
      if (res.kind !== 'global') res.variable.references.push(id);
      this.info.resolutions.set(id, res);
    }
    return res;
  }

  /** Resolves a name at the current point (PUC's singlevar), creating upvalues as needed. */
  resolve(name: string): Resolution {
    const stack = this.bindings.get(name);
    const top = stack !== undefined && stack.length > 0 ? stack[stack.length - 1]! : undefined;
    if (top !== undefined && top.kind === 'local') {
      if (top.func === this.fs.info) return this.localResolution(top);
      return this.upvalue(name, top, this.fs);
    }
    // The chunk's external _ENV is never a free name (5.2+).
    if (top === undefined && this.env !== null && name === '_ENV') return this.upvalue(name, this.env, this.fs);
    if (top === undefined && this.envShadows === 0 && this.globalDecls === 0) {
      const cache = this.fs.globalCache;
      let g = cache.get(name);
      if (g === undefined) {
        g = this.resolveGlobal(name, null);
        cache.set(name, g);
      }
      return g;
    }
    return this.resolveGlobal(name, top ?? null);
  }

  private localResolution(v: LocalVariable): Resolution {
    let r = this.localResolutions.get(v);
    if (!r) {
      r = { kind: 'local', variable: v };
      this.localResolutions.set(v, r);
    }
    return r;
  }

  /**
   * A global access. `decl` is the named 5.5 declaration in scope, if any; otherwise the
   * innermost `global *` applies, and with neither an explicit declaration voids the name.
   */
  private resolveGlobal(name: string, decl: GlobalDeclaration | null): Resolution {
    let declaration: GlobalDeclaration | null = decl;
    if (declaration === null && this.globalDecls > 0) {
      declaration = this.stars.length > 0 ? this.stars[this.stars.length - 1]! : null;
      if (declaration === null) this.raise(`variable '${name}' not declared`, 'none');
    }
    let env: Resolution | null = null;
    if (this.env) env = this.resolveEnv();
    return { kind: 'global', name, env, declaration };
  }

  /** The `_ENV` a global access goes through: a visible local `_ENV`, or the chunk's upvalue. */
  private resolveEnv(): Resolution {
    const stack = this.bindings.get('_ENV');
    const top = stack !== undefined && stack.length > 0 ? stack[stack.length - 1]! : undefined;
    if (top !== undefined && top.kind === 'local') {
      return top.func === this.fs.info ? this.localResolution(top) : this.upvalue('_ENV', top, this.fs);
    }
    return this.upvalue('_ENV', this.env!, this.fs);
  }

  /**
   * PUC's singlevaraux for a name known to be the local `v` of an enclosing function (or the
   * chunk's external _ENV): the upvalue of `fs` for it, created in every function on the way.
   */
  private upvalue(name: string, v: LocalVariable, fs: FuncState): Resolution {
    const index = fs.upvalueIndex.get(name);
    if (index !== undefined) return fs.upvalueResolutions[index]!;
    const parent = fs.prev!;
    let fromParentLocal = false;
    let parentIndex = -1;
    if (parent.info === v.func) {
      v.captured = true;
      fromParentLocal = true;
    } else {
      parentIndex = (this.upvalue(name, v, parent) as { index: number }).index;
    }
    const ups = fs.info.upvalues;
    if (ups.length + 1 > this.d.syntax.maxUpvalues) {
      const saved = this.fs;
      this.fs = fs;
      this.limitError(this.d.syntax.maxUpvalues, 'upvalues');
      this.fs = saved;
    }
    ups.push({ name, variable: v, fromParentLocal, parentIndex });
    const res: Resolution = { kind: 'upvalue', variable: v, index: ups.length - 1 };
    fs.upvalueResolutions.push(res);
    fs.upvalueIndex.set(name, ups.length - 1);
    return res;
  }

  /** Checks that a resolved assignment target may be assigned (PUC's check_readonly). */
  checkAssignable(res: Resolution): void {
    if (res.kind === 'global') {
      if (res.declaration?.readonly) this.raise(`attempt to assign to const variable '${res.name}'`, 'none');
      return;
    }
    const v = res.variable;
    if (v.readonly) this.raise(`attempt to assign to const variable '${v.name}'`, 'none');
    v.assigned = true;
  }

  // ------------------------------------------------------------------ goto, labels, break

  /** `goto name` at `line`. */
  gotoStatement(node: GotoStatement, name: string, line: number): void {
    const fs = this.fs;
    fs.gotos.push({ name, line, nactvar: fs.actives.length, node, isBreak: false });
    const bl = fs.blocks[fs.blocks.length - 1]!;
    // Backward jumps resolve at once: to any visible label (5.4+) or one of this block (5.2/5.3).
    const lb = this.findLabel(name, this.d.has.labelRedefinitionInNestedBlock ? 0 : bl.firstLabel);
    if (lb) this.closeGoto(fs.gotos.length - 1, lb);
  }

  /**
   * `break` at `line`. 5.1 and 5.5 report a break outside a loop at once; 5.2-5.4 treat it
   * as a goto that only the loop's end resolves, and report it when the function closes.
   */
  breakStatement(node: BreakStatement, line: number): void {
    const fs = this.fs;
    const style = this.d.syntax.breakOutsideLoop;
    if (style === 'no-loop-to-break' || style === 'outside-loop-near') {
      let inLoop = false;
      for (const b of fs.blocks) if (b.loop) inLoop = true;
      if (!inLoop) {
        if (style === 'no-loop-to-break') this.raise('no loop to break', 'current');
        else this.raise('break outside loop', 'previous');
        return;
      }
    }
    fs.gotos.push({ name: BREAK, line, nactvar: fs.actives.length, node, isBreak: true });
  }

  /**
   * `::name::` at `line`. The label is placed when the next non-void statement starts or
   * its block ends, because a label followed only by void statements up to the end of its
   * block counts as outside the scope of the block's locals.
   */
  label(node: LabelStatement, name: string, line: number): void {
    const fs = this.fs;
    if (!this.d.has.labelRedefinitionInNestedBlock) {
      // 5.2/5.3 check repetitions in the current block at once.
      const bl = fs.blocks[fs.blocks.length - 1]!;
      const prior = this.findLabel(name, bl.firstLabel) ?? fs.unplacedLabels.find((l) => l.name === name);
      if (prior) this.raise(`label '${name}' already defined on line ${prior.line}`, 'none');
    }
    fs.unplacedLabels.push({ name, line, nactvar: fs.actives.length, node });
  }

  /** Called before each non-void statement: labels before it are not at the block's end. */
  beforeStatement(): void {
    if (this.fs.unplacedLabels.length > 0) this.placeLabels(false);
  }

  /**
   * Called when a block's statements end. `followedByUntil` is true for a repeat body:
   * its labels are not at the block's end, because the condition still sees the locals.
   */
  endOfStatements(followedByUntil: boolean): void {
    if (this.fs.unplacedLabels.length > 0) this.placeLabels(!followedByUntil);
  }

  private placeLabels(atBlockEnd: boolean): void {
    const fs = this.fs;
    const labels = fs.unplacedLabels.splice(0);
    if (labels.length === 0) return;
    const bl = fs.blocks[fs.blocks.length - 1]!;
    const newScope = this.d.has.labelRedefinitionInNestedBlock;
    // PUC places a run of labels innermost-first (each label statement parses the next).
    for (let i = labels.length - 1; i >= 0; i--) {
      const lb = labels[i]!;
      if (newScope) {
        const prior = this.findLabel(lb.name, 0);
        if (prior) this.raise(`label '${lb.name}' already defined on line ${prior.line}`, 'none');
      }
      if (atBlockEnd) lb.nactvar = bl.nactvar;
      fs.labels.push(lb);
      // Pending forward gotos of this block jump here.
      for (let g = bl.firstGoto; g < fs.gotos.length; ) {
        if (fs.gotos[g]!.name === lb.name && !fs.gotos[g]!.isBreak) this.closeGoto(g, lb);
        else g++;
      }
    }
  }

  private findLabel(name: string, from: number): Label | undefined {
    const labels = this.fs.labels;
    for (let i = from; i < labels.length; i++) if (labels[i]!.name === name) return labels[i];
    return undefined;
  }

  private closeGoto(index: number, lb: Label): void {
    const fs = this.fs;
    const g = fs.gotos[index]!;
    if (g.nactvar < lb.nactvar) {
      const v = fs.actives[g.nactvar]!;
      const vname = v.name ?? '*';
      this.raise(`<goto ${g.name}> at line ${g.line} jumps into the scope of ${this.d.syntax.jumpIntoScopeWord}'${vname}'`, 'none-current');
    }
    if (lb.node) this.info.gotoTargets.set(g.node as GotoStatement, lb.node);
    fs.gotos.splice(index, 1);
  }
}
