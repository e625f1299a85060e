/**
 * The os library (loslib's role): time and dates, the environment, files, processes.
 *
 * Invariants:
 * - Dates are computed here, not by JS Date: the proleptic Gregorian calendar over the
 *   whole range C's 64-bit time_t and int tm_year allow, so years far outside JS Date's
 *   range format as glibc formats them. JS Date only supplies the local time zone's
 *   offset (the process's TZ) at a given instant.
 * - os.date implements glibc's strftime conversions of the C locale. 5.1 hands every
 *   two-character "%x" to strftime (unknown ones come out as written); 5.2+ first checks
 *   the conversion against the list the reference accepts and raises
 *   "invalid conversion specifier" otherwise.
 * - os.exit raises LuaHalt('exit'): the host (the CLI) flushes its output and exits.
 */
import { childProcess } from './host-modules.js';
import { closeSync, openSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LuaHalt } from '../runtime/errors.js';
import { mkFloat, mkInt, numberToInteger, stringToNumber, toFloat } from '../runtime/numbers.js';
import { index, numberSyntax } from '../runtime/ops.js';
import type { LuaCallable, Runtime } from '../runtime/runtime.js';
import { LuaTable } from '../runtime/table.js';
import { LuaFloat, type LuaValue } from '../runtime/value.js';
import {
  argError, checkInteger, checkNumber, checkOption, checkString, checkTable, luaError, optString, register, type Native,
} from './aux.js';
import type { BaseHost } from './base.js';
import { toCInt } from './table.js';

// ===================================================================== calendar

const DAY = 86400;
const WDAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WDAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** Days from 1970-01-01 to year-month-day (month 1-12) in the proleptic Gregorian calendar. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** A broken-down time (struct tm with the full year and 1-based month). */
interface Tm {
  year: number;
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // 0 = Sunday
  yday: number; // 0-based
  isdst: boolean;
  /** Seconds east of UTC, and the zone's abbreviation. */
  gmtoff: number;
  zone: string;
}

/** gmtime of t + offset; null when the year does not fit in a C int. */
function breakDown(t: number, offset: number, isdst: boolean, zone: string): Tm | null {
  const s = t + offset;
  const days = Math.floor(s / DAY);
  let rem = s - days * DAY;
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  // civil from days
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return null;
  const wday = ((days % 7) + 11) % 7; // 1970-01-01 was a Thursday
  const yday = days - daysFromCivil(year, 1, 1);
  return { year, month, day, hour, min, sec, wday, yday, isdst, gmtoff: offset, zone };
}

const MAX_JS_SECONDS = 8.64e12;

/** The local time zone's offset (seconds east of UTC) at instant t. */
function localOffset(t: number): number {
  const c = Math.max(-MAX_JS_SECONDS, Math.min(MAX_JS_SECONDS, t));
  return -new Date(c * 1000).getTimezoneOffset() * 60;
}

/** The zone's standard offset (the smaller of January's and July's in t's year) and whether it has DST. */
function zoneInfo(t: number): { std: number; dst: boolean } {
  const c = Math.max(-MAX_JS_SECONDS + 400 * DAY, Math.min(MAX_JS_SECONDS - 400 * DAY, t));
  const year = new Date(c * 1000).getUTCFullYear();
  const jan = -new Date(Date.UTC(year, 0, 1)).getTimezoneOffset() * 60;
  const jul = -new Date(Date.UTC(year, 6, 1)).getTimezoneOffset() * 60;
  return { std: Math.min(jan, jul), dst: jan !== jul };
}

/** The local zone's abbreviations from its TZif file (what glibc prints for %Z), read once. */
interface ZoneFile {
  times: number[];
  types: number[];
  infos: { off: number; dst: boolean; abbr: string }[];
  /** From the footer's POSIX TZ string: names after the last transition. */
  std: string | null;
  dst: string | null;
}
let zoneFile: ZoneFile | null | undefined;
let zoneFileTZ: string | undefined;

