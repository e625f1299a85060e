/**
 * The capability table is the one place that knows version numbers: no other source file
 * may contain a dialect literal such as '5.3' or compare versions.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/paths.js';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('dialect: version numbers live only in src/dialect', () => {
  const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'grammar'))].filter(
    (f) => !relative(ROOT, f).startsWith(join('src', 'dialect')),
  );

  it('has sources to check', () => expect(files.length).to.be.greaterThan(5));

  for (const file of files) {
    it(relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');
      const offending: string[] = [];
      text.split('\n').forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');
        if (/['"`]5\.[1-5]['"`]/.test(code) || /\bversion\s*[<>]=?/.test(code)) offending.push(`${i + 1}: ${line.trim()}`);
      });
      expect(offending).to.deep.equal([]);
    });
  }
});
