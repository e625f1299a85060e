/**
 * The garbage collector's Lua-visible side: which objects are alive for Lua (weak tables,
 * finalizers), how much memory Lua uses (collectgarbage("count"), memory caps), and when
 * to collect. V8 frees the memory itself; this collector decides liveness as the official
 * one does and never frees anything on its own.
 *
 * Invariants:
 * - A collection is a full, non-incremental mark: from the roots (registry, globals,
 *   per-type metatables, the threads' live frames, host pins, objects being finalized),
 *   through tables (honouring __mode, with ephemerons), closures (upvalue cells, 5.1
 *   environments), userdata, threads, and natives that declare what they hold (`refs`, or
 *   the `coroutine` of a wrap function).
 * - Frames: a frame suspended at a call site is marked precisely (the locals in scope at
 *   that site and the temporaries spilled before it, as PUC marks a stack up to its top);
 *   the frame running when a safe point is reached (a tick) is marked conservatively.
 * - Collections run only at safe points: ticks (calls and loop back-edges, where every
 *   temporary that outlives a call is in a frame slot) and collectgarbage itself.
 * - Objects with a finalizer are registered when they get their metatable (5.2+: only if it
 *   has __gc then; 5.1: userdata, whose __gc is looked up at collection). Unreached ones
 *   are resurrected, called once each, newest first, and forgotten.
 * - Marking is skipped entirely while nothing can observe it: no weak table or finalizer
 *   seen, no memory cap, no count requested.
 */
import type { GcData } from '../dialect/dialect.js';
import { ALLOC, HOST_BYTES_PER_BYTE, SIZE } from './alloc.js';
import { LuaThread } from './coroutine.js';
import { LuaError, LuaHalt } from './errors.js';
import { typeName } from './ops.js';
import type { Frame, LuaCallable, Runtime } from './runtime.js';
import { EMPTY_FIELDS, LuaTable } from './table.js';
import { LuaFloat, LuaUserdata, type LuaValue } from './value.js';

type Collectable = LuaTable | LuaUserdata | LuaThread | LuaCallable;

const WEAK_K = 1;
const WEAK_V = 2;
/** Most metatables watched for a later '__mode' (see Collector.watched). */
const WATCHED_METATABLES = 64;
/** Longest string PUC interns (LUAI_MAXSHORTLEN). */
const SHORT_STRING = 40;

/** Whether a value is an object the collector tracks (strings, numbers, booleans are values). */
export function isCollectable(v: LuaValue): v is Collectable {
  return typeof v === 'function' || v instanceof LuaTable || v instanceof LuaUserdata || v instanceof LuaThread;
}

export type GcMode = 'incremental' | 'generational';

export class Collector {
  /** Bytes in use after the last collection (estimated while marking), plus what came since. */
  private liveBytes = 0;
  private debt = 0;
  /** Collect when the debt reaches this (PUC's pause: the heap may grow by pause% before a cycle). */
  private threshold = 1 << 20;
  running = true;
  mode: GcMode = 'incremental';
  /** setpause/setstepmul (5.1-5.4) and 5.5's parameters. */
  readonly params: Record<string, number>;
  /** Memory cap in bytes of host memory (null: none). */
  private cap: number | null = null;
  /** The counted heap the cap allows (cap / HOST_BYTES_PER_BYTE; Infinity: no cap). */
  private limit = Infinity;
  /** Whether anything can observe liveness (weak tables, finalizers, a cap, counts). */
  private observed = false;
  /**
   * Metatables given to objects while nothing observed liveness: one may get a '__mode' later
   * (checked when the debt calls for a collection). Past WATCHED_METATABLES of them, liveness
   * counts as observed.
   */
  private watched = new Set<LuaTable>();
  /** The metatable watchMetatable saw last. */
  private lastWatched: LuaTable | null = null;
  /**
   * Automatic collections (driven by allocation debt). The environment variable LUNA_GC
   * overrides the default for measurements: 'on' collects by debt from the start, as if
   * something observed liveness; 'off' never collects automatically (collectgarbage and a
   * memory cap still do).
   */
  private readonly auto: boolean;
  /** Basic steps done toward the current pseudo-cycle (collectgarbage("step")). */
  private stepWork = 0;

