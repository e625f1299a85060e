/**
 * Handles: how the host holds Lua tables, functions, userdata and coroutines. A handle
 * belongs to one VM; passing it back into that VM gives the Lua value itself.
 *
 * A handle keeps its value alive for JS (V8 never frees what the host can reach), but, as
 * with a value a C program holds outside the Lua stack, the VM's collector does not see it:
 * a value held only by the host may be cleared from weak tables or finalized (__gc). Values
 * the host keeps across calls in scripts that use weak tables or finalizers should be
 * pinned (pin/unpin, luaL_ref's role). Handles are not registered with a
 * FinalizationRegistry on purpose: V8's minor collections keep the targets of weak cells
 * alive, so every short-lived handle would keep its whole VM alive until a full collection.
 */
import type { LuaThread } from '../runtime/coroutine.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaUserdata, LuaValue } from '../runtime/value.js';
import type { LuaCallable } from '../runtime/runtime.js';
import type { Vm } from './embed.js';
import { addressOf, typeName } from '../runtime/ops.js';

function addressText(v: LuaValue): string {
  return `${typeName(v)}: ${addressOf(v as object)}`;
}

/** What a handle needs from its VM (implemented by Vm). */
export interface HandleOwner {
  pin(v: LuaValue): void;
  unpin(v: LuaValue): void;
}

/** A Lua value held by the host (see the file comment). */
export abstract class LuaRef<T extends LuaValue = LuaValue> {
  private pins = 0;
  constructor(
    /** The VM the value belongs to. */
    readonly vm: Vm,
    /** The runtime value (for advanced uses with the runtime's own API). */
    readonly raw: T,
  ) {}

  /**
   * Makes the value a root of the VM's collector until unpin() (luaL_ref's role): Lua code
   * then never sees it collected (cleared from weak tables, finalized) while the host keeps
   * it. Returns the handle.
   */
  pin(): this {
    this.pins++;
    (this.vm as unknown as HandleOwner).pin(this.raw);
    return this;
  }

  /** Undoes one pin() (luaL_unref's role). */
  unpin(): void {
    if (this.pins === 0) return;
    this.pins--;
    (this.vm as unknown as HandleOwner).unpin(this.raw);
  }

  /** Short form for console.log: the Lua type and the address tostring would show. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `${this.constructor.name} <${addressText(this.raw)}>`;
  }

  /** Whether two handles hold the same Lua value. */
  equals(other: unknown): boolean {
    return other instanceof LuaRef && other.raw === this.raw;
  }
}

/** Options of the table conversions. */
export interface ToJsOptions {
  /** Convert nested tables too (default false: they stay handles). Cycles raise a TypeError. */
  deep?: boolean;
}

/**
 * A Lua table. `get`/`set` are raw accesses (no metamethods run: the host never runs Lua
 * code by reading a table); keys and values use the VM's conversions.
 */
export class LuaTableRef extends LuaRef<LuaTable> {
  /** t[key] without metamethods. */
  get(key: unknown): unknown {
    return this.vm.fromLua(this.vm.rawGet(this.raw, key));
  }

  /** t[key] = value without metamethods (nil and NaN keys raise a TypeError). */
  set(key: unknown, value: unknown): void {
    this.vm.rawSet(this.raw, key, value);
  }

  /** The raw length (#t without __len): a border of the table. */
  get length(): number {
    return this.vm.rawLength(this.raw);
  }

  /** All key/value pairs, in `next` order. */
  entries(): [unknown, unknown][] {
    const out: [unknown, unknown][] = [];
    this.raw.forEach((k, v) => out.push([this.vm.fromLua(k), this.vm.fromLua(v)]));
    return out;
  }

  /** The metatable (raw, ignoring __metatable), or null. */
  getMetatable(): LuaTableRef | null {
    const mt = this.raw.metatable;
    return mt === null ? null : (this.vm.fromLua(mt) as LuaTableRef);
  }

  /** Sets the metatable (null removes it). */
  setMetatable(mt: LuaTableRef | null): void {
    this.vm.setMetatableOf(this.raw, mt === null ? null : mt.raw);
  }

  /** t[1..#t] as an array. */
  toArray(options: ToJsOptions = {}): unknown[] {
    return this.vm.tableToJs(this.raw, 'array', options) as unknown[];
  }

  /** The table as a plain object; keys must be strings or numbers (else TypeError). */
  toObject(options: ToJsOptions = {}): Record<string, unknown> {
    return this.vm.tableToJs(this.raw, 'object', options) as Record<string, unknown>;
  }

  /** The table as a Map (keys converted like values). */
  toMap(options: ToJsOptions = {}): Map<unknown, unknown> {
    return this.vm.tableToJs(this.raw, 'map', options) as Map<unknown, unknown>;
  }
}

/** A Lua function (a Lua closure or a native). */
export class LuaFunctionRef extends LuaRef<LuaCallable> {
  /** Calls it (Vm.callValue). */
  call(...args: unknown[]): unknown[] {
    return this.vm.callValue(this, args);
  }

  /** Calls it as a coroutine that may wait for host promises (Vm.callAsync). */
  callAsync(...args: unknown[]): Promise<unknown[]> {
    return this.vm.callAsync(this, args);
  }
}

/** A userdata the host did not create through a LuaClass (a file handle, newproxy...). */
export class LuaUserdataRef extends LuaRef<LuaUserdata> {}

/** A coroutine. */
export class LuaThreadRef extends LuaRef<LuaThread> {
  /** 'suspended', 'running', 'normal' or 'dead'. */
  get status(): string {
    return this.raw.status;
  }
}

/** Whether a runtime value is a table (narrowing helper). */
export function isTable(v: LuaValue): v is LuaTable {
  return v instanceof LuaTable;
}
