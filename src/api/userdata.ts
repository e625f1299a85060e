/**
 * Host objects as Lua userdata: a LuaClass gives a kind of host object a metatable
 * (methods, metamethods, __name for messages) in one VM; `wrap` registers an object so
 * that passing it to Lua gives the same userdata every time, and the userdata comes back
 * to JS as the object itself.
 */
import type { LuaTable } from '../runtime/table.js';
import type { LuaUserdata } from '../runtime/value.js';

/** The methods and metamethods of a LuaClass. Functions receive the host object first. */
export interface LuaClassSpec<T extends object> {
  /** Methods, called as `obj:name(...)` (the first argument is checked to be of the class). */
  methods?: Record<string, (self: T, ...args: any[]) => unknown>;
  /**
   * Metamethods by their full name ('__tostring', '__eq', '__lt', '__le', '__len', '__call',
   * '__concat', '__add', '__close', '__gc'...). Operands are converted like any argument:
   * for binary operators either one may be of the class.
   */
  metamethods?: Record<string, (...args: any[]) => unknown>;
  /** Reads of fields that are not methods (`obj.x`); undefined gives nil. */
  index?: (self: T, key: unknown) => unknown;
  /** Writes of fields (`obj.x = v`); without it, assigning a field raises an error. */
  newindex?: (self: T, key: unknown, value: unknown) => void;
  /** Sets __metatable so that Lua code cannot reach (and change) the class's metatable. */
  protect?: boolean;
}

/** A class of host objects in one VM (Vm.newClass). */
export class LuaClass<T extends object> {
  /** @internal objects wrapped so far and their userdata. */
  readonly instances = new WeakMap<T, LuaUserdata>();
  constructor(
    /** The class name (__name: messages say "Point expected, got nil"). */
    readonly name: string,
    /** The metatable shared by the class's userdata (runtime value). */
    readonly metatable: LuaTable,
    private readonly make: (obj: T) => LuaUserdata,
  ) {}

  /** Registers `obj` as an instance (idempotent) and returns it, ready to be passed to Lua. */
  wrap<U extends T>(obj: U): U {
    if (!this.instances.has(obj)) this.instances.set(obj, this.make(obj));
    return obj;
  }

  /** Whether `obj` was wrapped by this class. */
  has(obj: unknown): obj is T {
    return typeof obj === 'object' && obj !== null && this.instances.has(obj as T);
  }
}