  /** Objects with a finalizer, in registration order. */
  private finobj: Collectable[] = [];
  private finSet = new Set<Collectable>();
  /** Unreached finalizable objects waiting for their finalizer (called newest first). */
  private tobefnz: Collectable[] = [];
  private finalizing = false;
  private collecting = false;

  /** Objects that have been separated for finalization, in dialects where that happens once ever. */
  private finalizedOnce = new WeakSet<object>();

  /** What the dialect's collector does (src/dialect: RuntimeData.gc). */
  private readonly spec: GcData;
  /** Weak tables are cleared once, after the objects to be finalized are marked (5.1). */
  private readonly clearAfterResurrection: boolean;

  /** Values the host holds (embedding API handles): counted references. */
  private pins = new Map<Collectable, number>();

  // ---- marking state (one collection)
  /** Marked objects other than tables (tables carry the collection's epoch in gcMark). */
  private marked = new Set<object>();
  private epoch = 0;
  /** Short strings counted in this collection (interned in PUC). */
  private shortSeen = new Set<string>();
  private gray: Collectable[] = [];
  private weakTables: { t: LuaTable; mode: number }[] = [];
  private ephemerons: LuaTable[] = [];
  private bytes = 0;

  constructor(private readonly rt: Runtime) {
    const spec = rt.dialect.runtime.gc;
    this.spec = spec;
    this.clearAfterResurrection = spec.weakClearing === 'once';
    const env = typeof process !== 'undefined' ? process.env.LUNA_GC : undefined;
    this.auto = env !== 'off';
    if (env === 'on') this.observed = true;
    this.params = spec.paramStorage === 'coded' ? encodedParams(spec.params) : { ...spec.params };
    // Through constants: V8 allocates a function literal assigned straight to a property in
    // the old generation, and these hold the runtime (every short-lived VM would then
    // survive young collections: ~10x the cost of creating a VM).
    const checkpoint = (): void => this.checkpoint();
    const command = (opt: string, args: LuaValue[]): LuaValue => this.command(opt, args);
    rt.gcCheckpoint = checkpoint;
    rt.collector = this;
    rt.gc = command;
  }

  // ------------------------------------------------------------------ accounting

  /** Takes the allocations counted since the last safe point. */
  private absorb(): void {
    this.debt += ALLOC.bytes;
    ALLOC.bytes = 0;
  }

  /** Bytes in use as Lua sees them (collectgarbage("count") * 1024). */
  inUse(): number {
    this.absorb();
    if (!this.observed) {
      // First question about the heap: measure it once.
      this.observed = true;
      this.collect(true);
    }
    return this.liveBytes + this.debt;
  }

  /** A safe point (a tick): collect when the debt calls for it or the cap is passed. */
  checkpoint(): void {
    this.absorb();
    if (this.collecting || this.finalizing) return;
    const overCap = this.liveBytes + this.debt > this.limit;
    if (overCap || (this.running && this.auto && this.debt >= this.threshold && (this.observed || this.weakModeAppeared()))) {
      this.collect(false);
      if (this.liveBytes + this.debt > this.limit) this.outOfMemory();
    }
  }

  /**
   * Called before an allocation the program asked for explicitly (string.rep, table.concat...):
   * refuses it, with "not enough memory", when it would pass the cap (after collecting).
   * `keep`: a value the calling native still uses that no Lua frame may hold (its argument).
   */
  reserve(bytes: number, keep?: LuaValue): void {
    if (this.cap === null) return;
    this.absorb();
    if (this.liveBytes + this.debt + bytes <= this.limit) return;
    if (!this.collecting && !this.finalizing) {
      this.pin(keep);
      try {
        this.collect(true);
      } finally {
        this.unpin(keep);
      }
    }
    if (this.liveBytes + this.debt + bytes > this.limit) this.outOfMemory();
  }

