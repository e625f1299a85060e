/**
 * The JS-source compiler: turns a parsed chunk into the source of one JS module-like
 * function that builds Lua closures. Each Lua function literal becomes a factory
 * `P<k>(U, E)` returning a JS function (its sync form) that follows the calling convention
 * of runtime.ts; inside coroutines its generator form is used (same code, calls running
 * the callee's generator form with runtime/coroutine.ts `sub`). The generated source is compiled once with `new Function` by compile.ts.
 *
 * Invariants:
 * - Every decision is made here, once: operand shapes select the inline fast path
 *   (numbers, plain tables, string keys); the runtime only sees the slow cases.
 * - Lua locals are JS variables; a local captured by an inner function is a cell `{v}`.
 *   Upvalues are cells in the closure's `U` array. Every local write is mirrored into the
 *   frame record (`S[2 + slot]`), and values held only by an expression under evaluation
 *   are spilled there before a later call, so the garbage collector sees every root.
 * - Evaluation order is Lua's: left to right; assignment targets' prefixes and keys before
 *   the values; stores right to left.
 */
import type * as A from '../ast/nodes.js';
import type { Dialect } from '../dialect/index.js';
import type { FunctionInfo, LocalVariable, Resolution, ScopeInfo } from '../../grammar/scope.js';
import type { ConstValue } from '../../grammar/constfold.js';
import { TM_NEWINDEX } from '../runtime/ops.js';
import { eventCode, Ev } from '../runtime/callinfo.js';
import { heldRegisters, type HeldModel } from './held.js';
import { VISITOR_KEYS } from '../ast/visitor-keys.js';

/** What the generated factory needs besides its source: constants and prototypes. */
export interface CompiledChunk {
  source: string;
  /** Values the generated code reads as K[i]. */
  constants: unknown[];
  /** Per function literal (index = factory number): prototype data. */
  protos: ProtoData[];
}

/** A call site: its line and how the called function was named (for messages and tracebacks). */
export interface CallSite {
  line: number;
  /** 'global', 'local', 'upvalue', 'field', 'method', 'constant', or '' when unnamed. */
  kind: string;
  name: string;
  /** The locals active at the site, in declaration order (debug.getlocal). Shared between sites. */
  locals: readonly ActiveLocal[];
  /** Spilled temporaries live at the site (the collector's roots in the frame). */
  spillTop: number;
  /**
   * (debugLocals) PUC's temporaries at a call site that the frame shows: frame slots
   * tempBase + 2 .. + temps - 1 hold them (held.ts).
   */
  temps?: number;
}

/** A local variable in scope at a call site: its name and frame slot (S[slot + 2]). */
export interface ActiveLocal {
  readonly name: string;
  readonly slot: number;
  /** The slot holds a cell {v} (the variable is captured by a closure). */
  readonly captured: boolean;
  /**
   * A numeric for's hidden limit, step or remaining iterations (5.4+ count): computed from
   * the loop variable (`slot`, which tells a float loop) and the limit and step slots.
   */
  readonly forState?: { readonly role: 'limit' | 'step' | 'count'; readonly limit: number; readonly step: number };
}

export interface ProtoData {
  /** Call sites of the function; frames record the index of the current one. */
  sites: CallSite[];
  lineDefined: number;
  lastLineDefined: number;
  numParams: number;
  isVararg: boolean;
  upvalueNames: string[];
  start: number;
  end: number;
  /** Frame slots the garbage collector scans (locals and spilled temporaries). */
  frameSize: number;
  /** Slots of locals; spilled temporaries follow. */
  localSlots: number;
  /** (debugLocals) The first slot of the values PUC holds in registers at calls (CallSite.temps). */
  tempBase: number;
  /** Lines holding code (debug.getinfo's 'L'): statement lines and the closing 'end'. */
  activeLines: number[];
}

/** The line an indexing operation reports: its field name's, or its closing bracket's. */
function accessLine(node: A.Node): number {
  if (node.type === 'MemberExpression') return node.property.line;
  if (node.type === 'IndexExpression') return node.endLine;
  return node.line;
}

/** The lines of the statements of a function body (not of nested functions), sorted. */
function activeLines(body: A.Statement[], endLine: number | null): number[] {
  const lines = new Set<number>();
  const visit = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as { type?: string; line?: number };
    if (node.type === 'FunctionExpression') return;
    if (node.type !== undefined && node.type.endsWith('Statement') && typeof node.line === 'number') lines.add(node.line);
    for (const k in node) if (k !== 'type') visit((node as Record<string, unknown>)[k]);
  };
  visit(body);
  if (endLine !== null) lines.add(endLine);
  return [...lines].sort((a, b) => a - b);
}

interface Options {
  dialect: Dialect;
  scope: ScopeInfo;
  chunk: A.Chunk;
  /**
   * Let debug.setlocal change locals that live in JS variables: after each statement and
   * each line or call hook, the function reloads them from its frame when a setlocal
   * marked the frame (see reloadLocals).
   */
  debugLocals?: boolean;
}

/** A JS identifier-safe string literal of a Lua byte string. */
function str(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c >= 32 && c < 127) out += s[i];
    else out += '\\x' + c.toString(16).padStart(2, '0');
  }
  return out + '"';
}

/**
 * A goto whose jumps cannot be written as nested JS blocks and loops (a forward goto into
 * a loop region that began after it). Reported as a compile error of the chunk.
 */
export class GotoLoweringError extends Error {
  constructor(readonly line: number) {
    super(`goto at line ${line}: this jump structure is not supported by Luna's compiler`);
  }
}

/** The helpers for + - * / once the inline path fails (boxed floats first, then arith). */
const SLOW_ARITH: Record<string, string> = { '+': 'addS', '-': 'subS', '*': 'mulS', '/': 'divS' };

const ARITH_OPS: Record<string, number> = {
  '+': 0, '-': 1, '*': 2, '%': 3, '^': 4, '/': 5, '//': 6, '&': 7, '|': 8, '~': 9, '<<': 10, '>>': 11,
};

/** Restarts after which a leaf prototype's form for coroutines stops probing (emitFunction). */
const LEAF_TRIES = 8;

class FnGen {
  readonly out: string[] = [];
  ind = '  ';
  /** JS names of this function's locals. */
  readonly names = new Map<LocalVariable, string>();
  private nextLocal = 0;
  private temps = 0;
  private maxTemps = 0;
  /** Spill slots in use by live temporaries (above the locals). */
  private spillTop = 0;
  maxSpill = 0;
  /**
   * 5.1: the sign of the first zero constant of the function ('0' or '-0'). Their
   * constant tables are keyed by value, where 0 and -0 are one key: every zero constant of a
   * function takes the sign of the first one.
   */
  zero: '0' | '-0' | null = null;
  private labelCount = 0;
  /** Call sites (index 0 is the function's definition line). */
  readonly sites: CallSite[] = [];
  /** Locals in scope at the point being compiled, and a snapshot of them for call sites. */
  readonly active: LocalVariable[] = [];
  private activeSnapshot: readonly ActiveLocal[] | null = null;
  /** Lua labels of the current function: their JS labels. */
  readonly gotoLabels = new Map<A.LabelStatement, { fwd: string | null; back: string | null }>();
  /** Which JS label a `break` uses for each loop statement. */
  readonly loopLabels = new Map<A.Node, string>();
  readonly usesVarargs: boolean;
  /** How debug.getlocal sees hidden loop locals whose value lives elsewhere (see forHidden). */
  readonly views = new Map<LocalVariable, ActiveLocal>();
  /** Locals held in JS constants (not reloaded from the frame). */
  readonly constLocals = new Set<LocalVariable>();
  /** 5.5: the JS expression of a named vararg table, which '...' then reads. */
  varargTable: string | null = null;
  /** (debugLocals) PUC's held registers at each call of the function (held.ts). */
  model: HeldModel | null = null;
  /** (debugLocals) The temporary keeping each held value compiled so far (JsGen.keep). */
  readonly heldVals = new Map<A.Node, string>();
  /** Held-value slots used (above the spill slots). */
  maxHeld = 0;

  constructor(
    readonly g: JsGen,
    readonly info: FunctionInfo,
    readonly index: number,
    readonly gen: boolean,
  ) {
    this.usesVarargs = info.isVararg;
  }

  line(code: string): void {
    this.out.push(this.ind + code);
  }
  indent(): void {
    this.ind += '  ';
  }
  dedent(): void {
    this.ind = this.ind.slice(2);
  }

  /** A fresh temporary JS variable (function scoped). */
  tmp(): string {
    const n = ++this.temps;
    if (n > this.maxTemps) this.maxTemps = n;
    return `T${n}`;
  }
  /** Releases temporaries allocated after `mark`. */
  tmpMark(): number {
    return this.temps;
  }
  tmpRelease(mark: number): void {
    this.temps = mark;
  }

  /**
   * A site (no call) for a statement: the locals in scope there. Statements with the same
   * locals share one.
   */
  statementSite(line: number): number {
    const locals = this.activeLocals();
    let at = this.statementSites.get(locals);
    if (at === undefined) {
      at = this.sites.length;
      this.sites.push({ line, kind: '', name: '', locals, spillTop: this.spillMark() });
      this.statementSites.set(locals, at);
    }
    return at;
  }
  private readonly statementSites = new Map<readonly ActiveLocal[], number>();
  /** The site of the statement being compiled (loops report their own lines with it). */
  stmtSite = -1;

  /** A frame slot for spilling a temporary: index into S. */
  spillSlot(): number {
    const s = this.info.maxSlots + this.spillTop++;
    if (this.spillTop > this.maxSpill) this.maxSpill = this.spillTop;
    return s + 2;
  }
  spillMark(): number {
    return this.spillTop;
  }
  spillRelease(m: number): void {
    this.spillTop = m;
  }

  activate(v: LocalVariable): void {
    this.active.push(v);
    this.activeSnapshot = null;
  }
  /** Ends the scope of locals activated after `mark` (active.length at a block's start). */
  deactivate(mark: number): void {
    if (this.active.length === mark) return;
    this.active.length = mark;
    this.activeSnapshot = null;
  }
  activeLocals(): readonly ActiveLocal[] {
    return (this.activeSnapshot ??= this.active
      .filter((v) => v.constant === null)
      .map((v) => this.views.get(v) ?? { name: v.name, slot: v.slot, captured: v.captured }));
  }

  /** Locals declared ahead (`let`) by a block with labels: later declarations only assign. */
  readonly hoisted = new Set<string>();

  newLabel(prefix: string): string {
    return `${prefix}${++this.labelCount}`;
  }

  localName(v: LocalVariable): string {
    let n = this.names.get(v);
    if (!n) {
      n = `L${++this.nextLocal}`;
      this.names.set(v, n);
    }
    return n;
  }

  tempDecls(): string {
    const names: string[] = [];
    for (let i = 1; i <= this.maxTemps; i++) names.push(`T${i}`);
    return names.length ? `let ${names.join(', ')};` : '';
  }
}

/** How a block ends: see JsGen.block. */
interface BlockEnd {
  line?: number;
  tail?: (() => void) | undefined;
}

export class JsGen {
  readonly d: Dialect;
  readonly scope: ScopeInfo;
  readonly constants: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly protos: ProtoData[] = [];
  private readonly factories: string[] = [];
  private readonly fnIndex = new Map<FunctionInfo, number>();
  private readonly ints: boolean;
  private f!: FnGen;

  private readonly debugLocals: boolean;

  constructor(opts: Options) {
    this.d = opts.dialect;
    this.scope = opts.scope;
    this.ints = this.d.has.integers;
    this.debugLocals = opts.debugLocals ?? false;
  }

  // ================================================================== entry

  compile(): CompiledChunk {
    this.assignIndices(this.scope.main);
    this.emitFunction(this.scope.main);
    const body = [
      '"use strict";',
      'const {LuaTable, LuaFloat, TAILCALL, MAXS} = OPS;',
      'const AL = OPS.ALLOC;',
      // what the collector is charged for an upvalue cell and for a new string's header
      'const {UVB, STB, HNB, FieldsCtor, EMPTYF} = OPS;',
      'const {index, setIndex, rawGet, rawSet, arith, arithUnary, eq, lt, le, len, concat, callMeta, errorAt} = OPS;',
      'const {fixAdd, fixSub, fixMul, div, mod, idiv, pow, mod51, tableFromArray, setList, results, retList, tail} = OPS;',
      'const {addS, subS, mulS, divS} = OPS;',
      'const {forPrep, forPrepLoop, forStep, mkFloat, checkClosable, closeValue, callg, tailg} = OPS;',
      'const {yh, metaReq, META_REQ: MREQ, POS_NAN: PNAN, sub, SUSPENDED: SUSP, LEAF, LEAF_RESTART: LRST} = OPS;',
      ...this.factories,
      'return {P0};',
    ].join('\n');
    return { source: body, constants: this.constants, protos: this.protos };
  }

  private assignIndices(info: FunctionInfo): void {
    this.fnIndex.set(info, this.fnIndex.size);
    for (const c of info.children) this.assignIndices(c);
  }

  /** A constant slot for a value JS cannot write literally (boxes, bigints). */
  private konst(v: unknown): string {
    let i = this.constIndex.get(v);
    if (i === undefined) {
      i = this.constants.length;
      this.constants.push(v);
      this.constIndex.set(v, i);
    }
    return `K[${i}]`;
  }

  // ================================================================== functions

