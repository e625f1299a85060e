/**
 * Opening the standard libraries of a dialect (the base library is opened by base.ts).
 */
import type { Runtime } from '../runtime/runtime.js';
import type { LuaTable } from '../runtime/table.js';
import type { BaseHost } from './base.js';
import { openTable } from './table.js';
import { openMath } from './math.js';
import { openUtf8 } from './utf8.js';
import { openOs } from './os.js';
import { openBit32 } from './bit32.js';
import { openString } from './string.js';
import { openIo } from './io.js';
import { openPackage } from './package.js';

export function openLibraries(rt: Runtime, G: LuaTable, host: BaseHost): void {
  void rt;
  void G;
  void host;
  openString(rt, G);
  openTable(rt, G);
  openMath(rt, G);
  if (rt.dialect.has.utf8Library) openUtf8(rt, G);
  openOs(rt, G, host);
  if (rt.dialect.has.bit32Library) openBit32(rt, G);
  openIo(rt, G, host);
  // package last: it registers the library tables opened above in package.loaded
  openPackage(rt, G, host);
}