  private outOfMemory(): never {
    throw new LuaError('not enough memory', null);
  }

  /** Sets (or clears) the memory cap in bytes. */
  setCap(bytes: number | null): void {
    this.cap = bytes;
    this.limit = bytes === null ? Infinity : bytes / HOST_BYTES_PER_BYTE;
    if (bytes !== null) this.observed = true;
  }

  getCap(): number | null {
    return this.cap;
  }

  // ------------------------------------------------------------------ finalizers and weak tables

  /** setmetatable's hook: registers `o` for finalization when its new metatable has __gc (5.1: userdata). */
  checkFinalizer(o: LuaTable | LuaUserdata, mt: LuaTable | null): void {
    // the cheap tests first: most metatables have no '__gc' (the set lookups hash `o`)
    if (mt === null) return;
    if (o instanceof LuaTable && !this.rt.dialect.has.gcMetamethodForTables) return;
    if (this.spec.finalizerCheck === 'setmetatable' && mt.getStr('__gc') === undefined) return;
    if (this.finSet.has(o)) return;
    if (!this.spec.rearmFinalizers && this.finalizedOnce.has(o)) return;
    this.finSet.add(o);
    this.finobj.push(o);
    this.observed = true;
  }

  /** A table got a '__mode' key, or a metatable with one: weak tables exist from now on. */
  noteWeak(): void {
    this.observed = true;
    this.watched.clear();
    this.lastWatched = null;
  }

  /** setmetatable's hook for a metatable without '__mode': watched in case it gets one. */
  watchMetatable(mt: LuaTable): void {
    if (this.observed || mt === this.lastWatched) return;
    this.lastWatched = mt; // (objects of one class get the same metatable, again and again)
    if (this.watched.size < WATCHED_METATABLES) this.watched.add(mt);
    else this.noteWeak();
  }

  /**
   * Whether a watched metatable has got a '__mode' since it was given (weak tables exist from
   * now on). When none has, the debt starts again: nothing measured it yet (inUse measures
   * the heap on its first question), and the next check comes a threshold later.
   */
  private weakModeAppeared(): boolean {
    for (const mt of this.watched) {
      if (mt.getStr('__mode') !== undefined) {
        this.noteWeak();
        return true;
      }
    }
    this.debt = 0;
    return false;
  }

  /** Keeps `v` alive for Lua while the host holds it (embedding API). */
  pin(v: LuaValue): void {
    if (!isCollectable(v)) return;
    this.pins.set(v, (this.pins.get(v) ?? 0) + 1);
  }

  unpin(v: LuaValue): void {
    if (!isCollectable(v)) return;
    const n = this.pins.get(v);
    if (n === undefined) return;
    if (n <= 1) this.pins.delete(v);
    else this.pins.set(v, n - 1);
  }

  // ------------------------------------------------------------------ collection

  /**
   * A full collection. `preciseTop`: the running Lua frame is at a call site (collectgarbage
   * was called from it), so only its live slots are roots.
   */
  collect(preciseTop: boolean): void {
    if (this.collecting) return;
    this.collecting = true;
    try {
      this.absorb();
      this.mark(preciseTop);
      this.liveBytes = this.bytes;
      this.debt = 0;
      const pause = this.params.pause ?? 200;
      this.threshold = Math.max(1 << 18, Math.floor((this.liveBytes * Math.max(pause - 100, 10)) / 100));
    } finally {
      this.collecting = false;
      this.marked = new Set();
      this.shortSeen = new Set();
      this.gray = [];
      this.weakTables = [];
      this.ephemerons = [];
    }
    this.runFinalizers();
  }