  private emitFunction(info: FunctionInfo): void {
    const index = this.fnIndex.get(info)!;
    for (const child of info.children) this.emitFunction(child);
    const node = info.node;
    const isMain = node.type === 'Chunk';
    const params = isMain ? [] : (node as A.FunctionExpression).params;
    const model = this.debugLocals ? heldRegisters(isMain ? (node as A.Chunk).body : (node as A.FunctionExpression).body, this.d, this.scope.resolutions) : null;
    const sync = this.emitBody(info, index, false, model);
    const gen = this.emitBody(info, index, true, model);
    const fn = node as A.FunctionExpression;
    // (held values of calls: above the spill slots, at the positions held.ts gives them)
    const tempBase = info.maxSlots + Math.max(sync.maxSpill, gen.maxSpill);
    const frameSize = tempBase + Math.max(sync.maxHeld, gen.maxHeld);
    const held = (_: string, p: string): string => String(tempBase + 2 + Number(p));
    for (const lines of [sync.lines, gen.lines]) {
      for (let i = 0; i < lines.length; i++) {
        if (lines[i]!.includes(FRAME_SIZE_MARK)) lines[i] = lines[i]!.replaceAll(FRAME_SIZE_MARK, String(frameSize + 2));
        if (model !== null && lines[i]!.includes('\x01T')) lines[i] = lines[i]!.replace(HELD_MARK, held);
      }
    }
    this.protos[index] = {
      sites: sync.sites,
      lineDefined: info.line,
      lastLineDefined: isMain ? 0 : fn.endLine,
      numParams: params.length + (fn.isMethod ? 1 : 0),
      isVararg: info.isVararg,
      upvalueNames: info.upvalues.map((u) => u.name),
      start: node.start,
      end: node.end,
      frameSize,
      localSlots: info.maxSlots,
      tempBase,
      activeLines: activeLines(isMain ? (node as A.Chunk).body : fn.body, isMain ? null : fn.endLine),
    };
    // 5.2/5.3 reuse the closure made last from this prototype when it has the same upvalues
    // (the same variables: Luna's cells). (PUC's cache is weak; a closure that only the
    // cache holds is unreachable from Lua, so holding it here is not observable.)
    const cache = this.d.has.closureCache && !isMain;
    const sameUpvalues = info.upvalues.map((_, i) => ` && C${index}.U[${i}] === U[${i}]`).join('');
    this.factories.push(
      ...(cache ? [`let C${index};`] : []),
      `function P${index}(U, E) {`,
      ...(cache ? [`  if (C${index} !== undefined${sameUpvalues}) return C${index};`] : []),
      `  const F = function F${index}(${sync.params}) {`,
      ...sync.lines,
      '  };',
      `  F.P = K.protos[${index}]; F.U = U; F.G = G${index};${this.d.has.functionEnvironments ? ' F.E = E;' : ''} AL.bytes += ${32 + 8 * info.upvalues.length};`,
      cache ? `  return C${index} = F;` : '  return F;',
      '}',
    );
    const leaf = this.isLeaf(info);
    // One generator form per prototype, called with the closure as `this`: a generator
    // function made per closure would cost V8 microseconds at each creation.
    this.factories.push(
      `function* ${leaf ? 'GG' : 'G'}${index}(${gen.params}) {`,
      '    const F = this, U = F.U;',
      ...gen.lines,
      '}',
    );
    if (!leaf) return;
    // A leaf's form for coroutines runs its plain form and returns LEAF, a finished run
    // (coroutine.ts), instead of making a generator. Where metamethods may yield, the plain
    // run is a probe: a metamethod call it reaches throws LEAF_RESTART (ops.ts request)
    // before it is made, and the generator form runs instead, from the start (the leaf did
    // nothing observable before). Hooks may run Lua code anywhere: with hooks set, the
    // generator form runs. So does it once the prototype's runs restarted LEAF_TRIES times
    // (metamethods on its usual path, such as 5.4's string arithmetic): a restart costs a
    // thrown exception and the work done twice.
    const p = sync.params;
    this.factories.push(
      ...(this.d.has.yieldAcrossMetamethods
        ? [
            `let LZ${index} = 0;`,
            `function G${index}(${p}) {`,
            `  if (LZ${index} >= ${LEAF_TRIES} || RT.hk !== 0 || RT.onHook !== null) return GG${index}.call(this${p === '' ? '' : ', ' + p});`,
            '  const d = RT.depth, m = RT.metaReq;',
            '  RT.metaReq = 2;',
            '  try {',
            `    LEAF.value = this(${p});`,
            '  } catch (e) {',
            '    RT.metaReq = m;',
            '    if (e !== LRST) throw e;',
            '    RT.depth = d;',
            `    LZ${index}++;`,
            `    return GG${index}.call(this${p === '' ? '' : ', ' + p});`,
            '  }',
            '  RT.metaReq = m;',
            '  return LEAF;',
            '}',
          ]
        : [`function G${index}(${p}) {`, `  LEAF.value = this(${p});`, '  return LEAF;', '}']),
    );
  }

  /**
   * Whether a function is a leaf: it makes no call (no generic `for`, no `__close`), so it
   * cannot yield but through a metamethod an operator calls; where metamethods may yield
   * (5.2+), it must also do nothing observable that a restart would repeat: it assigns only
   * its own locals (no fields, globals or upvalues). See emitFunction.
   */
  private isLeaf(info: FunctionInfo): boolean {
    if (info.node.type !== 'FunctionExpression') return false;
    const restart = this.d.has.yieldAcrossMetamethods;
    const res = this.scope.resolutions;
    let ok = true;
    const visit = (n: A.Node | null | undefined): void => {
      if (!ok || n === null || n === undefined) return;
      switch (n.type) {
        case 'FunctionExpression':
          return; // (another function's body; making the closure is no effect)
        case 'CallExpression':
        case 'MethodCallExpression':
        case 'GenericForStatement':
          ok = false;
          return;
        case 'LocalStatement':
          if (n.prefixAttribute?.name === 'close' || n.attributes.some((a) => a?.name === 'close')) ok = false;
          break;
        case 'GlobalStatement':
        case 'GlobalFunctionStatement':
        case 'FunctionStatement':
          if (restart) ok = false;
          break;
        case 'AssignmentStatement':
          if (restart && n.targets.some((t) => t.type !== 'Identifier' || res.get(t)?.kind !== 'local')) ok = false;
          break;
        default:
          break;
      }
      for (const k of VISITOR_KEYS[n.type]) {
        const c = (n as unknown as Record<string, unknown>)[k];
        if (Array.isArray(c)) for (const x of c) visit(x as A.Node | null);
        else visit(c as A.Node | null);
      }
    };
    for (const st of info.node.body) visit(st);
    return ok;
  }

  private emitBody(info: FunctionInfo, index: number, gen: boolean, model: HeldModel | null): { params: string; lines: string[]; maxSpill: number; maxHeld: number; sites: CallSite[] } {
    const saved = this.f;
    const f = (this.f = new FnGen(this, info, index, gen));
    f.model = model;
    const node = info.node;
    const isMain = node.type === 'Chunk';
    const fn = node as A.FunctionExpression;
    // parameters: self, declared names, and the vararg rest
    const paramVars = info.locals.filter((v) => !v.hidden).slice(0, (isMain ? 0 : fn.params.length + (fn.isMethod ? 1 : 0)) + (this.d.has.varargArgTable && info.isVararg && !isMain ? 1 : 0));
    const jsParams: string[] = [];
    const plainParams = isMain ? [] : [...(fn.isMethod ? [info.locals[0]!] : []), ...fn.params.map((p) => this.scope.declarations.get(p) as LocalVariable)];
    for (const v of plainParams) jsParams.push(`${f.localName(v)}${v.captured ? '_' : ''}`);
    if (info.isVararg) jsParams.push('...VA');
    f.indent();
    f.indent();
    f.line(`const d = ++RT.depth, S = RT.frames[d] || RT.frame(d);`);
    // Slots past this function's frame, left by a bigger function called earlier at this
    // level, are dropped: they would keep what it held (a whole tree) alive for V8.
    f.line(`if (S.length > ${FRAME_SIZE_MARK}) S.length = ${FRAME_SIZE_MARK};`);
    f.line(`S[0] = F;`);
    for (const v of plainParams) {
      const n = f.localName(v);
      if (v.captured) f.line(`const ${n} = S[${v.slot + 2}] = {v: ${n}_}; AL.bytes += UVB;`);
      else f.line(`S[${v.slot + 2}] = ${n};`);
    }
    if (info.isVararg) f.line('S.va = VA;');
    // The tick (a collector safe point) comes after the arguments are in the frame; at an
    // entry it is also where a call hook sees the call.
    const bodyStmts = isMain ? (node as A.Chunk).body : fn.body;
    f.line(`if (--RT.budget <= 0) RT.tick(1, ${bodyStmts.length > 0 ? bodyStmts[0]!.line : node.endLine}, ${workOf(bodyStmts)});`);
    void paramVars;
    for (const v of plainParams) f.activate(v);
    // (a call hook may have changed a parameter)
    this.reloadLocals();
    // 5.1: the 'arg' table of vararg functions that do not use '...'
    if (this.d.has.varargArgTable && info.isVararg && !isMain) {
      const argVar = info.locals.find((v) => v.name === 'arg' && v.declaration === null && !v.hidden);
      if (argVar) {
        const usesDots = this.usesVararg(fn);
        const n = f.localName(argVar);
        const init = usesDots ? 'undefined' : 'OPS.argTable(VA)';
        if (argVar.captured) f.line(`let ${n} = S[${argVar.slot + 2}] = {v: ${init}}; AL.bytes += UVB;`);
        else f.line(`let ${n} = S[${argVar.slot + 2}] = ${init};`);
        f.activate(argVar);
      }
    }
    // 5.5: the vararg table's local. A named one (`...t`) holds the extra arguments and n.
    // Where PUC builds no table (anonymous, or a name only read as `t[e]`/`t.k`), the
    // debug library sees nil in that local.
    const tv = isMain ? null : info.varargTable;
    if (tv) {
      if (tv.hidden) f.line(`S[${tv.slot + 2}] = undefined;`);
      else {
        const n = f.localName(tv);
        if (!tv.captured && this.onlyIndexed(fn.body, tv)) {
          // (nothing can change this table: '...' reads the arguments, which debug.setlocal changes)
          f.line(`const ${n} = OPS.argTable(VA); S[${tv.slot + 2}] = undefined;`);
          f.constLocals.add(tv);
        } else {
          if (tv.captured) f.line(`let ${n} = S[${tv.slot + 2}] = {v: OPS.argTable(VA)}; AL.bytes += UVB;`);
          else f.line(`let ${n} = S[${tv.slot + 2}] = OPS.argTable(VA);`);
          // the arguments live in the table only (no negative debug.getlocal indices)
          f.line('S.va = null;');
          f.varargTable = tv.captured ? `${n}.v` : n;
        }
      }
      f.activate(tv);
    }
    f.sites.push({ line: info.line, kind: '', name: '', locals: f.activeLocals(), spillTop: 0 });
    const bodyStart = f.out.length;
    this.block(isMain ? (node as A.Chunk).body : fn.body, isMain ? {} : { line: fn.endLine });
    // reaching the end: its line ('end', or the chunk's last line) and the return, for hooks
    f.line(`if (RT.hk !== 0) { RT.hookLine(${node.endLine}); RT.hookReturn(); }`);
    f.line('RT.depth = d - 1; RT.nret = 0; return undefined;');
    const decls = f.tempDecls();
    if (decls) f.out.splice(bodyStart, 0, f.ind + decls);
    this.f = saved;
    return { params: jsParams.join(', '), lines: f.out, maxSpill: f.maxSpill, maxHeld: f.maxHeld, sites: f.sites };
  }

  /**
   * The JS array a '...' reads: the arguments, or (5.5) what the named vararg table holds
   * from 1 to its n, since changes to the table show in '...'.
   */
  private varargs(node: A.Node): string {
    const t = this.f.varargTable;
    return t === null ? 'VA' : `OPS.namedVarargs(RT, ${t}, ${node.line})`;
  }