function readZoneFile(): ZoneFile | null {
  if (zoneFile !== undefined && zoneFileTZ === process.env.TZ) return zoneFile;
  zoneFile = null;
  zoneFileTZ = process.env.TZ;
  try {
    let tz = process.env.TZ;
    if (tz !== undefined && tz.startsWith(':')) tz = tz.slice(1);
    const path = tz === undefined || tz === '' ? '/etc/localtime' : tz.startsWith('/') ? tz : `/usr/share/zoneinfo/${tz}`;
    const b = readFileSync(path);
    if (b.toString('latin1', 0, 4) !== 'TZif') return null;
    const counts = (at: number): number[] => [0, 1, 2, 3, 4, 5].map((i) => b.readUInt32BE(at + 20 + i * 4));
    let at = 0;
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0) as [number, number, number, number, number, number];
    let timeSize = 4;
    if (b[4]! >= 0x32) {
      // skip the 32-bit block: version 2+ data follows with 64-bit times
      at = 44 + timecnt * 4 + timecnt + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
      [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at) as [number, number, number, number, number, number];
      timeSize = 8;
    }
    let p = at + 44;
    const times: number[] = [];
    for (let i = 0; i < timecnt; i++, p += timeSize) times.push(timeSize === 8 ? Number(b.readBigInt64BE(p)) : b.readInt32BE(p));
    const types: number[] = [];
    for (let i = 0; i < timecnt; i++) types.push(b[p++]!);
    const raw: [number, boolean, number][] = [];
    for (let i = 0; i < typecnt; i++, p += 6) raw.push([b.readInt32BE(p), b[p + 4] !== 0, b[p + 5]!]);
    const chars = b.toString('latin1', p, p + charcnt);
    const infos = raw.map(([off, dst, idx]) => ({ off, dst, abbr: chars.slice(idx, chars.indexOf('\0', idx)) }));
    p += charcnt + leap * (timeSize + 4) + isstd + isut;
    let std: string | null = null;
    let dst: string | null = null;
    const footer = timeSize === 8 ? b.toString('latin1', p).split('\n')[1] : undefined;
    if (footer) {
      const m = /^(<[^>]*>|[A-Za-z]+)[-+0-9:]+(<[^>]*>|[A-Za-z]+)?/.exec(footer);
      if (m) {
        std = m[1]!.replace(/[<>]/g, '');
        dst = m[2] ? m[2].replace(/[<>]/g, '') : null;
      }
    }
    zoneFile = { times, types, infos, std, dst };
  } catch {
    zoneFile = null;
  }
  return zoneFile;
}

function zoneName(t: number, isdst: boolean, offset: number): string {
  const z = readZoneFile();
  if (z !== null) {
    const n = z.times.length;
    if (n > 0 && t >= z.times[n - 1]! && z.std !== null) return isdst && z.dst !== null ? z.dst : z.std;
    let lo = 0;
    let hi = n - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (z.times[mid]! <= t) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const info = idx >= 0 ? z.infos[z.types[idx]!] : z.infos.find((i) => !i.dst) ?? z.infos[0];
    if (info) return info.abbr;
    if (z.std !== null) return isdst && z.dst !== null ? z.dst : z.std;
  }
  const sign = offset < 0 ? '-' : '+';
  const o = Math.abs(offset);
  return offset === 0 ? 'UTC' : `${sign}${String(Math.floor(o / 3600)).padStart(2, '0')}${o % 3600 ? String(Math.floor((o % 3600) / 60)).padStart(2, '0') : ''}`;
}

function localTime(t: number): Tm | null {
  const off = localOffset(t);
  const { std, dst } = zoneInfo(t);
  const isdst = dst && off > std;
  return breakDown(t, off, isdst, zoneName(t, isdst, off));
}

function utcTime(t: number): Tm | null {
  return breakDown(t, 0, false, 'GMT');
}