  /** collectgarbage("step", n): does n KB of work (0: a basic step); true when a cycle completed. */
  step(kb: number): boolean {
    const how = this.spec.step;
    if (how === 'full') {
      this.collect(true);
      return true;
    }
    this.absorb();
    // 5.5: a step is one basic step whatever its argument (the argument only triggers it)
    if (how === 'basic') kb = 0;
    const stepBytes = kb > 0 ? kb * 1024 : Math.max(1024, ((this.params.stepsize ?? 8192) * (this.params.stepmul ?? 100)) / 100);
    this.stepWork += stepBytes;
    const cycle = Math.max(this.liveBytes, 16 * 1024) * 2;
    if (this.stepWork >= cycle) {
      this.stepWork = 0;
      this.collect(true);
      return true;
    }
    return false;
  }

  private mark(preciseTop: boolean): void {
    const rt = this.rt;
    this.epoch++;
    this.marked = new Set();
    this.shortSeen = new Set();
    this.bytes = SIZE.state;
    this.gray = [];
    this.weakTables = [];
    this.ephemerons = [];
    // roots
    this.markValue(rt.registry);
    this.markValue(rt.globals);
    this.markValue(rt.stringMeta ?? undefined);
    for (const mt of rt.typeMetas.values()) this.markValue(mt ?? undefined);
    for (const v of this.pins.keys()) this.markValue(v);
    for (const v of this.tobefnz) this.markValue(v);
    this.markValue(rt.mainThread);
    this.markValue(rt.current);
    this.markFrames(rt.frames, rt.depth, preciseTop);
    this.propagate();
    if (this.clearAfterResurrection) {
      // 5.1 (atomic): separate, mark the objects to be finalized, then clear every weak table
      this.separateUnreached();
      for (const v of this.tobefnz) this.markValue(v);
      this.propagate();
      this.clearKeys();
      this.clearValues(0, this.weakTables.length);
      return;
    }
    this.convergeEphemerons();
    // weak values are cleared as the reachable graph stands, before resurrection
    const beforeResurrection = this.weakTables.length;
    this.clearValues(0, beforeResurrection);
    this.separateUnreached();
    for (const v of this.tobefnz) this.markValue(v);
    this.propagate();
    this.convergeEphemerons();
    this.clearKeys();
    this.clearValues(beforeResurrection, this.weakTables.length);
  }

  private isMarked(v: object): boolean {
    return v instanceof LuaTable ? v.gcMark === this.epoch : this.marked.has(v);
  }

  /**
   * Counts a string reached while marking (PUC's TString: header, bytes and the terminator).
   * Short strings are interned in PUC (one object however many references): counted once
   * per collection; long ones once per reference (sharing a long string is rare).
   */
  private countString(s: string): void {
    const n = s.length;
    if (n <= SHORT_STRING) {
      if (this.shortSeen.has(s)) return;
      this.shortSeen.add(s);
    }
    this.bytes += SIZE.string + n + 1;
  }

  private markValue(v: LuaValue | null): void {
    if (typeof v !== 'object' && typeof v !== 'function') {
      if (typeof v === 'string') this.countString(v);
      return;
    }
    if (v instanceof LuaTable) {
      if (v.gcMark === this.epoch) return;
      v.gcMark = this.epoch;
      this.gray.push(v);
      return;
    }
    if (v === null || v instanceof LuaFloat) return;
    if (this.marked.has(v)) return;
    this.marked.add(v);
    this.gray.push(v as Collectable);
  }

  /** A frame slot's value: a cell {v} of a captured local, or a value. */
  private markSlot(x: unknown): void {
    if (x !== null && typeof x === 'object' && !(x instanceof LuaTable) && !(x instanceof LuaUserdata) && !(x instanceof LuaThread) && !(x instanceof LuaFloat)) {
      const cell = x as { v?: LuaValue };
      if ('v' in cell) this.markValue(cell.v);
      return;
    }
    this.markValue(x as LuaValue);
  }