  /** Whether every use of a variable reads a field of it (`v[e]`, `v.k`, not as a target). */
  private onlyIndexed(body: A.Statement[], v: LocalVariable): boolean {
    const refs = new Set(v.references);
    let indexed = 0;
    const visit = (n: unknown, target: boolean): void => {
      if (n === null || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) visit(x, false);
        return;
      }
      const node = n as A.Node;
      if (node.type === 'AssignmentStatement') {
        for (const t of node.targets) visit(t, true);
        visit(node.values, false);
        return;
      }
      if (!target && (node.type === 'MemberExpression' || node.type === 'IndexExpression') && refs.has(node.object as A.Identifier)) indexed++;
      for (const k in node) if (k !== 'type') visit((node as unknown as Record<string, unknown>)[k], false);
    };
    visit(body, false);
    return indexed === refs.size;
  }

  /** Whether a function's own body (not nested functions) uses '...'. */
  private usesVararg(fn: A.FunctionExpression): boolean {
    return containsNode(fn.body, (n) => n.type === 'VarargLiteral');
  }

  // ================================================================== blocks and statements

  /**
   * A block. `end`: the line where leaving it normally closes its to-be-closed variables
   * (PUC's line of the last token before the block's end; a function body's 'end'), and
   * code that runs at its end still in the scope of its locals (a 'repeat' condition).
   */
  private block(body: A.Statement[], end: BlockEnd = {}): void {
    const mark = this.f.active.length;
    const e = { line: end.line ?? (body.length ? body[body.length - 1]!.endLine : 0), tail: end.tail };
    // Labels that gotos jump to need JS labelled blocks/loops around parts of the block.
    const labels = body.filter((s): s is A.LabelStatement => s.type === 'LabelStatement');
    if (labels.length === 0) this.statements(body, 0, e);
    else this.blockWithLabels(body, labels, e);
    this.f.deactivate(mark);
  }

  /**
   * Statements from `from` on. After a to-be-closed declaration, the rest of the block runs
   * inside try/finally so the value is closed on every exit (normal, break, goto, return,
   * error), with the error when there is one.
   */
  private statements(body: A.Statement[], from: number, end: BlockEnd, closing = false): void {
    for (let i = from; i < body.length; i++) {
      const s = body[i]!;
      this.statementWithHook(s);
      const closed = this.openClose(s, body);
      if (closed === null) continue;
      this.statements(body, i + 1, end, true);
      this.endClose(closed);
      return;
    }
    this.endOfBlock(end, closing);
  }

  /** Code at the end of a block: its tail, else the closing mark when it closes variables. */
  private endOfBlock(end: BlockEnd, closing: boolean): void {
    if (end.tail) end.tail();
    else if (closing) this.f.line(this.closeMark(end.line!));
  }

  /** A statement, after the line hook that each statement running code reports. */
  private statementWithHook(s: A.Statement): void {
    const outer = this.f.stmtSite;
    // (labels, 'do' and 'repeat' have no code of their own on their first line)
    // The frame records a site with the locals in scope, for the hook's debug.getlocal.
    if (s.type !== 'LabelStatement' && s.type !== 'DoStatement' && s.type !== 'RepeatStatement') {
      const site = this.f.statementSite(s.line);
      this.f.stmtSite = site;
      const hook = `RT.hookLine(${s.line}, ${site});`;
      if (this.debugLocals) {
        this.f.line(`if (RT.hk !== 0) { ${hook}`);
        this.reloadLocals();
        this.f.line('}');
      } else this.f.line(`if (RT.hk !== 0) ${hook}`);
    }
    this.statement(s);
    this.f.stmtSite = outer;
    // (blocks reload after their own statements)
    if (this.debugLocals && hasCall(s)) this.reloadLocals();
  }

  /**
   * (debugLocals) Reads the active locals kept in JS variables back from the frame when
   * debug.setlocal changed one there (it marks the frame: S.dz). Captured locals need
   * nothing: their frame slot holds their cell.
   */
  private reloadLocals(): void {
    if (!this.debugLocals) return;
    const f = this.f;
    const reads: string[] = [];
    for (const v of f.active) {
      if (v.hidden || v.constant !== null || v.captured || f.constLocals.has(v)) continue;
      reads.push(`${f.localName(v)} = S[${v.slot + 2}];`);
    }
    if (reads.length > 0) f.line(`if (S.dz) { S.dz = false; ${reads.join(' ')} }`);
  }

  /**
   * After a local statement declaring a to-be-closed variable: checks its value and opens
   * the try whose finally closes it. Returns the variable (null for other statements).
   */
  private openClose(s: A.Statement, body: A.Statement[]): LocalVariable | null {
    if (s.type !== 'LocalStatement') return null;
    const closing = s.names.map((id) => this.declOf(id)).find((v) => v.attribute === 'close');
    if (!closing) return null;
    const f = this.f;
    const n = f.localName(closing);
    f.line(`checkClosable(RT, ${closing.captured ? `${n}.v` : n}, ${str(closing.name)}, ${s.line});`);
    f.line(`let ${n}E = false, ${n}H = null, ${n}V;`);
    f.line('try {');
    f.indent();
    this.inClose++;
    this.closeScopes.push({ from: s.end, to: body[body.length - 1]!.end });
    return closing;
  }

  /**
   * Ends the scope openClose opened: the value is closed, with the error when there is one.
   * (The code reaching the end of the scope has marked the frame: endOfBlock, jumpClose.)
   */
  private endClose(closing: LocalVariable): void {
    const f = this.f;
    const n = f.localName(closing);
    this.inClose--;
    this.closeScopes.pop();
    f.dedent();
    f.line(`} catch (e) { if (e instanceof OPS.LuaError) { ${n}E = true; ${n}V = OPS.handledError(RT, e); } else ${n}H = e; throw e; }`);
    f.line(`finally { closeValue(RT, d, ${closing.captured ? `${n}.v` : n}, ${n}V, ${n}E, ${n}H); }`);
  }

  /**
   * Marks the frame as closing to-be-closed variables at `line` (leaving their scope
   * normally): the __close methods run from this level, named and positioned so.
   */
  private closeMark(line: number): string {
    return `S[1] = ${eventCode(line, Ev.CLOSE)};`;
  }

  /**
   * Before a jump (break or goto) to `target`: marks the frame when the jump leaves the scope
   * of a to-be-closed variable. 5.4 closes where the jump lands (`landing`), 5.5 at the jump.
   */
  private jumpClose(jump: A.Statement, leaves: boolean, landing: number): void {
    if (!leaves) return;
    this.f.line(this.closeMark(this.d.has.closeAtJump ? jump.line : landing));
  }

  /**
   * A block with labels: for each label, forward gotos break out of a JS block that ends
   * at the label, backward gotos continue a JS loop that starts at it. Locals declared in
   * the block are declared first (a goto never jumps into a local's scope, so this only
   * extends their JS scope); captured ones get a fresh cell at each declaration.
   */
  private blockWithLabels(body: A.Statement[], labels: A.LabelStatement[], end: BlockEnd): void {
    const f = this.f;
    // (5.4: a goto leaving a to-be-closed variable's scope closes it at its label, after the
    // labels and empty statements that follow it. A label that only such statements follow
    // to the end of a block, 'until' excepted, is out of the scope of the block's locals.)
    const isVoid = (st: A.Statement): boolean => st.type === 'LabelStatement' || st.type === 'EmptyStatement';
    labels.forEach((lb) => {
      let j = body.indexOf(lb);
      while (j + 1 < body.length && isVoid(body[j + 1]!)) j++;
      this.labelLines.set(lb, body[j]!.endLine);
      if (j === body.length - 1 && !end.tail) this.endLabels.set(lb, body[j]!.end);
    });
    let lastCode = body.length - 1;
    while (lastCode >= 0 && isVoid(body[lastCode]!)) lastCode--;
    const hoisted: string[] = [];
    for (const s of body) {
      if (s.type === 'LocalStatement') for (const id of s.names) hoisted.push(f.localName(this.declOf(id)));
      if (s.type === 'LocalFunctionStatement') hoisted.push(f.localName(this.declOf(s.name)));
    }
    if (hoisted.length) f.line(`let ${hoisted.join(', ')};`);
    for (const n of hoisted) f.hoisted.add(n);
    // Which labels are targets of forward / backward gotos, and where those gotos are (the
    // index of the statement of this block that contains each).
    const within = (g: A.Node): number => body.findIndex((s) => s.start <= g.start && g.start < s.end);
    const info = new Map<A.LabelStatement, { at: number; first: number; last: number }>();
    for (const lb of labels) info.set(lb, { at: body.indexOf(lb), first: -1, last: -1 });
    for (const [g, lb] of this.scope.gotoTargets) {
      const t = info.get(lb);
      if (!t) continue;
      const i = within(g);
      if (i < 0) continue;
      if (g.start < lb.start) t.first = t.first < 0 ? i : Math.min(t.first, i);
      else t.last = Math.max(t.last, i);
    }
    for (const lb of labels) {
      const t = info.get(lb)!;
      f.gotoLabels.set(lb, { fwd: t.first >= 0 ? f.newLabel('F') : null, back: t.last >= 0 ? f.newLabel('B') : null });
    }
    // A backward goto continues a JS loop from its label to the last statement holding such a
    // goto; a forward goto breaks a JS block that ends at its label. The block opens as late
    // as its gotos allow, inside any loop that its label is in, so that the two nest.
    const loopEnd = new Map<A.LabelStatement, number>();
    for (const lb of labels) if (info.get(lb)!.last >= 0) loopEnd.set(lb, info.get(lb)!.last);
    // A to-be-closed variable's try runs to the end of the block: a loop holding its
    // declaration must hold the whole try (a goto back to before the declaration leaves the
    // scope, closing the value).
    body.forEach((st, at) => {
      if (st.type !== 'LocalStatement' || !st.names.some((id) => this.declOf(id).attribute === 'close')) return;
      for (const [lb, e] of loopEnd) if (info.get(lb)!.at < at && e >= at) loopEnd.set(lb, body.length - 1);
    });
    // a loop that starts inside another ends no later than it
    for (const outer of labels) {
      const e = loopEnd.get(outer);
      if (e === undefined) continue;
      for (const inner of labels) {
        const ie = loopEnd.get(inner);
        const ia = info.get(inner)!.at;
        if (ie !== undefined && ia > info.get(outer)!.at && ia <= e && ie > e) loopEnd.set(outer, ie);
      }
    }
    const openAt = new Map<number, A.LabelStatement[]>();
    for (const lb of labels) {
      const t = info.get(lb)!;
      if (t.first < 0) continue;
      let open = t.first;
      for (let changed = true; changed; ) {
        changed = false;
        for (const [lp, e] of loopEnd) {
          const a = info.get(lp)!.at;
          if (a < t.at && t.at <= e) {
            // the label is inside that loop: so must the whole block be (a goto from before
            // the loop into it cannot be nested)
            if (open <= a) throw new GotoLoweringError(lb.line);
          } else if (a < open && open <= e) {
            open = a; // the block encloses a loop that ends before the label
            changed = true;
          }
        }
      }
      const list = openAt.get(open) ?? [];
      list.push(lb);
      openAt.set(open, list);
    }
    // JS labels of the open blocks and loops, and the to-be-closed variables whose try is open
    const stack: (string | LocalVariable)[] = [];
    const endTries = (): void => {
      while (typeof stack[stack.length - 1] === 'object') this.endClose(stack.pop() as LocalVariable);
    };
    for (let i = 0; i < body.length; i++) {
      // blocks opened at the same statement: the one ending last outermost
      const opening = (openAt.get(i) ?? []).sort((a, b) => info.get(b)!.at - info.get(a)!.at);
      for (const lb of opening) {
        const name = f.gotoLabels.get(lb)!.fwd!;
        f.line(`${name}: {`);
        f.indent();
        stack.push(name);
      }
      const s = body[i]!;
      if (s.type === 'LabelStatement') {
        const l = f.gotoLabels.get(s)!;
        if (l.fwd) {
          // (a label after a to-be-closed declaration that a goto from before it reaches ends
          // the block: nothing of the variable's scope follows)
          endTries();
          if (stack.pop() !== l.fwd) throw new GotoLoweringError(s.line);
          f.dedent();
          f.line('}');
        }
        if (l.back) {
          f.line(`${l.back}: for (;;) {`);
          f.indent();
          stack.push(l.back);
        }
      } else {
        this.statementWithHook(s);
        const closing = this.openClose(s, body);
        if (closing !== null) stack.push(closing);
      }
      // (the block's own code ends before the labels that end it: gotos to them mark the frame)
      const closing = stack.some((x) => typeof x === 'object');
      if (i === lastCode && !end.tail && closing) this.endOfBlock(end, true);
      if (i === body.length - 1) {
        if (end.tail) this.endOfBlock(end, closing);
        endTries();
      }
      const ending = [...loopEnd].filter(([, e]) => e === i).sort(([a], [b]) => info.get(b)!.at - info.get(a)!.at);
      for (const [lp] of ending) {
        const name = f.gotoLabels.get(lp)!.back!;
        if (stack.pop() !== name) throw new GotoLoweringError(s.line);
        f.line('break;');
        f.dedent();
        f.line('}');
      }
    }
    if (stack.length) throw new GotoLoweringError(body[body.length - 1]!.line);
  }


  private declOf(id: A.Identifier): LocalVariable {
    return this.scope.declarations.get(id) as LocalVariable;
  }

  private statement(s: A.Statement): void {
    const f = this.f;
    const mark = f.tmpMark();
    const sm = f.spillMark();
    switch (s.type) {
      case 'LocalStatement': this.localStatement(s); break;
      case 'AssignmentStatement': this.assignment(s); break;
      case 'CallStatement': f.line(`${this.callExpr(s.call, false)};`); break;
      case 'DoStatement':
        f.line('{');
        f.indent();
        this.block(s.body);
        f.dedent();
        f.line('}');
        break;
      case 'WhileStatement': this.whileStatement(s); break;
      case 'RepeatStatement': this.repeatStatement(s); break;
      case 'IfStatement': this.ifStatement(s); break;
      case 'NumericForStatement': {
        const mark = this.f.active.length;
        this.numericFor(s);
        this.f.deactivate(mark);
        break;
      }
      case 'GenericForStatement': {
        const mark = this.f.active.length;
        this.genericFor(s);
        this.f.deactivate(mark);
        break;
      }
      case 'FunctionStatement': this.functionStatement(s); break;
      case 'LocalFunctionStatement': this.localFunction(s); break;
      case 'ReturnStatement': this.returnStatement(s); break;
      case 'BreakStatement': {
        const loop = this.scope.breakTargets.get(s);
        const label = loop ? f.loopLabels.get(loop) : undefined;
        if (loop) this.jumpClose(s, this.closeScopes.length > (this.loopScopes.get(loop) ?? 0), loop.endLine);
        f.line(label ? `break ${label};` : 'break;');
        break;
      }
      case 'GotoStatement': this.gotoStatement(s); break;
      case 'LabelStatement': break;
      case 'EmptyStatement': break;
      case 'GlobalStatement': this.globalStatement(s); break;
      case 'GlobalFunctionStatement': this.globalFunction(s); break;
    }
    f.tmpRelease(mark);
    f.spillRelease(sm);
  }

  // ---------------------------------------------------------------- locals and assignment

  /** The JS statement that gives a local its initial value (cells for captured locals). */
  private initLocal(v: LocalVariable, value: string): string {
    const f = this.f;
    f.activate(v);
    const n = f.localName(v);
    const decl = this.f.hoisted.has(n) ? '' : 'let ';
    if (v.captured) return `${decl}${n} = S[${v.slot + 2}] = {v: ${value}}; AL.bytes += UVB;`;
    return `${decl}${n} = S[${v.slot + 2}] = ${value};`;
  }

  private localStatement(s: A.LocalStatement): void {
    const f = this.f;
    const vars = s.names.map((id) => this.declOf(id));
    // new variables: reading old ones in place is safe
    const values = this.explistTo(s.values, vars.length, false);
    vars.forEach((v, i) => {
      if (v.constant !== null) return; // compile-time constants are inlined
      f.line(this.initLocal(v, values[i]!));
    });
  }

  /**
   * Evaluates an expression list adjusted to `n` values; returns JS expressions that are
   * safe to read in order afterwards (temporaries or constants).
   */
  private explistTo(exprs: A.Expression[], n: number, copyLocals = true): string[] {
    const f = this.f;
    const out: string[] = [];
    if (exprs.length === 0) {
      for (let i = 0; i < n; i++) out.push('undefined');
      return out;
    }
    for (let i = 0; i < exprs.length; i++) {
      const e = exprs[i]!;
      const last = i === exprs.length - 1;
      if (last && isMulti(e) && n > exprs.length - 1) {
        const want = n - i;
        if (e.type === 'VarargLiteral') {
          const va = this.f.varargTable === null ? 'VA' : this.hold(this.varargs(e));
          for (let k = 0; k < want; k++) out.push(this.hold(`${va}[${k}]`));
        } else {
          const first = this.hold(this.callExpr(e as A.CallExpression, false));
          out.push(first);
          for (let k = 1; k < want; k++) out.push(this.hold(`(RT.nret > ${k} ? RT.rets[${k}] : undefined)`));
        }
        return out;
      }
      if (i < n) out.push(this.keep(e, this.expr(e), i < exprs.length - 1 && this.anyMayCall(exprs.slice(i + 1)), copyLocals));
      else {
        // extra values are evaluated and dropped (held, as PUC holds them, while later ones are)
        const code = this.expr(e);
        if (f.model?.pos.has(e)) this.keep(e, code);
        else f.line(`${code};`);
      }
    }
    for (let i = out.length; i < n; i++) out.push('undefined');
    return out;
  }

  /** Stores a value in a temporary (spilled to the frame when a later call could collect). */
  private hold(code: string, spill = false, copyLocal = false): string {
    if (/^(undefined|true|false|-?\d+(\.\d+)?|"[^"]*"|K\[\d+\])$/.test(code)) return code;
    // A plain (uncaptured) local needs no copy inside an expression: no expression can assign
    // a local, so the variable still holds the value where it is used, and its frame slot keeps
    // it for the GC. Statements that assign locals before using the value ask for a copy.
    if (!copyLocal && /^L\d+$/.test(code)) return code;
    const t = this.f.tmp();
    // Only objects need the frame slot (for the collector); a number stored in an array
    // would cost V8 a heap box. A stale object left in the slot only lives a little longer.
    if (spill) this.emitPre(`${t} = ${code}, (typeof ${t} === 'object' || typeof ${t} === 'function') && (S[${this.f.spillSlot()}] = ${t})`);
    else this.emitPre(`${t} = ${code}`);
    return t;
  }

  /**
   * (debugLocals) A value that PUC holds in a register while a later call runs (held.ts):
   * kept in a temporary mirrored in its frame slot, where debug.getlocal reads it as a
   * temporary and debug.setlocal changes it (each such call reloads it: heldAt). Other
   * values, and every value outside debugLocals, are held as usual.
   */
  private keep(node: A.Node, code: string, spill = false, copyLocal = false): string {
    const f = this.f;
    const p = f.model?.pos.get(node);
    if (p === undefined) return this.hold(code, spill, copyLocal);
    const t = f.tmp();
    if (p >= f.maxHeld) f.maxHeld = p + 1;
    const gc = spill ? `, (typeof ${t} === 'object' || typeof ${t} === 'function') && (S[${f.spillSlot()}] = ${t})` : '';
    this.emitPre(`${t} = S[\x01T${p}\x01] = ${code}${gc}`);
    f.heldVals.set(node, t);
    return t;
  }

  /**
   * (debugLocals) The temporaries a call shows (the held values kept so far, in register
   * order, up to the first one not kept) and the code reloading them after the call, when a
   * debug.setlocal marked the frame.
   */
  private heldAt(c: A.Node): { count: number; reload: string } {
    const list = this.f.model?.calls.get(c);
    if (!list) return { count: 0, reload: '' };
    const reads: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const t = this.f.heldVals.get(list[i]!);
      if (t === undefined) break;
      reads.push(`${t} = S[\x01T${i}\x01]`);
    }
    return { count: reads.length, reload: reads.length ? `S.dz && (${reads.join(', ')})` : '' };
  }

  /** Whether this code is a coroutine's (generator form) in a dialect where metamethods may yield. */
  private metaYields(): boolean {
    return this.f.gen && this.d.has.yieldAcrossMetamethods;
  }

  /**
   * A call of a runtime helper that may call a metamethod (index, arith, concat, ...). In a
   * coroutine's code (the generator form) of a dialect that yields across metamethods, the
   * helper hands the metamethod call back (ops.ts yh, META_REQ) and the code makes it itself.
   */
  private helper(name: string, args: string): string {
    if (!this.metaYields()) return `${name}(RT, ${args})`;
    const t = this.f.tmp();
    return `((${t} = yh(RT, ${name}, ${args})) === MREQ ? ${this.run('metaReq(RT)', t)} : ${t})`;
  }

  /**
   * Runs a generator form from a coroutine's code (runtime/coroutine.ts sub): its result,
   * or, when it suspended the coroutine, a `yield` whose value is its result once resumed.
   * `t`: a temporary free for the result (one is taken otherwise).
   */
  private run(generator: string, t = this.f.tmp()): string {
    return `((${t} = sub(RT, ${generator})) === SUSP ? (yield) : ${t})`;
  }

  /**
   * An arithmetic helper with no inline fast path: with two numbers it calls no
   * metamethod, so a coroutine's code calls it directly then (not through yh).
   */
  private numHelper(name: string, args: string, bothNum: string): string {
    const slow = this.helper(name, args);
    return this.metaYields() ? `(${bothNum} ? ${name}(RT, ${args}) : ${slow})` : slow;
  }

  /** A held value as a JS name: a literal (a number, a string, nil...) gets a temporary. */
  private holdName(code: string): string {
    if (isJsName(code)) return code;
    const t = this.f.tmp();
    this.emitPre(`${t} = ${code}`);
    return t;
  }

  /**
   * Code that must run before the value being compiled is used. At statement level it is
   * emitted as statements; inside `scoped` (a conditional or repeated evaluation) it
   * becomes part of a comma expression evaluated exactly where the value is.
   */
  private readonly preludes: string[][] = [];

  private emitPre(code: string): void {
    const top = this.preludes[this.preludes.length - 1];
    if (top) top.push(code);
    else this.f.line(code + ';');
  }

  /** Compiles an expression whose preludes must run where (and each time) it is evaluated. */
  private scoped(compile: () => string): string {
    this.preludes.push([]);
    const value = compile();
    const pre = this.preludes.pop()!;
    return pre.length ? `(${[...pre, value].join(', ')})` : value;
  }

  private assignment(s: A.AssignmentStatement): void {
    const f = this.f;
    // Targets: evaluate their objects and keys first.
    type Target = { kind: 'var'; e: A.Identifier } | { kind: 'index'; obj: string; key: string; e: A.Expression; desc: string | null };
    const targets: Target[] = [];
    for (const t of s.targets) {
      if (t.type === 'Identifier') {
        if (f.model?.pos.has(t)) this.conflictCopy(t, targets);
        targets.push({ kind: 'var', e: t });
      } else if (t.type === 'MemberExpression') {
        targets.push({ kind: 'index', obj: this.keep(t.object, this.expr(t.object), true, true), key: str(t.property.name), e: t, desc: this.describe(t.object) });
      } else {
        const obj = this.keep(t.object, this.expr(t.object), true, true);
        const key = this.keep(t.index, this.expr(t.index), true, true);
        targets.push({ kind: 'index', obj, key, e: t, desc: this.describe(t.object) });
      }
    }
    const values = this.explistTo(s.values, targets.length);
    // Stores happen right to left, as in PUC Lua.
    for (let i = targets.length - 1; i >= 0; i--) {
      const t = targets[i]!;
      if (t.kind === 'var') f.line(this.assignVar(t.e, values[i]!) + ';');
      else f.line(this.setIndexCode(t.obj, t.key, values[i]!, t.e, t.desc) + ';');
    }
  }

  /**
   * (debugLocals) A variable assigned after earlier targets that index it in place (as table
   * or key): PUC copies it to a register, which those targets then use (check_conflict,
   * held.ts), so debug.setlocal on that temporary changes where they store.
   */
  private conflictCopy(id: A.Identifier, targets: ({ kind: 'var' } | { kind: 'index'; obj: string; key: string; e: A.Expression })[]): void {
    const copy = this.keep(id, this.expr(id));
    const r = this.resolution(id);
    const same = (x: A.Expression): boolean => {
      if (this.f.model!.pos.has(x)) return false; // (in a register of its own)
      let e = x;
      while (e.type === 'ParenthesizedExpression') e = e.expression;
      if (e.type !== 'Identifier') return false;
      const o = this.resolution(e);
      return o.kind !== 'global' && r.kind !== 'global' && o.variable === r.variable;
    };
    for (const t of targets) {
      if (t.kind !== 'index') continue;
      const e = t.e as A.MemberExpression | A.IndexExpression;
      if (same(e.object)) t.obj = copy;
      if (e.type === 'IndexExpression' && same(e.index)) t.key = copy;
    }
  }

  /** JS code assigning a value to a name. */
  private assignVar(id: A.Identifier, value: string): string {
    const r = this.resolution(id);
    const f = this.f;
    if (r.kind === 'local') {
      const v = r.variable;
      const n = f.localName(v);
      if (v.captured) return `${n}.v = ${value}`;
      return `${n} = S[${v.slot + 2}] = ${value}`;
    }
    if (r.kind === 'upvalue') return `U[${r.index}].v = ${value}`;
    const env = this.envCode(r);
    return this.setIndexCode(env, str(id.name), value, id, this.envDesc(r));
  }

  /**
   * Adds a field known to be new (a non-nil value, no dead keys) to table `obj`, whose
   * fields object is in `fv` (the shared empty one is replaced first), as setStr would.
   */
  private newField(obj: string, fv: string, key: string, value: string): string {
    return `(${fv} = ${obj}.str) === EMPTYF ? (${obj}.str = ${fv} = new FieldsCtor()) : 0, ${fv}[${key}] = ${value}, ${obj}.strLive++, AL.bytes += HNB`;
  }

  private setIndexCode(obj: string, key: string, value: string, node: A.Node, desc: string | null): string {
    const line = accessLine(node);
    // A constant object (an inlined <const> value) is never a table: no fast path.
    if (!isJsName(obj)) {
      return this.helper('setIndex', `${obj}, ${key}, ${value}, ${line}, ${descLit(desc)}`);
    }
    if (key.startsWith('"')) {
      value = this.hold(value);
      const fv = this.f.tmp();
      // An existing field is overwritten in place (raw, as Lua does even with a metatable);
      // new fields, nil and everything else take the general path.
      // New fields of a table with no metatable, or one known to lack '__newindex' (a
      // class's: ops.ts fastTM's cache bit), are added here, where the store's inline
      // cache sees one key (table.ts setStr, shared by every key, would be megamorphic).
      const mt = this.f.tmp();
      const add = `${value} !== undefined && ${obj}.strDead === 0 ? (${this.newField(obj, fv, key, value)}, ${key.startsWith('"__') ? `${obj}.mmAbsent = 0, ` : ''}undefined) : ${obj}.setStr(${key}, ${value})`;
      return `(${obj} instanceof LuaTable && ${value} !== undefined && (${fv} = ${obj}.str)[${key}] !== undefined ? (${fv}[${key}] = ${value}, undefined) : ${obj} instanceof LuaTable && ((${mt} = ${obj}.metatable) === null || (${mt}.mmAbsent & ${1 << TM_NEWINDEX}) !== 0) ? (${add}) : ${this.helper('setIndex', `${obj}, ${key}, ${value}, ${line}, ${descLit(desc)}`)})`;
    }
    const numeric = /^-?\d+$/.test(key) ? (Number(key) >= 1 && Number(key) < 2 ** 31 ? 'true' : 'false') : `typeof ${key} === 'number' && (${key} | 0) === ${key} && ${key} > 0`;
    const raw = numeric === 'false' ? `rawSet(RT, ${obj}, ${key}, ${value}, ${line})` : `(${numeric} ? ${obj}.setIdx(${key}, ${value}) : rawSet(RT, ${obj}, ${key}, ${value}, ${line}))`;
    return `(${obj} instanceof LuaTable && ${obj}.metatable === null ? ${raw} : ${this.helper('setIndex', `${obj}, ${key}, ${value}, ${line}, ${descLit(desc)}`)})`;
  }

  // ---------------------------------------------------------------- control structures

  private cond(e: A.Expression): string {
    switch (e.type) {
      case 'BinaryExpression':
        if (['==', '~=', '<', '<=', '>', '>='].includes(e.operator)) return this.expr(e);
        break;
      case 'LogicalExpression':
        if (e.operator === 'and') return `(${this.cond(e.left)} && ${this.scoped(() => this.cond(e.right))})`;
        return `(${this.cond(e.left)} || ${this.scoped(() => this.cond(e.right))})`;
      case 'UnaryExpression':
        if (e.operator === 'not') return `!${this.cond(e.argument)}`;
        break;
      case 'BooleanLiteral': return e.value ? 'true' : 'false';
      case 'NilLiteral': return 'false';
      case 'NumericLiteral': case 'StringLiteral': return 'true';
    }
    const t = this.f.tmp();
    return `((${t} = ${this.expr(e)}) !== undefined && ${t} !== false)`;
  }

  private loopHeader(loop: A.Node): string {
    const label = this.f.newLabel('W');
    this.f.loopLabels.set(loop, label);
    this.loopScopes.set(loop, this.closeScopes.length);
    return label;
  }

  /**
   * A loop's back-edge: a tick; for line hooks, the line the jump goes back to (0: unknown);
   * for count hooks, about how many instructions an iteration ran (workOf).
   */
  private backEdge(line: number, body: A.Statement[]): void {
    const site = line !== 0 && this.f.stmtSite >= 0 ? `, ${this.f.stmtSite}` : '';
    this.f.line(`if (--RT.budget <= 0) RT.tick(0, ${line}, ${workOf(body) + 1}${site});`);
  }

  private whileStatement(s: A.WhileStatement): void {
    const f = this.f;
    const label = this.loopHeader(s);
    f.line(`${label}: while (${this.scoped(() => this.cond(s.condition))}) {`);
    f.indent();
    this.block(s.body);
    this.backEdge(s.line, s.body);
    f.dedent();
    f.line('}');
  }

  private repeatStatement(s: A.RepeatStatement): void {
    const f = this.f;
    const label = this.loopHeader(s);
    f.line(`${label}: for (;;) {`);
    f.indent();
    // The condition is in the scope of the body's locals: it runs before their closing.
    this.block(s.body, {
      line: s.endLine,
      tail: () => {
        const mark = f.tmpMark();
        f.line(`if (RT.hk !== 0) RT.hookLine(${s.condition.line}, ${f.statementSite(s.condition.line)});`);
        const c = this.scoped(() => this.cond(s.condition));
        if (this.closeScopes.length > this.loopScopes.get(s)!) {
          const r = f.tmp();
          f.line(`${r} = ${c};`);
          f.line(this.closeMark(s.endLine));
          f.line(`if (${r}) break ${label};`);
        } else f.line(`if (${c}) break ${label};`);
        f.tmpRelease(mark);
      },
    });
    this.backEdge(0, s.body);
    f.dedent();
    f.line('}');
  }

  private ifStatement(s: A.IfStatement): void {
    const f = this.f;
    s.clauses.forEach((c, i) => {
      // an elseif's condition is evaluated on its own line
      const hook = i === 0 ? '' : `(RT.hk !== 0 && RT.hookLine(${c.condition.line}, ${f.statementSite(c.condition.line)}), `;
      f.line(`${i === 0 ? 'if' : '} else if'} (${hook}${this.scoped(() => this.cond(c.condition))}${hook ? ')' : ''}) {`);
      f.indent();
      this.block(c.body);
      f.dedent();
    });
    if (s.orElse) {
      f.line('} else {');
      f.indent();
      this.block(s.orElse.body);
      f.dedent();
    }
    f.line('}');
  }

  private numericFor(s: A.NumericForStatement): void {
    const f = this.f;
    const v = this.declOf(s.variable);
    const label = this.loopHeader(s);
    const lit = (e: A.Expression | null): number | null =>
      e === null ? 1 : e.type === 'NumericLiteral' && typeof e.value === 'number' && (e.numberKind === 'integer' || !this.ints) ? e.value : null;
    const a = lit(s.init);
    const b = lit(s.limit);
    const c = lit(s.step);
    const n = f.localName(v);
    const hidden = this.forHidden(v, this.d.syntax.forNumericHidden.length);
    const roles = this.d.syntax.forNumericRoles;
    // The loop's hidden locals, as debug.getlocal lists them: the index is the loop
    // variable's value, the limit and step are stored once, the count derived from them.
    const showHidden = (limit: string, step: string): void => {
      const slotOf = (role: string): number => hidden[roles.indexOf(role as never)]?.slot ?? -1;
      const limitSlot = slotOf('limit') >= 0 ? slotOf('limit') : slotOf('count');
      if (limitSlot >= 0) f.line(`S[${limitSlot + 2}] = ${limit};`);
      if (slotOf('step') >= 0) f.line(`S[${slotOf('step') + 2}] = ${step};`);
      hidden.forEach((h, i) => {
        const role = roles[i]!;
        const view = { name: h.name, slot: v.slot, captured: v.captured };
        f.views.set(h, role === 'index' ? view : { ...view, forState: { role, limit: limitSlot, step: slotOf('step') } });
        f.activate(h);
      });
    };
    // (line hooks: where the loop's preparation jumps to its step, the first pass too enters
    // the body by a backward jump)
    const entryJump = this.d.has.forPrepJumpsToStep ? 'if (RT.hk !== 0) RT.hookJump();' : null;
    const body = (valueExpr: string): void => {
      f.indent();
      f.line(this.initLocal(v, valueExpr));
      if (entryJump) f.line(entryJump);
      this.block(s.body);
      this.backEdge(-s.line, s.body);
      f.dedent();
      f.line('}');
    };
    // Fast path: integer literals (or any literals in float-only dialects) in the safe range.
    if (a !== null && b !== null && c !== null && c !== 0 && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52 && Math.abs(c) < 2 ** 52) {
      const i = f.newLabel('i');
      const again = entryJump ? '' : ', RT.hk !== 0 && RT.hookJump()';
      // (5.1-5.3 float loops start from (init - step) + step: runtime/support.ts floatLoopStart)
      const start = !this.ints && this.d.has.floatForSubtractsStep ? a - c + c : a;
      showHidden(jsNumber(b), jsNumber(c));
      f.line(`${label}: for (let ${i} = ${jsNumber(start)}; ${i} ${c > 0 ? '<=' : '>='} ${b}; ${i} += ${c}${again}) {`);
      body(i);
      return;
    }
    // Numbers known only at run time: forPrepLoop picks plain-number integer or float
    // loops (no allocation) or, for huge integers, the general state machine.
    const init = this.keep(s.init, this.expr(s.init), false, true);
    const limit = this.keep(s.limit, this.expr(s.limit), false, true);
    const step = s.step ? this.keep(s.step, this.expr(s.step), false, true) : '1';
    const m = f.newLabel('m');
    const cur = f.newLabel('i');
    f.line(`const ${m} = forPrepLoop(RT, ${init}, ${limit}, ${step}, ${s.line});`);
    showHidden(limit, step);
    f.line(`if (${m} !== 0) ${label}: for (let ${cur} = ${m} === 2 ? RT.forSt.value : RT.forI, ${m}L = RT.forL, ${m}S = ${m} === 2 ? 0 : RT.forS, ${m}G = ${m} === 2 ? RT.forSt : null; ; ) {`);
    f.indent();
    const value = this.ints ? `(${m} === 3 ? mkFloat(${cur}) : ${cur})` : cur;
    f.line(this.initLocal(v, value));
    if (entryJump) f.line(entryJump);
    this.block(s.body);
    this.backEdge(-s.line, s.body);
    f.line(`if (${m} === 2) { if (!forStep(${m}G)) break; ${cur} = ${m}G.value; }`);
    f.line(`else if (${m}S > 0 ? !((${cur} += ${m}S) <= ${m}L) : !((${cur} += ${m}S) >= ${m}L)) break;`);
    if (!entryJump) f.line('if (RT.hk !== 0) RT.hookJump();');
    f.dedent();
    f.line('}');
    void n;
  }

  /** The hidden locals a for loop declared before its first variable `v` (`n` of them). */
  private forHidden(v: LocalVariable, n: number): LocalVariable[] {
    const locals = this.f.info.locals;
    const at = locals.indexOf(v);
    return locals.slice(Math.max(0, at - n), at).filter((h) => h.hidden);
  }

  private genericFor(s: A.GenericForStatement): void {
    const f = this.f;
    const label = this.loopHeader(s);
    const [fn, state, ctl, closing] = this.explistTo(s.iterators, this.d.has.closeMetamethod ? 4 : 3);
    const it = f.newLabel('it');
    const st = f.newLabel('s');
    const c = f.newLabel('c');
    f.line(`let ${it} = ${fn}, ${st} = ${state}, ${c} = ${ctl};`);
    const vars = s.variables.map((id) => this.declOf(id));
    // the hidden locals (debug.getlocal): the control is the first variable's value
    const values: Record<string, string> = { generator: it, state: st, closing: closing ?? 'undefined' };
    this.forHidden(vars[0]!, this.d.syntax.forGenericHidden.length).forEach((h, i) => {
      const role = this.d.syntax.forGenericRoles[i]!;
      if (role === 'control') f.views.set(h, { name: h.name, slot: vars[0]!.slot, captured: vars[0]!.captured });
      else f.line(`S[${h.slot + 2}] = ${values[role]};`);
      f.activate(h);
    });
    f.sites.push({ line: s.line, kind: 'for iterator', name: 'for iterator', locals: f.activeLocals(), spillTop: f.spillMark() });
    const forSite = f.sites.length - 1;
    const hasClose = this.d.has.closeMetamethod && closing !== undefined && closing !== 'undefined';
    if (hasClose) {
      f.line(`const ${c}Z = ${closing};`);
      f.line(`checkClosable(RT, ${c}Z, '(for state)', ${s.line});`);
      f.line(`let ${c}E = false, ${c}H = null, ${c}V;`);
      f.line('try {');
      f.indent();
      this.closeScopes.push({ from: s.start, to: s.end });
    }
    // (5.4+: the loop's closing value, even when absent, makes a return in it no tail call)
    if (this.d.has.closeMetamethod) this.inClose++;
    f.line(`${label}: for (;;) {`);
    f.indent();
    f.line(`S[1] = ${forSite};`);
    const yieldable = f.gen && this.d.has.yieldInIterators;
    const r = f.tmp();
    // (a function with a generator form runs it, as a call does: callExpr)
    const call = yieldable
      ? `(typeof ${it} === 'function' ? ((${r} = ${it}.G) === undefined ? ${it}(${st}, ${c}) : ${this.run(`${r}.call(${it}, ${st}, ${c})`, r)}) : ${this.run(`callg(RT, ${it}, [${st}, ${c}], 0, ${s.line}, ${descLit(this.iteratorDesc())})`, r)})`
      : `(typeof ${it} === 'function' && RT.hk === 0 ? ${it}(${st}, ${c}) : callMeta(RT, ${it}, [${st}, ${c}], ${s.line}, ${descLit(this.iteratorDesc())}))`;

    f.line(`${r} = ${call};`);
    f.line(`if (${r} === TAILCALL) ${r} = ${yieldable ? this.run('tailg(RT)', r) : 'RT.finishTail()'};`);
    f.line(hasClose ? `if (${r} === undefined) { ${this.closeMark(s.endLine)} break; }` : `if (${r} === undefined) break;`);
    f.line(`${c} = ${r};`);
    vars.forEach((v, i) => {
      f.line(this.initLocal(v, i === 0 ? r : `(RT.nret > ${i} ? RT.rets[${i}] : undefined)`));
    });
    // (line hooks: every pass, the first included, enters the body by a backward jump)
    f.line('if (RT.hk !== 0) RT.hookJump();');
    this.block(s.body);
    this.backEdge(-s.line, s.body);
    f.dedent();
    f.line('}');
    if (this.d.has.closeMetamethod) this.inClose--;
    if (hasClose) {
      this.closeScopes.pop();
      f.dedent();
      f.line(`} catch (e) { if (e instanceof OPS.LuaError) { ${c}E = true; ${c}V = OPS.handledError(RT, e); } else ${c}H = e; throw e; } finally { closeValue(RT, d, ${c}Z, ${c}V, ${c}E, ${c}H); }`);
    }
    // where the loop has a closing value (5.4+), leaving it runs code on its 'end' line
    if (this.d.has.closeMetamethod) f.line(`if (RT.hk !== 0) RT.hookLine(${s.endLine});`);
  }

  private iteratorDesc(): string | null {
    return this.d.runtime.iteratorCallDesc;
  }

  private gotoStatement(s: A.GotoStatement): void {
    const f = this.f;
    const lb = this.scope.gotoTargets.get(s);
    if (!lb) return;
    const l = f.gotoLabels.get(lb);
    if (!l) return;
    const top = this.closeScopes[this.closeScopes.length - 1];
    const leaves = top !== undefined && (!(lb.start >= top.from && lb.start < top.to) || this.endLabels.get(lb) === top.to);
    if (s.start < lb.start) {
      this.jumpClose(s, leaves, this.labelLines.get(lb) ?? lb.endLine);
      f.line(`break ${l.fwd};`);
    } else {
      this.jumpClose(s, leaves, s.line);
      this.backEdge(0, []);
      f.line(`continue ${l.back};`);
    }
  }

  // ---------------------------------------------------------------- functions and returns

  private functionStatement(s: A.FunctionStatement): void {
    const f = this.f;
    const closure = this.functionExpr(s.func);
    const n = s.name;
    if (n.path.length === 0 && n.method === null) {
      f.line(this.assignVar(n.base, closure) + ';');
      return;
    }
    let obj = this.hold(this.expr(n.base), true);
    let desc = this.describe(n.base);
    const keys = [...n.path, ...(n.method ? [n.method] : [])];
    for (let i = 0; i < keys.length - 1; i++) {
      obj = this.hold(this.indexCode(obj, str(keys[i]!.name), keys[i]!, desc), true);
      desc = `field '${keys[i]!.name}'`;
    }
    const last = keys[keys.length - 1]!;
    f.line(this.setIndexCode(obj, str(last.name), closure, s, desc) + ';');
  }

  private localFunction(s: A.LocalFunctionStatement): void {
    const f = this.f;
    const v = this.declOf(s.name);
    f.activate(v);
    const n = f.localName(v);
    const decl = this.f.hoisted.has(n) ? '' : 'let ';
    if (v.captured) {
      f.line(`${decl}${n} = S[${v.slot + 2}] = {v: undefined}; AL.bytes += UVB;`);
      f.line(`${n}.v = ${this.functionExpr(s.func)};`);
    } else {
      f.line(`${decl}${n};`);
      f.line(`${n} = S[${v.slot + 2}] = ${this.functionExpr(s.func)};`);
    }
  }

  private globalStatement(s: A.GlobalStatement): void {
    if (s.values.length === 0) return;
    const f = this.f;
    const values = this.explistTo(s.values, s.names.length);
    s.names.forEach((id, i) => {
      const r: Resolution = { kind: 'global', name: id.name, env: this.envResolution(), declaration: null };
      const env = this.envCode(r);
      f.line(`OPS.defineGlobal(RT, ${env}, ${str(id.name)}, ${values[i]}, ${id.line});`);
    });
  }

  private globalFunction(s: A.GlobalFunctionStatement): void {
    const f = this.f;
    const r: Resolution = { kind: 'global', name: s.name.name, env: this.envResolution(), declaration: null };
    f.line(`OPS.defineGlobal(RT, ${this.envCode(r)}, ${str(s.name.name)}, ${this.functionExpr(s.func)}, ${s.line});`);
  }

  private envResolution(): Resolution | null {
    return (this.scope.main.upvalues.length > 0 ? { kind: 'upvalue', variable: this.scope.main.upvalues[0]!.variable, index: 0 } : null);
  }

  private returnStatement(s: A.ReturnStatement): void {
    const f = this.f;
    const vals = s.values;
    // (leaving the scopes of to-be-closed variables closes them at the return's line)
    const pre = this.closeScopes.length ? `${this.closeMark(s.endLine)} ` : '';
    if (vals.length === 1 && (vals[0]!.type === 'CallExpression' || vals[0]!.type === 'MethodCallExpression') && !this.inClose) {
      // proper tail call
      f.line(`${this.tailCall(vals[0] as A.CallExpression | A.MethodCallExpression)}`);
      return;
    }
    if (vals.length === 0) {
      f.line(`${pre}${RETURN_HOOK}RT.depth = d - 1; RT.nret = 0; return undefined;`);
      return;
    }
    if (vals.length === 1 && !isMulti(vals[0]!)) {
      const v = this.hold(this.expr(vals[0]!));
      f.line(`${pre}${RETURN_HOOK}RT.depth = d - 1; RT.nret = 1; return ${v};`);
      return;
    }
    if (!isMulti(vals[vals.length - 1]!)) {
      const held = vals.map((e, i) => this.keep(e, this.expr(e), i < vals.length - 1 && this.anyMayCall(vals.slice(i + 1))));
      held.slice(1).forEach((h, i) => f.line(`RT.rets[${i + 1}] = ${h};`));
      f.line(`${pre}${RETURN_HOOK}RT.depth = d - 1; RT.nret = ${held.length}; return ${held[0]};`);
      return;
    }
    const list = this.listCode(vals);
    const r = f.tmp();
    f.line(`${r} = retList(RT, ${list});`);
    f.line(`${pre}${RETURN_HOOK}RT.depth = d - 1; return ${r};`);
  }

  /** Inside a block with to-be-closed variables a return is not a tail call (closes run after it). */
  private inClose = 0;
  /** The scopes of the to-be-closed variables being compiled (byte ranges), innermost last. */
  private readonly closeScopes: { from: number; to: number }[] = [];
  /** How many to-be-closed scopes were open where each loop starts (a break leaving more closes them). */
  private readonly loopScopes = new Map<A.Node, number>();
  /** 5.4: the line where a goto to each label closes the scopes it leaves. */
  private readonly labelLines = new Map<A.LabelStatement, number>();
  /** Labels that end their block (out of the scope of its locals): the block's end offset. */
  private readonly endLabels = new Map<A.LabelStatement, number>();

  private tailCall(c: A.CallExpression | A.MethodCallExpression): string {
    const f = this.f;
    let fn: string;
    const args: string[] = [];
    let desc: string | null;
    if (c.type === 'MethodCallExpression') {
      const obj = this.keep(c.object, this.expr(c.object), true);
      fn = this.keep(c.method, this.indexCode(obj, str(c.method.name), c.method, this.describe(c.object)), true);
      args.push(obj);
      desc = `method '${c.method.name}'`;
    } else {
      fn = this.holdName(this.keep(c.callee, this.expr(c.callee), this.anyMayCall(c.arguments)));
      desc = this.describe(c.callee);
    }
    // The arguments are evaluated (calls among them included) while this frame is still live.
    const n = c.arguments.length;
    const fixed = n === 0 || !isMulti(c.arguments[n - 1]!);
    let a = '';
    if (fixed) {
      // A fixed count: held one by one, passed positionally to a native (no array, no spread).
      c.arguments.forEach((e, i) => args.push(this.keep(e, this.expr(e), i < n - 1 && mayBeObject(e) && this.anyMayCall(c.arguments.slice(i + 1)))));
    } else {
      a = f.tmp();
      f.line(`${a} = ${this.argsArray(args, c.arguments)};`);
    }
    f.line(`if (typeof ${fn} !== 'function') OPS.checkCallable(RT, ${fn}, ${this.callLine(c)}, ${descLit(desc)});`);
    // A native runs with this frame still live (as PUC runs a C function called in tail
    // position): its errors and tracebacks see the caller. Lua functions are tail-called.
    const site = this.site(this.callLine(c), c.type === 'MethodCallExpression' ? c.method : c.callee, c.type === 'MethodCallExpression');
    const r = f.tmp();
    // (the site is recorded for Lua callees too: 5.1's call hook names them after it)
    if (fixed) {
      const pos = args.join(', ');
      const plain = `(RT.hk === 0 ? ${fn}(${pos}) : RT.hookedCall(${fn}, [${pos}]))`;
      const native = f.gen ? `${fn}.G ? ${this.run(`${fn}.G(${pos})`)} : ${plain}` : plain;
      return `S[1] = ${site}; if (typeof ${fn} === 'function' && ${fn}.P === undefined) { ${r} = ${native}; ${RETURN_HOOK}RT.depth = d - 1; return ${r}; } RT.depth = d - 1; return tail(RT, ${fn}, [${pos}]);`;
    }
    const plain = `(RT.hk === 0 ? ${fn}(...${a}) : RT.hookedCall(${fn}, ${a}))`;
    const native = f.gen ? `${fn}.G ? ${this.run(`${fn}.G(...${a})`)} : ${plain}` : plain;
    return `S[1] = ${site}; if (typeof ${fn} === 'function' && ${fn}.P === undefined) { ${r} = ${native}; ${RETURN_HOOK}RT.depth = d - 1; return ${r}; } RT.depth = d - 1; return tail(RT, ${fn}, ${a});`;
  }

  /** JS array expression of call arguments (`pre` values first), expanding a last multi-value. */
  private argsArray(pre: string[], args: A.Expression[]): string {
    return `[${this.argsParts(pre, args)}]`;
  }

  /** The comma-separated JS arguments of a call whose last argument may expand (spread). */
  private argsParts(pre: string[], args: A.Expression[]): string {
    const parts = [...pre];
    args.forEach((a, i) => {
      const last = i === args.length - 1;
      if (last && isMulti(a)) {
        if (a.type === 'VarargLiteral') parts.push(`...${this.varargs(a)}`);
        // (the call is made before this one's site is set; its results are read right after)
        else parts.push(`...results(RT, ${this.hold(this.callExpr(a as A.CallExpression, false))})`);
      } else if (last) parts.push(this.expr(a));
      // Held in order: a later argument's code (a call's prelude) must not run before it.
      else parts.push(this.keep(a, this.expr(a), mayBeObject(a) && this.anyMayCall(args.slice(i + 1))));
    });
    return parts.join(', ');
  }

  /** JS array expression of a Lua expression list with multi-value expansion. */
  private listCode(exprs: A.Expression[]): string {
    return this.argsArray([], exprs);
  }

  private anyMayCall(exprs: A.Expression[]): boolean {
    return exprs.some(mayCall);
  }

  // ================================================================== expressions

  private resolution(id: A.Identifier): Resolution {
    const r = this.scope.resolutions.get(id);
    if (!r) throw new Error(`internal: unresolved name '${id.name}' at line ${id.line}`);
    return r;
  }

  /** The JS expression of the _ENV table for a global access. */
  private envCode(r: Resolution & { kind: 'global' }): string {
    if (!this.d.has.envUpvalue) return 'F.E';
    const env = r.env!;
    if (env.kind === 'local') {
      const v = env.variable;
      const n = this.f.localName(v);
      return v.captured ? `${n}.v` : n;
    }
    if (env.kind === 'upvalue') return `U[${env.index}].v`;
    return 'undefined';
  }

  /** How errors name the environment a global access indexes (when _ENV itself is not indexable). */
  private envDesc(r: Resolution & { kind: 'global' }): string | null {
    if (!this.d.has.envUpvalue) return null;
    const env = r.env!;
    return env.kind === 'local' ? "local '_ENV'" : env.kind === 'upvalue' ? "upvalue '_ENV'" : null;
  }

  /** The description of an expression in error messages ("local 'x'", "field 'y'"...), or null. */
  describe(e: A.Expression): string | null {
    switch (e.type) {
      case 'Identifier': {
        const r = this.scope.resolutions.get(e);
        if (!r) return null;
        if (r.kind === 'local' || (r.kind === 'upvalue' && r.variable.constant !== null)) {
          const c = r.variable.constant;
          if (c === null) return `local '${e.name}'`;
          // an inlined constant is named by its value when it is a string (PUC's constant
          // table); other values are loaded into an unnamed register
          return c.kind === 'string' && this.d.has.constantVariableInfo ? `constant '${c.value}'` : null;
        }
        if (r.kind === 'upvalue') return `upvalue '${e.name}'`;
        return `global '${e.name}'`;
      }
      case 'ParenthesizedExpression':
        return this.describe(e.expression);
      case 'MemberExpression':
        return `${this.isEnvAccess(e.object) ? 'global' : 'field'} '${e.property.name}'`;
      case 'IndexExpression': {
        const k = e.index;
        if (k.type === 'StringLiteral') return `${this.isEnvAccess(e.object) ? 'global' : 'field'} '${k.value}'`;
        // PUC names a key only when it is a string constant (5.4+: or a small integer constant).
        if (this.d.has.integerIndexVariableInfo && isIntLiteral(k) && (k as A.NumericLiteral).value as number >= 0 && (k as A.NumericLiteral).value as number <= 255) {
          return "field 'integer index'";
        }
        return "field '?'";
      }
      case 'StringLiteral':
        return this.d.has.constantVariableInfo ? `constant '${e.value}'` : null;
      default: return null;
    }
  }

  /** describe() for an operand of a binary arithmetic or bitwise operator. */
  private operandDesc(e: A.Expression): string | null {
    const inner = e.type === 'ParenthesizedExpression' ? e.expression : e;
    if (inner.type === 'StringLiteral' && !this.d.has.arithmeticConstantInfo) return null;
    return this.describe(e);
  }

  /** Whether an expression is the variable _ENV (5.2+), so that fields of it are "global". */
  private isEnvAccess(e: A.Expression): boolean {
    if (!this.d.has.envUpvalue || e.type !== 'Identifier' || e.name !== '_ENV') return false;
    const r = this.scope.resolutions.get(e);
    return r !== undefined && r.kind !== 'global';
  }

  expr(e: A.Expression): string {
    switch (e.type) {
      case 'NilLiteral': return 'undefined';
      case 'BooleanLiteral': return e.value ? 'true' : 'false';
      case 'NumericLiteral': return this.numberLiteral(e);
      case 'StringLiteral': return str(e.value);
      case 'VarargLiteral': return `${this.varargs(e)}[0]`;
      case 'FunctionExpression': return this.functionExpr(e);
      case 'TableConstructor': return this.tableConstructor(e);
      case 'BinaryExpression': return this.binary(e);
      case 'LogicalExpression': return this.logical(e);
      case 'UnaryExpression': return this.unary(e);
      case 'ParenthesizedExpression': return this.expr(e.expression);
      case 'Identifier': return this.nameRead(e);
      case 'MemberExpression': {
        const obj = this.hold(this.expr(e.object));
        return this.indexCode(obj, str(e.property.name), e, this.describe(e.object));
      }
      case 'IndexExpression': {
        const obj = this.keep(e.object, this.expr(e.object), mayCall(e.index));
        const key = this.hold(this.expr(e.index));
        return this.indexCode(obj, key, e, this.describe(e.object));
      }
      case 'CallExpression':
      case 'MethodCallExpression':
        return this.callExpr(e, false);
    }
  }

  private numberLiteral(e: A.NumericLiteral): string {
    if (e.value === 0 && this.d.has.zeroConstantsMerged) return this.zeroConstant('0');
    return this.numberConst(e.numberKind === 'integer' ? { kind: 'integer', value: BigInt(e.value) } : { kind: 'float', value: e.value as number });
  }

  /** JS code for a numeric constant in the canonical representation. */
  private numberConst(c: ConstValue): string {
    if (c.kind === 'integer') {
      const v = c.value;
      if (v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return String(Number(v));
      return this.konst(v);
    }
    if (c.kind === 'float') {
      const x = c.value;
      if (!this.ints) return jsNumber(x);
      if (Number.isInteger(x)) return this.konst(`float:${Object.is(x, -0) ? '-0' : String(x)}`);
      return jsNumber(x);
    }
    return 'undefined';
  }

  private constCode(c: ConstValue): string {
    switch (c.kind) {
      case 'nil': return 'undefined';
      case 'boolean': return c.value ? 'true' : 'false';
      case 'string': return str(c.value);
      default: return this.numberConst(c);
    }
  }

  private nameRead(id: A.Identifier): string {
    const r = this.resolution(id);
    const f = this.f;
    if (r.kind === 'local') {
      const v = r.variable;
      if (v.constant !== null) return this.constCode(v.constant);
      const n = f.localName(v);
      return v.captured ? `${n}.v` : n;
    }
    if (r.kind === 'upvalue') {
      if (r.variable.constant !== null) return this.constCode(r.variable.constant);
      return `U[${r.index}].v`;
    }
    const env = this.hold(this.envCode(r));
    return this.indexCode(env, str(id.name), id, this.envDesc(r));
  }

  /** o[k] with the inline fast path for plain tables; `obj` and `key` are simple JS expressions. */
  private indexCode(obj: string, key: string, node: A.Node, desc: string | null): string {
    const line = accessLine(node);
    // A constant object (a literal) is never a table: no fast path.
    if (!isJsName(obj)) {
      return this.helper('index', `${obj}, ${key}, ${line}, ${descLit(desc)}`);
    }
    const v = this.f.tmp();
    if (key.startsWith('"')) {
      return `(${obj} instanceof LuaTable && ((${v} = ${obj}.str[${key}]) !== undefined || ${obj}.metatable === null) ? ${v} : ${this.helper('index', `${obj}, ${key}, ${line}, ${descLit(desc)}`)})`;
    }
    if (/^-?\d+$/.test(key)) {
      return `(${obj} instanceof LuaTable && ((${v} = ${obj}.getInt(${key})) !== undefined || ${obj}.metatable === null) ? ${v} : ${this.helper('index', `${obj}, ${key}, ${line}, ${descLit(desc)}`)})`;
    }
    return `(${obj} instanceof LuaTable && ((${v} = typeof ${key} === 'number' ? ${obj}.getNum(${key}) : rawGet(${obj}, ${key})) !== undefined || ${obj}.metatable === null) ? ${v} : ${this.helper('index', `${obj}, ${key}, ${line}, ${descLit(desc)}`)})`;
  }

  private logical(e: A.LogicalExpression): string {
    const t = this.f.tmp();
    const left = this.expr(e.left);
    const right = this.scoped(() => this.expr(e.right));
    if (e.operator === 'and') return `((${t} = ${left}) === undefined || ${t} === false ? ${t} : ${right})`;
    return `((${t} = ${left}) !== undefined && ${t} !== false ? ${t} : ${right})`;
  }

  /** A zero constant (5.1): the sign of the function's first one (FnGen.zero). */
  private zeroConstant(sign: '0' | '-0'): string {
    this.f.zero ??= sign;
    return this.f.zero === '-0' ? '(-0)' : '0';
  }

  private unary(e: A.UnaryExpression): string {
    const f = this.f;
    // '-0' (5.1): folded into a constant, as PUC's code generator does
    const operand = e.argument.type === 'ParenthesizedExpression' ? e.argument.expression : e.argument;
    if (e.operator === '-' && operand.type === 'NumericLiteral' && operand.value === 0 && this.d.has.zeroConstantsMerged) return this.zeroConstant('-0');
    let a = this.hold(this.expr(e.argument));
    if (!isJsName(a)) {
      // A literal operand: give it a name so the fast paths below stay valid JS.
      const t = f.tmp();
      this.emitPre(`${t} = ${a}`);
      a = t;
    }
    // a unary operand is always in a register, named even when it is a constant
    const desc = descLit(this.describe(e.argument));
    switch (e.operator) {
      case 'not': return `(${a} === undefined || ${a} === false)`;
      case '-':
        if (this.ints) return `(typeof ${a} === 'number' && ${a} === ${a} ? (${a} === 0 ? 0 : -(${a})) : ${this.helper('arithUnary', `12, ${a}, ${e.line}, ${desc}`)})`;
        return `(typeof ${a} === 'number' && ${a} === ${a} ? -(${a}) : ${this.helper('arithUnary', `12, ${a}, ${e.line}, ${desc}`)})`;
      case '#':
        return `(typeof ${a} === 'string' ? ${a}.length : ${a} instanceof LuaTable && ${a}.metatable === null ? ${a}.${this.d.has.lengthHint ? 'hintedLength' : 'length'}() : ${this.helper('len', `${a}, ${e.line}, ${desc}`)})`;
      case '~':
        return this.helper('arithUnary', `13, ${a}, ${e.line}, ${desc}`);
    }
    void f;
  }

  private binary(e: A.BinaryExpression): string {
    const op = e.operator;
    if (op === '..') return this.concatChain(e);
    if (this.ints) {
      const chain = this.floatChain(e);
      if (chain !== null) return chain;
    }
    const a = this.keep(e.left, this.expr(e.left), mayCall(e.right));
    const b = this.hold(this.expr(e.right));
    const line = this.d.runtime.operatorErrorLine === 'operator' ? e.operatorLine : e.right.endLine;
    const bothNum = `typeof ${a} === 'number' && typeof ${b} === 'number'`;
    switch (op) {
      case '==': return this.eqCode(a, b, e);
      case '~=': return `!${this.eqCode(a, b, e)}`;
      case '<': return `(${bothNum} ? ${a} < ${b} : ${this.helper('lt', `${a}, ${b}, ${line}`)})`;
      case '<=': return `(${bothNum} ? ${a} <= ${b} : ${this.helper('le', `${a}, ${b}, ${line}`)})`;
      case '>': return `(${bothNum} ? ${a} > ${b} : ${this.helper('lt', `${b}, ${a}, ${line}`)})`;
      case '>=': return `(${bothNum} ? ${a} >= ${b} : ${this.helper('le', `${b}, ${a}, ${line}`)})`;
    }
    return this.arithCode(e, a, b);
  }

  /** The arithmetic `e.left op e.right` on the held operands a and b. */
  private arithCode(e: A.BinaryExpression, a: string, b: string): string {
    const op = e.operator;
    const f = this.f;
    const line = this.d.runtime.operatorErrorLine === 'operator' ? e.operatorLine : e.right.endLine;
    const da = descLit(this.operandDesc(e.left));
    const db = descLit(this.operandDesc(e.right));
    const bothNum = `typeof ${a} === 'number' && typeof ${b} === 'number'`;
    const code = ARITH_OPS[op]!;
    if (!this.ints) {
      switch (op) {
        case '+': case '-': case '*': case '/':
          return `(${bothNum} ? ${a} ${op} ${b} : ${this.helper('arith', `${code}, ${a}, ${b}, ${line}, ${da}, ${db}`)})`;
        case '%': return this.numHelper('mod51', `${a}, ${b}, ${line}, ${da}, ${db}`, bothNum);
        case '^': return `(${bothNum} ? Math.pow(${a}, ${b}) : ${this.helper('arith', `${code}, ${a}, ${b}, ${line}, ${da}, ${db}`)})`;
        default: return this.helper('arith', `${code}, ${a}, ${b}, ${line}, ${da}, ${db}`);
      }
    }
    const r = f.tmp();
    const slow = this.helper(SLOW_ARITH[op] ?? 'arith', `${SLOW_ARITH[op] ? '' : `${code}, `}${a}, ${b}, ${line}, ${da}, ${db}`);
    // A float literal with an integral value (1.0) is a boxed constant, so the generic fast
    // path below would miss it; with such an operand the result is a float whatever the other
    // number is, and the literal's plain value gives it directly.
    if (op === '+' || op === '-' || op === '*' || op === '/') {
      const ka = integralFloatLiteral(e.left);
      const kb = integralFloatLiteral(e.right);
      if (ka !== null || kb !== null) {
        const x = ka === null ? a : String(ka);
        const y = kb === null ? b : String(kb);
        const test = ka === null ? `typeof ${a} === 'number'` : kb === null ? `typeof ${b} === 'number'` : 'true';
        return `(${test} ? (Number.isInteger(${r} = ${x} ${op} ${y}) ? new LuaFloat(${r}) : ${r}) : ${slow})`;
      }
    }
    const intA = isIntLiteral(e.left) ? 'true' : `Number.isInteger(${a})`;
    const intB = isIntLiteral(e.right) ? 'true' : `Number.isInteger(${b})`;
    switch (op) {
      case '+': case '-': {
        const fix = op === '+' ? 'fixAdd' : 'fixSub';
        return `(${bothNum} ? (Number.isInteger(${r} = ${a} ${op} ${b}) && !(${intA} && ${intB} && ${r} <= MAXS && ${r} >= -MAXS) ? ${fix}(${a}, ${b}, ${r}) : ${r}) : ${slow})`;
      }
      case '*':
        return `(${bothNum} ? (Number.isInteger(${r} = ${a} * ${b}) && !(${intA} && ${intB} && ${r} <= MAXS && ${r} >= -MAXS && ${r} !== 0) ? fixMul(${a}, ${b}, ${r}) : ${r}) : ${slow})`;
      case '/':
        return `(${bothNum} ? (Number.isInteger(${r} = ${a} / ${b}) ? new LuaFloat(${r}) : ${r}) : ${slow})`;
      case '%': return this.numHelper('mod', `${a}, ${b}, ${line}, ${da}, ${db}`, bothNum);
      case '//': return this.numHelper('idiv', `${a}, ${b}, ${line}, ${da}, ${db}`, bothNum);
      case '^': return this.numHelper('pow', `${a}, ${b}, ${line}, ${da}, ${db}`, bothNum);
      default: return this.helper('arith', `${code}, ${a}, ${b}, ${line}, ${da}, ${db}`);
    }
  }

  /**
   * A tree of float arithmetic (integer dialects): `+ - * /` nodes that give a float whenever
   * their operands are numbers (a `/`, or an operand that is a float literal or such a node),
   * as in `1.0 / (s * (s + 1) * 0.5 + i + 1)`. When every other operand (a leaf) is a plain
   * number, the whole tree is one double computation and only its result is boxed (when
   * integral); otherwise it is computed node by node as usual. Null where the tree is a single
   * node or where computing it after all its leaves would reorder a call (a leaf that may run
   * code, evaluated after a node that may call a metamethod).
   */
  private floatChain(e: A.BinaryExpression): string | null {
    const unparen = (x: A.Expression): A.Expression => (x.type === 'ParenthesizedExpression' ? unparen(x.expression) : x);
    const floatLiteral = (x: A.Expression): boolean => x.type === 'NumericLiteral' && x.numberKind === 'float' && typeof x.value === 'number';
    const isNode = (x: A.Expression): x is A.BinaryExpression => {
      if (x.type !== 'BinaryExpression') return false;
      if (x.operator === '/') return true;
      if (x.operator !== '+' && x.operator !== '-' && x.operator !== '*') return false;
      const l = unparen(x.left);
      const r = unparen(x.right);
      return floatLiteral(l) || floatLiteral(r) || isNode(l) || isNode(r);
    };
    if (!isNode(e) || !(isNode(unparen(e.left)) || isNode(unparen(e.right)))) return null;
    // the leaves in evaluation order, and for each inner node the index of its last leaf
    const leaves: A.Expression[] = [];
    const innerLast: number[] = [];
    const walk = (x: A.Expression, root: boolean): void => {
      const u = unparen(x);
      if (!isNode(u)) {
        leaves.push(x);
        return;
      }
      walk(u.left, false);
      walk(u.right, false);
      if (!root) innerLast.push(leaves.length - 1);
    };
    walk(e, true);
    const lastCalling = leaves.map(mayCall).lastIndexOf(true);
    if (innerLast.some((i) => i < lastCalling)) return null;
    const held = leaves.map((x, i) => (floatLiteral(unparen(x)) ? this.expr(x) : this.keep(x, this.expr(x), mayBeObject(x) && this.anyMayCall(leaves.slice(i + 1)))));
    const guards: string[] = [];
    let next = 0;
    const fast = (x: A.Expression): string => {
      const u = unparen(x);
      if (isNode(u)) return `(${fast(u.left)} ${u.operator} ${fast(u.right)})`;
      const i = next++;
      if (floatLiteral(u)) return `(${String((u as A.NumericLiteral).value)})`;
      guards.push(`typeof ${held[i]} === 'number'`);
      return held[i]!;
    };
    const fastCode = fast(e);
    next = 0;
    const steps: string[] = [];
    const slow = (x: A.Expression): string => {
      const u = unparen(x);
      if (!isNode(u)) return held[next++]!;
      const l = slow(u.left);
      const r = slow(u.right);
      const t = this.f.tmp();
      steps.push(`${t} = ${this.arithCode(u, l, r)}`);
      return t;
    };
    const result = slow(e);
    const r = this.f.tmp();
    return `(${guards.join(' && ') || 'true'} ? (Number.isInteger(${r} = ${fastCode}) ? new LuaFloat(${r}) : ${r}) : (${steps.join(', ')}, ${result}))`;
  }

  private eqCode(a: string, b: string, e?: A.BinaryExpression): string {
    // Against a literal: strings, nil and booleans are equal only to themselves ('__eq' is
    // for two tables or two userdata), and a number literal only to that number (or, in
    // integer dialects, to a float with its value).
    const lit = e === undefined ? null : literalOperand(e.left) ? { x: b, k: a, node: e.left } : literalOperand(e.right) ? { x: a, k: b, node: e.right } : null;
    if (lit !== null) {
      const { x, k } = lit;
      const node = lit.node.type === 'ParenthesizedExpression' ? lit.node.expression : lit.node;
      if (node.type !== 'NumericLiteral' || !this.ints) return `(${x} === ${k})`;
      return `(${x} === ${k} || ${x} instanceof LuaFloat && (${x}).n === ${k})`;
    }
    // (the same value is equal unless it is the boxed positive NaN)
    if (this.ints) {
      return `(${a} === ${b} ? ${a} !== PNAN : (typeof ${a} === 'object' || typeof ${b} === 'object' || typeof ${a} === 'bigint' || typeof ${b} === 'bigint') && ${this.helper('eq', `${a}, ${b}`)})`;
    }
    return `(${a} === ${b} ? ${a} !== PNAN : typeof ${a} === 'object' && typeof ${b} === 'object' && ${this.helper('eq', `${a}, ${b}`)})`;
  }

  /** a .. b .. c: evaluated left to right, joined right to left with __concat where needed. */
  private concatChain(e: A.BinaryExpression): string {
    const operands: A.Expression[] = [];
    let cur: A.Expression = e;
    let opLine = e.operatorLine;
    while (cur.type === 'BinaryExpression' && cur.operator === '..') {
      operands.push(cur.left);
      opLine = cur.operatorLine;
      cur = cur.right;
    }
    operands.push(cur);
    // 5.2+ report the line of the last '..' (the one PUC's single CONCAT keeps); 5.1 the last token's.
    const line = this.d.runtime.operatorErrorLine === 'operator' ? opLine : cur.endLine;
    const held = operands.map((o, i) => this.keep(o, this.expr(o), this.anyMayCall(operands.slice(i + 1))));
    const descs = operands.map((o) => this.describe(o));
    // Strings, and (with integers) integers, whose decimal text is what JS writes: joined
    // inline. Floats need C's %.14g and go through concat().
    const plain = (h: string): string => (this.ints ? `(typeof ${h} === 'string' || typeof ${h} === 'number' && Number.isInteger(${h}))` : `typeof ${h} === 'string'`);
    const allStr = held.map(plain).join(' && ');
    const descArr = descs.some((x) => x !== null) ? `[${descs.map(descLit).join(', ')}]` : 'null';
    // the new string is charged to the collector as PUC counts it (header and bytes)
    const r = this.f.tmp();
    return `(${allStr} ? (AL.bytes += (${r} = ${this.ints ? "'' + " : ''}${held.join(' + ')}).length + STB, ${r}) : ${this.helper('concat', `[${held.join(', ')}], ${line}, ${descArr}`)})`;
  }

  private tableConstructor(e: A.TableConstructor): string {
    const f = this.f;
    const fields = e.fields;
    if (fields.length === 0) return 'new LuaTable()';
    const positional = fields.filter((x) => x.type === 'TableArrayField');
    const onlyPositional = positional.length === fields.length;
    // (a call among the values sees the table held, as PUC makes it first: debugLocals)
    const held = f.model?.pos.get(e);
    if (onlyPositional && held === undefined) return `tableFromArray(${this.listCode(positional.map((x) => (x as A.TableArrayField).value))})`;
    // general: create the table, store keyed fields as they come, positional ones in batches of 50 (SETLIST)
    const t = f.tmp();
    const anyCall = fields.some((x) => mayCall(x.value) || (x.type === 'TableKeyedField' && mayCall(x.key)));
    const slot = held === undefined ? '' : `S[\x01T${held}\x01] = `;
    if (held !== undefined) {
      if (held >= f.maxHeld) f.maxHeld = held + 1;
      f.heldVals.set(e, t);
    }
    this.emitPre(anyCall ? `${t} = ${slot}S[${f.spillSlot()}] = new LuaTable()` : `${t} = ${slot}new LuaTable()`);
    // Positional values are evaluated in order (into temporaries) and stored in batches.
    let pending: string[] = [];
    let stored = 0;
    const flush = (): void => {
      if (pending.length === 0) return;
      this.emitPre(`setList(${t}, ${stored + 1}, [${pending.join(', ')}])`);
      stored += pending.length;
      pending = [];
    };
    // named fields with names not given twice are added in place (see setIndexCode)
    const names = fields.flatMap((x) => (x.type === 'TableNamedField' ? [x.name.name] : []));
    const keyed = fields.some((x) => x.type === 'TableKeyedField');
    const once = new Set(keyed ? [] : names.filter((n, i) => names.indexOf(n) === i && names.lastIndexOf(n) === i));
    const fv = once.size > 0 ? f.tmp() : '';
    fields.forEach((x, i) => {
      const later = fields.slice(i + 1).flatMap((y) => (y.type === 'TableKeyedField' ? [y.key, y.value] : [y.value]));
      if (x.type === 'TableNamedField' && once.has(x.name.name)) {
        const v = this.hold(this.expr(x.value));
        // (an expression: inside `scoped` the preludes are joined into a comma expression)
        this.emitPre(`${v} !== undefined ? (${this.newField(t, fv, str(x.name.name), v)}) : 0`);
        return;
      }
      if (x.type === 'TableArrayField') {
        const last = i === fields.length - 1;
        if (last && isMulti(x.value)) {
          // (debugLocals: the call is made before the items and the table are read, its reload in between)
          const call = (): string => this.callExpr(x.value as A.CallExpression, false);
          pending.push(x.value.type === 'VarargLiteral' ? `...${this.varargs(x.value)}` : `...results(RT, ${f.model ? this.hold(call()) : call()})`);
        } else {
          pending.push(this.keep(x.value, this.expr(x.value), mayBeObject(x.value) && this.anyMayCall(later)));
        }
        if (pending.length === 50 && i < fields.length - 1) flush();
        return;
      }
      // (debugLocals: values are held, so that a call among them runs before the table is read)
      const value = (): string => (f.model ? this.hold(this.expr(x.value)) : this.expr(x.value));
      if (x.type === 'TableNamedField') {
        this.emitPre(`${t}.setStr(${str(x.name.name)}, ${value()})`);
        return;
      }
      const k = this.keep(x.key, this.expr(x.key), mayCall(x.value));
      this.emitPre(`rawSet(RT, ${t}, ${k}, ${value()}, ${x.line})`);
    });
    flush();
    return t;
  }

  private functionExpr(fn: A.FunctionExpression): string {
    const info = this.scope.functions.get(fn)!;
    const index = this.fnIndex.get(info)!;
    const f = this.f;
    const cells = info.upvalues.map((u) => {
      // a compile-time constant has no variable: the closure gets a cell with its value
      if (u.fromParentLocal && u.variable.constant !== null) return `{v: ${this.constCode(u.variable.constant)}}`;
      if (u.fromParentLocal) return f.localName(u.variable);
      return `U[${u.parentIndex}]`;
    });
    return `P${index}([${cells.join(', ')}]${this.d.has.functionEnvironments ? ', F.E' : ''})`;
  }

  /** A call; `multi` is unused here (results are read by the caller from RT). */
  callExpr(c: A.CallExpression | A.MethodCallExpression, multi: boolean): string {
    void multi;
    const f = this.f;
    let fn: string;
    const pre: string[] = [];
    let desc: string | null;
    if (c.type === 'MethodCallExpression') {
      const obj = this.keep(c.object, this.expr(c.object), true);
      fn = this.keep(c.method, this.indexCode(obj, str(c.method.name), c.method, this.describe(c.object)), true);
      pre.push(obj);
      desc = `method '${c.method.name}'`;
    } else {
      fn = this.holdName(this.keep(c.callee, this.expr(c.callee), this.anyMayCall(c.arguments)));
      desc = this.describe(c.callee);
    }
    const args = c.arguments;
    const simpleArgs = !(args.length > 0 && isMulti(args[args.length - 1]!));
    let argCode: string;
    if (simpleArgs) {
      const parts = [...pre];
      // All held before the call: the code is written once per path (direct, '__call',
      // generator), and a call among them has set its own site before this one's is set.
      args.forEach((a, i) => {
        if (i === args.length - 1) parts.push(this.hold(this.expr(a)));
        else parts.push(this.keep(a, this.expr(a), mayBeObject(a) && this.anyMayCall(args.slice(i + 1))));
      });
      argCode = parts.join(', ');
    } else argCode = this.argsParts(pre, args);
    const r = f.tmp();
    const held = this.heldAt(c);
    const site = this.site(this.callLine(c), c.type === 'MethodCallExpression' ? c.method : c.callee, c.type === 'MethodCallExpression', held.count);
    // (debugLocals: the values held for enclosing calls, which debug.setlocal may have changed)
    const after = held.reload === '' ? (code: string): string => code : (code: string): string => `(${r} = ${code}, ${held.reload}, ${r})`;
    if (f.gen) {
      const g = f.tmp();
      // A Lua function runs its generator form; a native without one cannot yield and is
      // called directly.
      const run = this.run(`${g}.call(${[fn, argCode].filter((x) => x !== '').join(', ')})`, g);
      const native = `(RT.hk === 0 ? ${fn}(${argCode}) : RT.hookedCall(${fn}, [${argCode}]))`;
      return after(`((S[1] = ${site}, ${r} = typeof ${fn} === 'function' ? ((${g} = ${fn}.G) ? ${run} : ${native}) : ${this.run(`callg(RT, ${fn}, [${argCode}], 0, ${this.callLine(c)}, ${descLit(desc)})`, g)}) === TAILCALL ? ${this.run('tailg(RT)', g)} : ${r})`);
    }
    // (while hooks are set, every call goes the slow way: natives report their events)
    const direct = `${fn}(${argCode})`;
    const viaMeta = `callMeta(RT, ${fn}, [${argCode}], ${this.callLine(c)}, ${descLit(desc)})`;
    return after(`((S[1] = ${site}, ${r} = typeof ${fn} === 'function' && RT.hk === 0 ? ${direct} : ${viaMeta}) === TAILCALL ? RT.finishTail() : ${r})`);
  }

  /** The line a call reports: its '(' (5.1, 5.5) or the start of the called expression (5.2-5.4). */
  private callLine(c: A.CallExpression | A.MethodCallExpression): number {
    return this.d.syntax.callParenLine === 'paren' ? c.argumentsLine : c.line;
  }

  /** Registers a call site; returns its index (what frames record while the call runs). */
  private site(line: number, callee: A.Expression, method: boolean, temps = 0): number {
    let kind = '';
    let name = '';
    if (method) {
      kind = 'method';
      name = (callee as A.Identifier).name;
    } else {
      const desc = this.describe(callee);
      if (desc) {
        const m = /^(\w+) '(.*)'$/s.exec(desc);
        if (m) {
          kind = m[1]!;
          name = m[2]!;
        }
      }
    }
    const sites = this.f.sites;
    sites.push({ line, kind, name, locals: this.f.activeLocals(), spillTop: this.f.spillMark(), ...(temps > 0 ? { temps } : {}) });
    return sites.length - 1;
  }

}

