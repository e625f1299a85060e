/**
 * The conformance report in a browser: `lunakit conformance` on a few cases, report.html
 * rendered by headless Chromium, and the screenshot checked by scripts/screenshot-report.mjs
 * (a PNG of the window's size showing the matrix's coloured rows). Skipped where Chromium
 * is not installed (Debian: apt-get install chromium).
 */
import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { DIALECT_NAMES } from '../../src/dialect/index.js';
import { ROOT } from '../support/paths.js';

interface Analysis {
  width: number;
  height: number;
  bytes: number;
  inkedShare: number;
  cellPixels: { ok: number; part: number; bad: number };
  colouredBands: number;
}
type Summary = Record<string, { pass: number; total: number }>;
interface ScreenshotTools {
  SMALL_FILTER: string;
  WINDOW: { width: number; height: number };
  findChromium(): string | null;
  runConformance(dir: string, filter: string): { summary: Summary; html: string };
  screenshot(chromium: string, html: string, png: string): void;
  analyseScreenshot(png: string): Analysis;
  screenshotProblems(a: Analysis, summary: Summary): string[];
}

const tools = (await import(pathToFileURL(join(ROOT, 'scripts', 'screenshot-report.mjs')).href)) as ScreenshotTools;

describe('cli: the conformance report renders in Chromium', function () {
  this.timeout(180_000);
  let chromium: string | null = null;
  let dir = '';

  before(function () {
    dir = mkdtempSync(join(tmpdir(), 'luna-report-'));
    chromium = tools.findChromium();
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the area x dialect matrix of a run', function () {
    if (!chromium) this.skip();
    const { summary, html } = tools.runConformance(dir, tools.SMALL_FILTER);
    expect(Object.keys(summary).length, 'dialects in the summary').to.be.greaterThan(0);
    expect(Object.keys(summary), 'summary keys, oldest dialect first').to.deep.equal(DIALECT_NAMES.filter((d) => d in summary));
    const page = readFileSync(html, 'utf8');
    for (const d of Object.keys(summary)) expect(page).to.include(`<th>Lua ${d}</th>`);
    const png = join(dir, 'report.png');
    tools.screenshot(chromium!, html, png);
    expect(existsSync(png)).to.equal(true);
    const a = tools.analyseScreenshot(png);
    expect(a.bytes, 'PNG size').to.be.greaterThan(5000);
    expect(tools.screenshotProblems(a, summary)).to.deep.equal([]);
  });

  it('finds a blank or wrongly sized screenshot wrong', () => {
    // The checker itself, on a white 8-bit RGB image of the window's size (CRCs are not
    // checked by the decoder, so they are left zero).
    const { width, height } = tools.WINDOW;
    const chunk = (type: string, data: Buffer): Buffer => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length, 0);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, data, Buffer.alloc(4)]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height - 1, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const rows = Buffer.alloc((width * 3 + 1) * (height - 1), 0xff);
    for (let y = 0; y < height - 1; y++) rows[y * (width * 3 + 1)] = 0;
    const png = join(dir, 'blank.png');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
    const a = tools.analyseScreenshot(png);
    expect([a.width, a.height, a.inkedShare, a.colouredBands]).to.deep.equal([width, height - 1, 0, 0]);
    const problems = tools.screenshotProblems(a, { x: { pass: 1, total: 2 } });
    expect(problems.join('\n')).to.match(/size/).and.match(/blank/).and.match(/passing cell/).and.match(/failing cell/);
  });
});