  private markFrames(frames: Frame[], depth: number, preciseTop: boolean): void {
    for (let d = 1; d <= depth; d++) {
      const fr = frames[d];
      if (!fr) continue;
      const f = fr[0] as LuaCallable | undefined;
      this.markValue(f);
      this.bytes += 8 * fr.length;
      const at = fr[1] as number;
      if (f && f.P && at >= 0 && (d < depth || preciseTop)) {
        const p = f.P;
        const site = p.sites[at];
        if (site) {
          for (const loc of site.locals) this.markSlot(fr[loc.slot + 2]);
          const base = p.localSlots + 2;
          for (let k = 0; k < site.spillTop; k++) this.markSlot(fr[base + k]);
          // (PUC's temporaries, which debug.setlocal may have replaced)
          if (site.temps !== undefined) for (let k = 0, t = p.tempBase! + 2; k < site.temps; k++) this.markValue(fr[t + k] as LuaValue);
          if (p.isVararg && fr.va) for (const v of fr.va) this.markValue(v);
          continue;
        }
      }
      for (let i = 2; i < fr.length; i++) this.markSlot(fr[i]);
      if (f && f.P && f.P.isVararg && fr.va) for (const v of fr.va) this.markValue(v);
    }
  }

  private propagate(): void {
    const gray = this.gray;
    while (gray.length > 0) {
      const o = gray.pop()!;
      if (o instanceof LuaTable) this.traverseTable(o);
      else if (typeof o === 'function') this.traverseFunction(o);
      else if (o instanceof LuaUserdata) {
        this.bytes += SIZE.userdata;
        this.markValue(o.metatable ?? undefined);
        for (const v of o.uservalues) this.markValue(v);
      } else if (o instanceof LuaThread) this.traverseThread(o);
    }
  }

  private weakModeOf(t: LuaTable): number {
    const mt = t.metatable;
    if (mt === null) return 0;
    const mode = mt.getStr('__mode');
    if (typeof mode !== 'string') return 0;
    return (mode.includes('k') ? WEAK_K : 0) | (mode.includes('v') ? WEAK_V : 0);
  }

  private traverseTable(t: LuaTable): void {
    const a = t.arr;
    this.bytes += SIZE.table + SIZE.arraySlot * a.length + SIZE.hashNode * t.hashCount();
    if (t.metatable === null) {
      // a strong table (the common case): mark what it holds, skipping non-objects
      for (let i = 0; i < a.length; i++) {
        const v = a[i];
        if (typeof v === 'object' || typeof v === 'function') this.markValue(v);
        else if (typeof v === 'string') this.countString(v);
      }
      const f = t.str;
      if (f !== EMPTY_FIELDS) {
        for (const k in f) {
          const v = f[k];
          if (typeof v === 'object' || typeof v === 'function') this.markValue(v);
          else if (typeof v === 'string') this.countString(v);
        }
      }
      const h = t.hash;
      if (h !== null) {
        for (const [k, v] of h) {
          if (v === undefined) continue;
          if (typeof k === 'object' || typeof k === 'function') this.markValue(k);
          if (typeof v === 'object' || typeof v === 'function') this.markValue(v);
          else if (typeof v === 'string') this.countString(v);
        }
      }
      return;
    }
    this.markValue(t.metatable);
    const mode = this.weakModeOf(t);
    if (mode !== 0) this.weakTables.push({ t, mode });
    if (mode === (WEAK_K | WEAK_V)) return;
    if (mode === WEAK_K && !this.spec.ephemerons) {
      // 5.1: weak keys, strong values
      t.forEach((_k, v) => this.markValue(v));
      return;
    }
    if (mode === WEAK_K) {
      // an ephemeron table: a value is reachable only through its key
      let pending = false;
      t.forEach((k, v) => {
        if (!isCollectable(k) || this.isMarked(k)) this.markValue(v);
        else if (isCollectable(v) && !this.isMarked(v)) pending = true;
      });
      if (pending) this.ephemerons.push(t);
      return;
    }
    t.forEach((k, v) => {
      this.markValue(k);
      if (mode !== WEAK_V) this.markValue(v);
    });
  }