/** Closes the try blocks opened for to-be-closed variables (called at block ends). */
function descLit(desc: string | null): string {
  return desc === null ? 'null' : JSON.stringify(desc);
}

function jsNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (Object.is(x, -0)) return '-0';
  return String(x);
}

function isMulti(e: A.Expression): boolean {
  return e.type === 'CallExpression' || e.type === 'MethodCallExpression' || e.type === 'VarargLiteral';
}

/** The value of a float literal that is integral and finite (1.0, 2e3), else null. */
function integralFloatLiteral(e: A.Expression): number | null {
  if (e.type === 'ParenthesizedExpression') return integralFloatLiteral(e.expression);
  if (e.type !== 'NumericLiteral' || e.numberKind !== 'float' || typeof e.value !== 'number') return null;
  return Number.isInteger(e.value) && !Object.is(e.value, -0) ? e.value : null;
}

/** Before a Lua function returns: the return hook, when hooks are set (runtime.ts hookReturn). */
const RETURN_HOOK = 'if (RT.hk !== 0) RT.hookReturn(); ';

/** Whether compiled code is a JS variable name (a local, a temporary), not a literal. */
function isJsName(code: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(code) && code !== 'undefined' && code !== 'true' && code !== 'false';
}

/** A literal whose compiled code is its plain JS value: a string, nil, a boolean, or a number with a non-boxed value. */
function literalOperand(e: A.Expression): boolean {
  if (e.type === 'ParenthesizedExpression') return literalOperand(e.expression);
  if (e.type === 'StringLiteral' || e.type === 'NilLiteral' || e.type === 'BooleanLiteral') return true;
  return e.type === 'NumericLiteral' && typeof e.value === 'number' && integralFloatLiteral(e) === null && !Object.is(e.value, -0);
}