/** The offset the last mktime settled on (glibc keeps it between calls to start its search). */
let lastMktimeOffset = 0;

/**
 * mktime: local broken-down fields (any range; normalised) to a time. `isdst` is
 * C's tm_isdst (negative: find out). Returns null when the result does not fit.
 */
function makeTime(year: number, mon0: number, day: number, hour: number, min: number, sec: number, isdst: number): bigint | null {
  const y = year + Math.floor(mon0 / 12);
  const m = ((mon0 % 12) + 12) % 12;
  const days = daysFromCivil(y, m + 1, 1) + day - 1;
  const secs = hour * 3600 + min * 60 + sec;
  const local = days * DAY + secs;
  // glibc's search: start from the offset of the previous mktime and step t = local -
  // offset(t) until it settles (so an ambiguous local time takes the previous call's
  // offset, as in glibc); in a spring-forward gap it oscillates, and glibc answers with
  // the instant that is in daylight time
  let t0 = local - lastMktimeOffset;
  let off = lastMktimeOffset;
  for (let i = 0; i < 8; i++) {
    const o = localOffset(t0);
    const t1 = local - o;
    if (t1 === t0) {
      off = o;
      break;
    }
    const o1 = localOffset(t1);
    if (local - o1 === t1) {
      off = o1;
      break;
    }
    if (local - o1 === t0) {
      off = Math.min(o, o1); // oscillation: a gap
      break;
    }
    t0 = t1;
    off = o1;
  }
  lastMktimeOffset = off;
  let adjust = 0;
  if (isdst >= 0) {
    const t = local - off;
    const { std, dst } = zoneInfo(t);
    const isDstNow = dst && off > std;
    const delta = dst ? Math.abs(localOffset(t + 182 * DAY) - off) || 3600 : 3600;
    if (isdst > 0 && !isDstNow) adjust = -delta;
    else if (isdst === 0 && isDstNow) adjust = delta;
  }
  const t = BigInt(days) * 86400n + BigInt(secs - off + adjust);
  if (t >= 1n << 63n || t < -(1n << 63n)) return null;
  return t;
}

// ===================================================================== strftime

function pad(n: number, width: number, ch = '0'): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < width) s = ch + s;
  return neg ? '-' + s : s;
}

/** glibc's ISO 8601 week-based year and week number. */
function isoWeek(tm: Tm): { year: number; week: number } {
  const weekDays = (yday: number, wday: number): number => yday - ((yday - wday + 382) % 7) + 3;
  let year = tm.year;
  let days = weekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = weekDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const d = weekDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return { year, week: Math.floor(days / 7) + 1 };
}