  private convergeEphemerons(): void {
    for (;;) {
      let changed = false;
      const list = this.ephemerons;
      this.ephemerons = [];
      for (const t of list) {
        let pending = false;
        t.forEach((k, v) => {
          if (!isCollectable(k) || this.isMarked(k)) {
            if (isCollectable(v) && !this.isMarked(v)) {
              this.markValue(v);
              changed = true;
            }
          } else if (isCollectable(v) && !this.isMarked(v)) pending = true;
        });
        if (pending) this.ephemerons.push(t);
      }
      if (!changed) return;
      this.propagate();
    }
  }

  private traverseFunction(f: LuaCallable): void {
    if (f.P) {
      const ups = f.U ?? [];
      this.bytes += SIZE.closure + 8 * ups.length;
      for (const cell of ups) this.markValue(cell.v);
      if (f.E) this.markValue(f.E);
      return;
    }
    this.bytes += SIZE.closure;
    const extra = f as LuaCallable & { coroutine?: LuaThread; refs?: LuaValue[] };
    if (extra.coroutine) this.markValue(extra.coroutine);
    if (extra.refs) for (const v of extra.refs) this.markValue(v);
  }

  private traverseThread(t: LuaThread): void {
    this.bytes += SIZE.thread;
    this.markValue(t.fn);
    this.markValue(t.resumer ?? undefined);
    if (t === this.rt.current) return; // its frames are the runtime's, marked as roots
    // A suspended or resuming coroutine waits at a call site: precise.
    this.markFrames(t.frames, t.depth, true);
  }

  /** Moves the unreached finalizable objects to the to-be-finalized list. */
  private separateUnreached(): void {
    const keep: Collectable[] = [];
    const dying: Collectable[] = [];
    const lookAtDeath = this.spec.finalizerCheck === 'collection';
    for (const o of this.finobj) {
      if (this.isMarked(o)) {
        keep.push(o);
        continue;
      }
      this.finSet.delete(o);
      if (!this.spec.rearmFinalizers) this.finalizedOnce.add(o);
      // 5.1 looks __gc up now; later versions registered only objects that had one
      if (lookAtDeath) {
        const mt = (o as LuaUserdata).metatable;
        if (mt === null || mt.getStr('__gc') === undefined) continue;
      }
      dying.push(o);
    }
    this.finobj = keep;
    // newest first
    for (let i = dying.length - 1; i >= 0; i--) this.tobefnz.push(dying[i]!);
  }