function isIntLiteral(e: A.Expression): boolean {
  return e.type === 'NumericLiteral' && e.numberKind === 'integer' && typeof e.value === 'number';
}

/**
 * About how many VM instructions a block runs once, for the instruction counter (count
 * hooks, budgets): its statements and operations, nested loops counted once (their own
 * back-edges count their iterations) and nested functions not at all.
 */
function workOf(body: A.Statement[]): number {
  let n = 0;
  const visit = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    const node = x as { type?: unknown };
    if (typeof node.type !== 'string') return;
    switch (node.type) {
      case 'FunctionExpression': n++; return;
      case 'WhileStatement': case 'RepeatStatement': case 'NumericForStatement': case 'GenericForStatement':
        n += 2;
        for (const k in node) if (k !== 'body' && k !== 'type') visit((node as Record<string, unknown>)[k]);
        return;
      case 'Identifier': case 'NumericLiteral': case 'StringLiteral': case 'NilLiteral': case 'BooleanLiteral':
      case 'VarargLiteral': case 'ParenthesizedExpression':
        break;
      default: n++;
    }
    for (const k in node) if (k !== 'type') visit((node as Record<string, unknown>)[k]);
  };
  visit(body);
  return Math.max(1, n);
}

/** Whether a node outside nested functions satisfies `test` in a subtree. */
function containsNode(root: unknown, test: (n: A.Node) => boolean): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as A.Node;
    if (test(node)) {
      found = true;
      return;
    }
    if (node.type === 'FunctionExpression') return;
    for (const k in node) if (k !== 'type') visit((node as unknown as Record<string, unknown>)[k]);
  };
  visit(root);
  return found;
}