/** One conversion of glibc's strftime in the C locale (the character after '%', modifiers dropped). */
function convert(c: string, tm: Tm, t: number): string | null {
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a': return WDAY_ABBR[tm.wday]!;
    case 'A': return WDAY_FULL[tm.wday]!;
    case 'b': case 'h': return MON_ABBR[tm.month - 1]!;
    case 'B': return MON_FULL[tm.month - 1]!;
    case 'c': return `${convert('a', tm, t)} ${convert('b', tm, t)} ${pad(tm.day, 2, ' ')} ${convert('T', tm, t)} ${tm.year}`;
    case 'C': return String(Math.floor(tm.year / 100));
    case 'd': return pad(tm.day, 2);
    case 'D': return `${pad(tm.month, 2)}/${pad(tm.day, 2)}/${convert('y', tm, t)}`;
    case 'e': return pad(tm.day, 2, ' ');
    case 'F': return `${tm.year < 0 ? '-' + pad(-tm.year, 4) : pad(tm.year, 4)}-${pad(tm.month, 2)}-${pad(tm.day, 2)}`;
    case 'g': return pad((((isoWeek(tm).year % 100) + 100) % 100), 2);
    case 'G': return String(isoWeek(tm).year);
    case 'H': return pad(tm.hour, 2);
    case 'I': return pad(hour12, 2);
    case 'j': return pad(tm.yday + 1, 3);
    case 'k': return pad(tm.hour, 2, ' ');
    case 'l': return pad(hour12, 2, ' ');
    case 'm': return pad(tm.month, 2);
    case 'M': return pad(tm.min, 2);
    case 'n': return '\n';
    case 'p': return tm.hour < 12 ? 'AM' : 'PM';
    case 'P': return tm.hour < 12 ? 'am' : 'pm';
    case 'r': return `${pad(hour12, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${convert('p', tm, t)}`;
    case 'R': return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}`;
    case 's': return String(t);
    case 'S': return pad(tm.sec, 2);
    case 't': return '\t';
    case 'T': return `${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)}`;
    case 'u': return String(tm.wday === 0 ? 7 : tm.wday);
    case 'U': return pad(Math.floor((tm.yday - tm.wday + 7) / 7), 2);
    case 'V': return pad(isoWeek(tm).week, 2);
    case 'w': return String(tm.wday);
    case 'W': return pad(Math.floor((tm.yday - ((tm.wday + 6) % 7) + 7) / 7), 2);
    case 'x': return `${pad(tm.month, 2)}/${pad(tm.day, 2)}/${convert('y', tm, t)}`;
    case 'X': return convert('T', tm, t);
    case 'y': return pad((((tm.year % 100) + 100) % 100), 2);
    case 'Y': return String(tm.year);
    case 'z': {
      const o = Math.abs(tm.gmtoff);
      return `${tm.gmtoff < 0 ? '-' : '+'}${pad(Math.floor(o / 3600), 2)}${pad(Math.floor((o % 3600) / 60), 2)}`;
    }
    case 'Z': return tm.zone;
    case '%': return '%';
    default: return null;
  }
}

/** Conversions 5.2+ accept: single letters, then E- and O-modified pairs (L_STRFTIMEC99). */
const SINGLE = 'aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%';
const E_MOD = 'cCxXyY';
const O_MOD = 'deHImMSuUVwWy';

// ===================================================================== errors of the C library

const ERRNO_TEXT: Record<string, string> = {
  EPERM: 'Operation not permitted', ENOENT: 'No such file or directory', EIO: 'Input/output error',
  EACCES: 'Permission denied', EBUSY: 'Device or resource busy', EEXIST: 'File exists', EXDEV: 'Invalid cross-device link',
  ENOTDIR: 'Not a directory', EISDIR: 'Is a directory', EINVAL: 'Invalid argument', EMFILE: 'Too many open files',
  ENOSPC: 'No space left on device', EROFS: 'Read-only file system', ENAMETOOLONG: 'File name too long',
  ENOTEMPTY: 'Directory not empty', ELOOP: 'Too many levels of symbolic links',
};

/** The strerror text and errno number of a Node fs error. */
export function errnoOf(e: unknown): { text: string; errno: number } {
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? 'EIO';
  const errno = (osConstants.errno as Record<string, number>)[code] ?? (typeof err.errno === 'number' ? Math.abs(err.errno) : 5);
  const text = ERRNO_TEXT[code] ?? (err.message ? err.message.replace(/^[A-Z]+: /, '').replace(/,.*$/, '') : 'Unknown error');
  return { text, errno };
}

// ===================================================================== the library

export function openOs(rt: Runtime, G: LuaTable, host: BaseHost): void {
  const has = rt.dialect.has;
  const ints = rt.hasIntegers;
  const fns: Record<string, Native> = {};
  const startCpu = process.cpuUsage();

  /** luaL_fileresult: true, or nil + "name: message" + errno. */
  const fileResult = (ok: boolean, e: unknown, name: string | null): LuaValue => {
    if (ok) return rt.ret1(true);
    const { text, errno } = errnoOf(e);
    return rt.ret3(undefined, name === null ? text : `${name}: ${text}`, errno);
  };

  /** A time argument: a number (5.1/5.2, truncated) or an integer (5.3+, "time out-of-bounds"). */
  const timeArg = (self: LuaCallable, args: LuaValue[], n: number): number => {
    if (!ints) return Math.trunc(toFloat(checkNumber(rt, self, args, n)));
    const i = checkInteger(rt, self, args, n);
    return Number(i);
  };
  const now = (): number => Math.floor(Date.now() / 1000);
  const pushTime = (t: number): LuaValue => t;
  const num = (x: number): LuaValue => x; // integer-valued fields are integers in 5.3+ and doubles before

  fns.clock = function clock(): LuaValue {
    const u = process.cpuUsage(startCpu);
    const secs = (u.user + u.system) / 1e6 + startCpu.user / 1e6 + startCpu.system / 1e6;
    return rt.ret1(ints ? mkFloat(secs) : secs);
  };

  const setTimeFields = (t: LuaTable, tm: Tm): void => {
    t.setStr('year', num(tm.year));
    t.setStr('month', num(tm.month));
    t.setStr('day', num(tm.day));
    t.setStr('hour', num(tm.hour));
    t.setStr('min', num(tm.min));
    t.setStr('sec', num(tm.sec));
    t.setStr('yday', num(tm.yday + 1));
    t.setStr('wday', num(tm.wday + 1));
    t.setStr('isdst', tm.isdst);
  };

  fns.date = function date(...args: LuaValue[]): LuaValue {
    const self = date as LuaCallable;
    let s = optString(rt, self, args, 1, '%c');
    const t = args[1] === undefined ? now() : timeArg(self, args, 2);
    let utc = false;
    if (s.startsWith('!')) {
      utc = true;
      s = s.slice(1);
    }
    const tm = utc ? utcTime(t) : localTime(t);
    if (tm === null) {
      if (!ints) return rt.ret1(undefined);
      luaError(rt, has.osModernTimeChecks ? 'date result cannot be represented in this installation' : 'time result cannot be represented in this installation');
    }
    if (s.startsWith('*t')) {
      const r = new LuaTable();
      setTimeFields(r, tm);
      return rt.ret1(r);
    }
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const ch = s[i]!;
      if (ch !== '%') {
        out += ch;
        continue;
      }
      if (!has.osDateChecksConversions) {
        // 5.1: strftime of "%c" (nothing after a final '%')
        if (i + 1 >= s.length) {
          out += '%';
          continue;
        }
        const c = s[++i]!;
        const r = convert(c, tm, t);
        if (r !== null) out += r;
        else if (c >= '1' && c <= '9') out += ('%' + c).padStart(Number(c), ' ');
        else out += '%' + c;
        continue;
      }
      const rest = s.slice(i + 1);
      let c = rest[0];
      let len = 1;
      if (c === undefined || !SINGLE.includes(c)) {
        const c2 = rest[1];
        const ok = c2 !== undefined && ((c === 'E' && E_MOD.includes(c2)) || (c === 'O' && O_MOD.includes(c2)));
        if (!ok) argError(rt, self, 1, `invalid conversion specifier '%${rest}'`);
        c = c2!;
        len = 2;
      }
      out += convert(c!, tm, t)!;
      i += len;
    }
    return rt.ret1(out);
  };

  fns.time = function time(...args: LuaValue[]): LuaValue {
    const self = time as LuaCallable;
    if (args[0] === undefined) return rt.ret1(pushTime(now()));
    const tbl = checkTable(rt, self, args, 1);
    const get = (key: string, def: number, delta: number): number => {
      const v = tbl.metatable === null ? tbl.getStr(key) : index(rt, tbl, key, 0, null);
      if (!ints) {
        // 5.1/5.2: lua_isnumber, then (int)lua_tointeger
        let x: number | undefined;
        if (typeof v === 'number') x = v;
        else if (typeof v === 'string') {
          const n = stringToNumber(v, numberSyntax(rt));
          if (n !== undefined) x = toFloat(n);
        }
        if (x === undefined) {
          if (def < 0) luaError(rt, `field '${key}' missing in date table`);
          return def;
        }
        return (toCInt(x) - delta) | 0;
      }
      let i: number | bigint | null = null;
      if (typeof v === 'number' || typeof v === 'bigint' || v instanceof LuaFloat) i = numberToInteger(v);
      else if (typeof v === 'string') {
        const n = stringToNumber(v, numberSyntax(rt));
        if (n !== undefined) i = numberToInteger(n);
      }
      if (i === null) {
        if (v !== undefined) luaError(rt, `field '${key}' is not an integer`);
        if (def < 0) luaError(rt, `field '${key}' missing in date table`);
        return def;
      }
      const x = Number(i);
      if (has.osModernTimeChecks) {
        if (!(x >= 0 ? x - delta <= INT_MAX : INT_MIN + delta <= x)) luaError(rt, `field '${key}' is out-of-bound`);
      } else if (!(x >= -(INT_MAX >> 1) && x <= INT_MAX >> 1)) luaError(rt, `field '${key}' is out-of-bound`);
      return x - delta;
    };
    let year: number;
    let mon: number;
    let day: number;
    let hour: number;
    let min: number;
    let sec: number;
    if (has.osModernTimeChecks) {
      year = get('year', -1, 1900);
      mon = get('month', -1, 1);
      day = get('day', -1, 0);
      hour = get('hour', 12, 0);
      min = get('min', 0, 0);
      sec = get('sec', 0, 0);
    } else {
      sec = get('sec', 0, 0);
      min = get('min', 0, 0);
      hour = get('hour', 12, 0);
      day = get('day', -1, 0);
      mon = get('month', -1, 1);
      year = get('year', -1, 1900);
    }
    const dstField = tbl.metatable === null ? tbl.getStr('isdst') : index(rt, tbl, 'isdst', 0, null);
    const isdst = dstField === undefined ? -1 : dstField === false ? 0 : 1;
    const t = makeTime(year + 1900, mon, day, hour, min, sec, isdst);
    const tm = t === null ? null : localTime(Number(t));
    if (t === null || tm === null || t === -1n) {
      if (!ints) return rt.ret1(undefined);
      if (tm !== null && t !== null) setTimeFields(tbl, tm);
      luaError(rt, 'time result cannot be represented in this installation');
    }
    if (ints) setTimeFields(tbl, tm);
    return rt.ret1(ints ? mkInt(t) : Number(t));
  };

  fns.difftime = function difftime(...args: LuaValue[]): LuaValue {
    const self = difftime as LuaCallable;
    if (!ints) {
      const t1 = Math.trunc(toFloat(checkNumber(rt, self, args, 1)));
      const t2 = args[1] === undefined ? 0 : Math.trunc(toFloat(checkNumber(rt, self, args, 2)));
      return rt.ret1(t1 - t2);
    }
    const t1 = timeArg(self, args, 1);
    const t2 = timeArg(self, args, 2);
    return rt.ret1(mkFloat(t1 - t2));
  };

  fns.getenv = function getenv(...args: LuaValue[]): LuaValue {
    const name = checkString(rt, getenv as LuaCallable, args, 1);
    const v = process.env[Buffer.from(name, 'latin1').toString('utf8')];
    return rt.ret1(v === undefined ? undefined : Buffer.from(v, 'utf8').toString('latin1'));
  };

  const hostPath = (s: string): string => Buffer.from(s, 'latin1').toString('utf8');

  fns.remove = function remove(...args: LuaValue[]): LuaValue {
    const name = checkString(rt, remove as LuaCallable, args, 1);
    const p = hostPath(name);
    try {
      let isDir = false;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        // unlink reports the error
      }
      if (isDir) rmdirSync(p);
      else unlinkSync(p);
      return fileResult(true, null, name);
    } catch (e) {
      return fileResult(false, e, name);
    }
  };

  fns.rename = function rename(...args: LuaValue[]): LuaValue {
    const self = rename as LuaCallable;
    const from = checkString(rt, self, args, 1);
    const to = checkString(rt, self, args, 2);
    try {
      renameSync(hostPath(from), hostPath(to));
      return fileResult(true, null, null);
    } catch (e) {
      return fileResult(false, e, has.osUnnamedRenameError ? null : from);
    }
  };

  fns.tmpname = function tmpname(): LuaValue {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const dir = tmpdir();
    for (let attempt = 0; attempt < 100; attempt++) {
      let suffix = '';
      for (let i = 0; i < 6; i++) suffix += chars[Math.floor(Math.random() * chars.length)];
      const name = join(dir, `lua_${suffix}`);
      try {
        closeSync(openSync(name, 'wx', 0o600));
        return rt.ret1(Buffer.from(name, 'utf8').toString('latin1'));
      } catch {
        // taken: try another name
      }
    }
    luaError(rt, 'unable to generate a unique filename');
  };

  fns.execute = function execute(...args: LuaValue[]): LuaValue {
    const self = execute as LuaCallable;
    const cmd = args[0] === undefined ? undefined : checkString(rt, self, args, 1);
    if (cmd === undefined) return rt.ret1(has.osExecuteStatus ? true : 1);
    (host as { flush?: () => void }).flush?.();
    const r = childProcess().spawnSync('/bin/sh', ['-c', hostPath(cmd)], { stdio: 'inherit' });
    if (r.error) {
      if (!has.osExecuteStatus) return rt.ret1(-1);
      const { text, errno } = errnoOf(r.error);
      return rt.ret3(undefined, text, errno);
    }
    const signo = r.signal ? (osConstants.signals as Record<string, number>)[r.signal] ?? 0 : 0;
    if (!has.osExecuteStatus) return rt.ret1(r.signal ? signo : (r.status ?? 0) * 256);
    if (r.signal) return rt.ret3(undefined, 'signal', signo);
    const code = r.status ?? 0;
    return rt.ret3(code === 0 ? true : undefined, 'exit', code);
  };

  fns.exit = function exit(...args: LuaValue[]): LuaValue {
    const self = exit as LuaCallable;
    let code: number;
    const v = args[0];
    if (has.osExitBoolean && typeof v === 'boolean') code = v ? 0 : 1;
    else if (v === undefined) code = 0;
    else code = toCInt(toFloat(rt.hasIntegers ? checkInteger(rt, self, args, 1) : checkNumber(rt, self, args, 1)));
    (host as { flush?: () => void }).flush?.();
    // os.exit(code, true) closes the state first (its finalizers run): the host sees 'close'.
    const close = rt.dialect.has.envUpvalue && args[1] !== undefined && args[1] !== false;
    throw new LuaHalt('exit', close ? 'close' : '', code);
  };

  let locale = 'C';
  const CATEGORIES = ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time'];
  fns.setlocale = function setlocale(...args: LuaValue[]): LuaValue {
    const self = setlocale as LuaCallable;
    const name = args[0] === undefined ? undefined : checkString(rt, self, args, 1);
    checkOption(rt, self, args, 2, 'all', CATEGORIES);
    if (name === undefined) return rt.ret1(locale);
    if (name === 'C' || name === 'POSIX') locale = 'C';
    else if (name === '') {
      const env = process.env.LC_ALL || process.env.LANG || 'C';
      locale = /^C\.(UTF-8|utf8)$/.test(env) ? 'C.UTF-8' : 'C';
    } else if (/^C\.(UTF-8|utf8)$/.test(name)) locale = 'C.UTF-8';
    else return rt.ret1(undefined);
    return rt.ret1(locale);
  };

  const O = new LuaTable();
  register(O, 'os', fns);
  G.setStr('os', O);
}