  private clearValues(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const { t, mode } = this.weakTables[i]!;
      if (!(mode & WEAK_V)) continue;
      const dead: LuaValue[] = [];
      const finalized = this.clearAfterResurrection ? this.finalizedOnce : null;
      t.forEach((k, v) => {
        if (isCollectable(v) && (!this.isMarked(v) || (finalized !== null && v instanceof LuaUserdata && finalized.has(v)))) dead.push(k);
      });
      for (const k of dead) t.set(k, undefined);
    }
  }

  private clearKeys(): void {
    for (const { t, mode } of this.weakTables) {
      if (!(mode & WEAK_K)) continue;
      const dead: LuaValue[] = [];
      t.forEach((k) => {
        if (isCollectable(k) && !this.isMarked(k)) dead.push(k);
      });
      for (const k of dead) t.set(k, undefined);
    }
  }

  /** Calls the pending finalizers (each once), newest first. */
  runFinalizers(): void {
    if (this.finalizing) return;
    this.finalizing = true;
    // a collection inside a helper running for a coroutine (ops.ts yh): finalizers make
    // their metamethod calls themselves
    const metaReq = this.rt.metaReq;
    this.rt.metaReq = 0;
    try {
      while (this.tobefnz.length > 0) {
        const o = this.tobefnz.shift()!;
        this.callFinalizer(o, true);
      }
    } finally {
      this.finalizing = false;
      this.rt.metaReq = metaReq;
    }
  }

  /**
   * Runs one finalizer (GCTM). `propagate`: an error reaches whoever triggered the collection
   * (5.1-5.3 outside lua_close); otherwise it is dropped. 5.4+ turn errors into warnings.
   */
  private callFinalizer(o: Collectable, propagate: boolean): void {
    const rt = this.rt;
    const mt = o instanceof LuaTable || o instanceof LuaUserdata ? o.metatable : null;
    const gc = mt?.getStr('__gc');
    if (gc === undefined) return;
    const spec = this.spec;
    // 5.2/5.3 call only functions; 5.1 and 5.4+ call any value (and fail on non-callables)
    if (typeof gc !== 'function' && spec.finalizerValues === 'functions') return;
    const depth = rt.depth;
    const msgh = rt.msgh;
    rt.msgh = null; // (a finalizer runs without a message handler)
    try {
      if (typeof gc !== 'function' && !hasCall(gc)) {
        throw new LuaError(`attempt to call a ${objTypeName(gc)} value${spec.finalizerCallSuffix}`, null);
      }
      rt.call(gc, [o]);
    } catch (e) {
      rt.unwind(depth);
      if (e instanceof LuaHalt) throw e;
      if (!(e instanceof LuaError)) throw e;
      const v = e.value;
      if (spec.finalizerErrors === 'warn') {
        // 5.4+: an error in a finalizer becomes a warning
        const msg = typeof v === 'string' ? v : v === undefined && rt.dialect.has.nilErrorObjectMessage ? '<no error object>' : 'error object is not a string';
        rt.warn(`error in __gc (${msg})`);
        return;
      }
      if (!propagate) return;
      if (spec.finalizerErrors === 'wrap') {
        // 5.2/5.3: the error propagates from wherever the collection ran
        throw new LuaError(`error in __gc metamethod (${typeof v === 'string' ? v : 'no message'})`, null);
      }
      throw e;
    } finally {
      rt.msgh = msgh;
    }
  }

  /** lua_close: every object with a finalizer is finalized, newest first; errors do not stop the others. */
  closeState(): void {
    for (let i = this.finobj.length - 1; i >= 0; i--) {
      const o = this.finobj[i]!;
      if (this.spec.finalizerCheck === 'collection') {
        const mt = (o as LuaUserdata).metatable;
        if (mt === null || mt.getStr('__gc') === undefined) continue;
      }
      this.tobefnz.push(o);
    }
    this.finobj = [];
    this.finSet.clear();
    this.finalizing = true;
    try {
      while (this.tobefnz.length > 0) this.callFinalizer(this.tobefnz.shift()!, false);
    } finally {
      this.finalizing = false;
    }
  }

  // ------------------------------------------------------------------ collectgarbage

  /** collectgarbage(opt, ...) for the option already validated by the base library. */
  command(opt: string, args: LuaValue[]): LuaValue {
    const rt = this.rt;
    const spec = this.spec;
    const num = (v: LuaValue, def: number): number => (typeof v === 'number' ? v : v instanceof LuaFloat ? v.n : typeof v === 'bigint' ? Number(v) : def);
    // 5.4+: lua_gc refuses every request while a finalizer runs (collectgarbage returns fail)
    if (this.finalizing && spec.refusedInFinalizers) return rt.ret1(undefined);
    switch (opt) {
      case 'collect':
        this.collect(true);
        return rt.ret1(0);
      case 'count': {
        const b = this.inUse();
        const kb = b / 1024;
        // 5.2: the KB (with the fraction) and the bytes beyond whole KB
        if (spec.countResult === 'kb-and-bytes') return rt.ret2(kb, b % 1024);
        if (spec.countResult === 'kb') return rt.ret1(kb);
        return rt.ret1(Number.isInteger(kb) ? new LuaFloat(kb) : kb);
      }
      case 'step': {
        const done = this.step(num(args[0], 0));
        // 5.4+ in generational mode: the collector never rests in its pause state
        return rt.ret1(done && !(this.mode === 'generational' && spec.generationalStepFalse));
      }
      case 'stop':
        this.running = false;
        return rt.ret1(0);
      case 'restart':
        this.running = true;
        return rt.ret1(0);
      case 'isrunning':
        return rt.ret1(this.running);
      case 'setpause': {
        const old = this.params.pause!;
        this.params.pause = this.storeParam(num(args[0], 0), false);
        return rt.ret1(old);
      }
      case 'setstepmul': {
        const old = this.params.stepmul!;
        this.params.stepmul = this.storeParam(num(args[0], 0), true);
        return rt.ret1(old);
      }
      case 'incremental':
      case 'generational': {
        const old = this.mode;
        this.mode = opt;
        if (!spec.modeReturnsPrevious) return rt.ret1(0);
        if (opt === 'incremental' && spec.incrementalSetsParams) {
          // 5.4: optional pause, step multiplier (and step size): zero keeps the value
          const pause = num(args[0], 0);
          const stepmul = num(args[1], 0);
          if (pause !== 0) this.params.pause = this.storeParam(pause, false);
          if (stepmul !== 0) this.params.stepmul = this.storeParam(stepmul, true);
        }
        return rt.ret1(old);
      }
      default:
        return rt.ret1(0);
    }
  }

  /**
   * A pause or step multiplier as lua_gc stores it: 5.4 keeps value/4 in a byte; 5.3 raises a
   * step multiplier below 40 to 40; 5.1/5.2 keep the int.
   */
  private storeParam(v: number, stepmul: boolean): number {
    const spec = this.spec;
    const n = Math.trunc(v) | 0;
    if (spec.paramStorage === 'quarter-byte') return ((Math.trunc(n / 4) & 0xff) * 4);
    if (stepmul && spec.minStepmul !== null && n < spec.minStepmul) return spec.minStepmul;
    return n;
  }
}