/** Whether a simple statement (a call, an assignment, a local declaration) calls a function. */
function hasCall(s: A.Statement): boolean {
  if (s.type !== 'CallStatement' && s.type !== 'LocalStatement' && s.type !== 'AssignmentStatement') return false;
  return containsNode(s, (n) => n.type === 'CallExpression' || n.type === 'MethodCallExpression');
}

/** Whether evaluating an expression may run Lua code (a call or a metamethod). */
function mayCall(e: A.Expression): boolean {
  switch (e.type) {
    case 'NilLiteral': case 'BooleanLiteral': case 'NumericLiteral': case 'StringLiteral': case 'VarargLiteral':
    case 'FunctionExpression':
      return false;
    case 'Identifier': return false;
    case 'ParenthesizedExpression': return mayCall(e.expression);
    case 'TableConstructor':
      return e.fields.some((x) => mayCall(x.value) || (x.type === 'TableKeyedField' && mayCall(x.key)));
    case 'UnaryExpression':
      return e.operator === 'not' ? mayCall(e.argument) : true;
    case 'LogicalExpression':
      return mayCall(e.left) || mayCall(e.right);
    default:
      return true;
  }
}

/** Whether an expression's value may be a collectable object (tables, functions...). */
function mayBeObject(e: A.Expression): boolean {
  switch (e.type) {
    case 'NilLiteral': case 'BooleanLiteral': case 'NumericLiteral': case 'StringLiteral': return false;
    case 'BinaryExpression': return !['==', '~=', '<', '<=', '>', '>='].includes(e.operator);
    case 'UnaryExpression': return e.operator !== 'not';
    default: return true;
  }
}

/**
 * Stands for a function's frame record length in its entry code until both forms are made.
 * (Marks hold a control character, which the string literals of compiled code never contain: str.)
 */
const FRAME_SIZE_MARK = '\x01F\x01';
/** `\x01T<p>\x01` stands for the frame index of held value p (JsGen.keep) until both forms are made. */
const HELD_MARK = /\x01T(\d+)\x01/g;

export function generate(opts: Options): CompiledChunk {
  return new JsGen(opts).compile();
}
