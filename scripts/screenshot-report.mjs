#!/usr/bin/env node
// Checks that the conformance report opens in a browser and shows the area x dialect matrix:
// runs `lunakit conformance` on a few areas into a temporary report directory, renders
// report.html with headless Chromium (Debian's `chromium`), and checks the screenshot: a
// PNG of the window's size whose pixels include the matrix's three cell colours (all
// passed, some failed, all failed) and enough non-white area to be a page, not a blank.
//
// Usage (after a build):
//   node scripts/screenshot-report.mjs [--filter RE] [--out FILE.png] [--keep]
//     --filter RE   cases of the run ("area/name" regexp; default: a few small areas)
//     --out FILE    where to write the screenshot (default: a temporary file, removed)
//     --keep        keep the temporary report directory and print its path
// Exit status 0 when the screenshot passes the checks, 1 when not, 2 without Chromium.
//
// spec/cli/report-screenshot.spec.ts imports the functions below (and skips without Chromium).

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_FILTER = '^(coroutines|goto|tables|varargs|closures)/';
/** A handful of cases, for the spec. */
export const SMALL_FILTER = '^goto/';
export const WINDOW = { width: 1200, height: 900 };
/** The cell colours of report.html (src/cli/conformance/report.ts): ok, part, bad. */
export const CELL_COLOURS = { ok: [0xc9, 0xef, 0xc0], part: [0xff, 0xe9, 0xa8], bad: [0xf6, 0xb9, 0xb9] };

/** The Chromium binary, or null. */
export function findChromium() {
  for (const c of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome']) {
    if (!c) continue;
    const r = spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) return c;
  }
  return null;
}

/** Runs `lunakit conformance` into `reportDir`; returns its summary (JSON) and the report's path. */
export function runConformance(reportDir, filter = DEFAULT_FILTER, dialects = []) {
  const lunakit = path.join(ROOT, 'dist/src/cli/lunakit.js');
  const args = [lunakit, 'conformance', '--filter', filter, '--jobs', '2', '--json', '--report-dir', reportDir];
  for (const d of dialects) args.push('--dialect', d);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 600_000 });
  // Status 1 only says some case failed: the report is what is checked here.
  if (r.status !== 0 && r.status !== 1) throw new Error(`lunakit conformance failed (${r.status}): ${r.stderr}`);
  const html = path.join(reportDir, 'report.html');
  if (!fs.existsSync(html)) throw new Error(`no report.html in ${reportDir}`);
  return { summary: JSON.parse(r.stdout.trim().split('\n').pop()), html };
}

/** Renders a page with headless Chromium into `png`. */
export function screenshot(chromium, htmlFile, png, win = WINDOW) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'luna-chromium-'));
  try {
    const r = spawnSync(
      chromium,
      [
        '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run',
        `--user-data-dir=${profile}`, `--window-size=${win.width},${win.height}`, `--screenshot=${png}`,
        pathToFileURL(htmlFile).href,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (!fs.existsSync(png)) throw new Error(`chromium wrote no screenshot (status ${r.status}): ${r.stderr}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG: { width, height, channels, pixels }. */
export function decodePng(buf) {
  const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIG)) throw new Error('not a PNG file');
  let off = 8;
  let ihdr = null;
  const idat = [];
  while (off + 8 <= buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') ihdr = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9], interlace: data[12] };
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  if (!ihdr) throw new Error('PNG without IHDR');
  const channels = { 2: 3, 6: 4 }[ihdr.colour];
  if (ihdr.depth !== 8 || !channels || ihdr.interlace !== 0) throw new Error(`unsupported PNG (depth ${ihdr.depth}, colour type ${ihdr.colour})`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = ihdr.width * channels;
  const pixels = Buffer.alloc(stride * ihdr.height);
  for (let y = 0; y < ihdr.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = prev ? prev[i] : 0;
      const c = prev && i >= channels ? prev[i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter}`);
      out[i] = v & 0xff;
    }
  }
  return { width: ihdr.width, height: ihdr.height, channels, pixels };
}

/**
 * What the screenshot shows: its size, the share of non-white pixels, and how many pixels
 * have each cell colour (exactly, as Chromium paints flat backgrounds).
 */
export function analyseScreenshot(png) {
  const img = decodePng(fs.readFileSync(png));
  const counts = { ok: 0, part: 0, bad: 0 };
  let inked = 0;
  let bands = 0;
  let inBand = false;
  const { pixels, channels, width, height } = img;
  for (let y = 0; y < height; y++) {
    let rowCells = 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const r = pixels[i];
      const g = pixels[i + 1];
      const b = pixels[i + 2];
      if (r < 250 || g < 250 || b < 250) inked++;
      for (const [k, [cr, cg, cb]] of Object.entries(CELL_COLOURS)) {
        if (r === cr && g === cg && b === cb) {
          counts[k]++;
          rowCells++;
        }
      }
    }
    // Rows of coloured cells separated by border lines: one band per table row (and one for
    // the legend above the table).
    const coloured = rowCells >= 60;
    if (coloured && !inBand) bands++;
    inBand = coloured;
  }
  return { width, height, bytes: fs.statSync(png).size, inkedShare: inked / (width * height), cellPixels: counts, colouredBands: bands };
}

/** The problems of a screenshot of a report whose summary is `summary` (none: it looks right). */
export function screenshotProblems(a, summary, win = WINDOW) {
  const problems = [];
  if (a.width !== win.width || a.height !== win.height) problems.push(`size ${a.width}x${a.height}, expected ${win.width}x${win.height}`);
  if (a.inkedShare < 0.02) problems.push(`almost blank (${(100 * a.inkedShare).toFixed(2)}% non-white)`);
  const totals = Object.values(summary);
  const anyFail = totals.some((t) => t.pass < t.total);
  const anyPass = totals.some((t) => t.pass > 0);
  // A cell is at least 6em wide and one line high: well over 500 pixels.
  if (anyPass && a.cellPixels.ok + a.cellPixels.part < 500) problems.push('no passing cell of the matrix is visible');
  if (anyFail && a.cellPixels.part + a.cellPixels.bad < 500) problems.push('no failing cell of the matrix is visible');
  // The legend, at least one area row and the totals row.
  if (a.colouredBands < 3) problems.push(`${a.colouredBands} rows of coloured cells (legend, areas, totals: at least 3 expected)`);
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const chromium = findChromium();
  if (!chromium) {
    process.stderr.write('screenshot-report: no Chromium (apt-get install chromium)\n');
    process.exit(2);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luna-report-'));
  const png = opt('--out') ?? path.join(dir, 'report.png');
  try {
    const { summary, html } = runConformance(dir, opt('--filter') ?? DEFAULT_FILTER);
    screenshot(chromium, html, png);
    const a = analyseScreenshot(png);
    const problems = screenshotProblems(a, summary);
    process.stdout.write(`summary: ${JSON.stringify(summary)}\nscreenshot: ${png} ${a.width}x${a.height}, ${a.bytes} bytes, ${(100 * a.inkedShare).toFixed(1)}% non-white, cell pixels ${JSON.stringify(a.cellPixels)}, ${a.colouredBands} coloured rows\n`);
    for (const p of problems) process.stdout.write(`problem: ${p}\n`);
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    if (args.includes('--keep')) process.stdout.write(`report directory: ${dir}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