/** Whether a non-function value can be called (has __call). */
function hasCall(v: LuaValue): boolean {
  const mt = v instanceof LuaTable || v instanceof LuaUserdata ? v.metatable : null;
  return mt !== null && mt.getStr('__call') !== undefined;
}

/** luaT_objtypename: the __name of a table or userdata's metatable, or the type. */
function objTypeName(v: LuaValue): string {
  const mt = v instanceof LuaTable || v instanceof LuaUserdata ? v.metatable : null;
  const name = mt?.getStr('__name');
  return typeof name === 'string' ? name : typeName(v);
}

/**
 * 5.5's collector parameters as lua_gc stores them: each is a percentage coded in one byte
 * as a small float (luaO_codeparam), read back as that byte applied to 100
 * (luaO_applyparam). Negative values (after C's conversion to int) leave a parameter as it is.
 */
function encodedParams(init: Record<string, number>): Record<string, number> {
  const params: Record<string, number> = {};
  for (const [name, value] of Object.entries(init)) {
    let code = codeParam(value);
    Object.defineProperty(params, name, {
      enumerable: true,
      get: () => applyParam(code, 100),
      set: (v: number) => {
        const n = Number(BigInt.asIntN(32, BigInt(Math.trunc(v))));
        if (n >= 0) code = codeParam(n);
      },
    });
  }
  return params;
}

/** luaO_codeparam: p% as a byte eeeexxxx (excess-7 exponent, implicit leading 1 when eeee > 0). */
export function codeParam(p: number): number {
  if (p >= 0x1f * 2 ** (0xf - 7 - 1) * 100) return 0xff;
  p = Math.floor((p * 128 + 99) / 100);
  if (p < 0x10) return p;
  const log = Math.ceil(Math.log2(p + 1)) - 5;
  return (Math.floor(p / 2 ** log) - 0x10) | ((log + 1) << 4);
}

/** luaO_applyparam: a coded parameter times x. */
export function applyParam(code: number, x: number): number {
  let m = code & 0xf;
  let e = code >> 4;
  if (e > 0) {
    e--;
    m += 0x10;
  }
  e -= 7;
  return e >= 0 ? x * m * 2 ** e : Math.floor((x * m) / 2 ** -e);
}
