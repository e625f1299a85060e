/**
 * The embedding examples run with one command each and print what docs/embedding.md and
 * docs/threading.md say they print.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/paths.js';

function runExample(name: string): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'examples', `${name}.js`)], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).to.equal(0);
  return r.stdout;
}

describe('api: examples', () => {
  it('embed_min: the minimal sandbox walkthrough', () => {
    const out = runExample('embed_min');
    expect(out).to.include('[hello] hello from Lua Lua 5.4\nhello: ok [ 42 ]');
    expect(out).to.include("runtime error: runtime error:2: attempt to index a nil value (local 't')");
    expect(out).to.include('structured error: (error object is a table value)');
    expect(out).to.include('endless loop: instruction budget exhausted');
    expect(out).to.include('memory hog: not enough memory');
    expect(out).to.include("'cannot open /etc/passwd (file access is disabled in this VM)'");
  });

  it('worker_pool: one VM per worker, plain data in messages', () => {
    const lines = runExample('worker_pool').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).to.deep.equal([
      { id: 1, ok: true, results: [6765] },
      { id: 2, ok: true, results: [75025] },
      { id: 3, ok: true, results: [{ sum: 10, n: 4 }] },
      { id: 4, ok: false, error: 'instruction budget exhausted' },
      { id: 5, ok: false, error: 'job5:1: bad input' },
      { id: 6, ok: true, results: ['Lua 5.4 from a worker'] },
    ]);
  });
});
