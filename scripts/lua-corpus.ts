/**
 * The real-code corpus: the Lua files that a fixed list of Debian packages install.
 * Shared by the syntax corpus check (corpus.ts) and the parse benchmark (bench-parse.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** The packages of acceptance check (b), then extra ones for variety (LuaJIT, 5.3-only, games, NSE). */
export const PACKAGES: readonly string[] = [
  'lua5.1', 'lua5.2', 'lua5.3', 'lua5.4', 'lua-penlight', 'luarocks', 'lua-dkjson', 'lua-inspect',
  'lua-argparse', 'lua-busted', 'lua-ldoc', 'lua-luassert', 'lua-say', 'lua-cliargs', 'lua-mediator',
  'lua-term', 'lua-system', 'lua-lpeg', 'prosody', 'neovim-runtime',
  // extras
  'lua-lgi', 'lua-posix', 'lua-socket', 'lua-sec', 'lua-check', 'lua-copas', 'lua-coxpcall',
  'lua-expat', 'lua-ljsyscall', 'lua-compat53', 'lua-json', 'lua-http', 'lua-cqueues',
  'lua-lpeg-patterns', 'lua-basexx', 'lua-fifo', 'lua-binaryheap', 'lua-unit', 'lua-nvim',
  'lua-messagepack', 'lua-wsapi', 'lua-orbit', 'lua-cosmo', 'lua-rings', 'lua-xmlrpc', 'lua-luaossl',
  'lua-cgi', 'lmod', 'nmap-common', 'sysbench', 'minetest-data',
];


export interface CorpusFile {
  path: string;
  pkg: string;
  bytes: number;
  sha1: string;
  source: string;
}

/** Every regular .lua file the installed packages list (dpkg -L), deduplicated by real path, sorted. */
export function listCorpusFiles(packages: readonly string[], filter: string | null = null, limit = Infinity): { files: CorpusFile[]; missing: string[] } {
  const seen = new Set<string>();
  const files: CorpusFile[] = [];
  const missing: string[] = [];
  for (const pkg of packages) {
    const r = spawnSync('dpkg', ['-L', pkg], { encoding: 'latin1' });
    if (r.status !== 0) { missing.push(pkg); continue; }
    for (const listed of r.stdout.split('\n')) {
      if (!listed.endsWith('.lua')) continue;
      let real: string;
      let st: fs.Stats;
      try {
        real = fs.realpathSync(listed);
        st = fs.statSync(real);
      } catch {
        continue;
      }
      if (!st.isFile() || seen.has(real)) continue;
      seen.add(real);
      if (filter !== null && !real.includes(filter)) continue;
      const buf = fs.readFileSync(real);
      files.push({
        path: real, pkg, bytes: buf.length,
        sha1: createHash('sha1').update(buf).digest('hex'),
        source: buf.toString('latin1'),
      });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: files.slice(0, limit), missing };
}

