/**
 * Opening the standard libraries of a dialect (the base library is opened by base.ts).
 */
import type { Runtime } from '../runtime/runtime.js';
import type { LuaTable } from '../runtime/table.js';
import type { BaseHost } from './base.js';

export function openLibraries(rt: Runtime, G: LuaTable, host: BaseHost): void {
  void rt;
  void G;
  void host;
}
