/**
 * The bit32 library of 5.2 (kept by 5.3): 32-bit unsigned operations and argument conversions.
 * Every expected output below was printed by the official interpreters (lua5.1-lua5.4 of
 * Debian, the reference lua5.5) for the same snippet run with `lua -e`; a snippet lists
 * the output of each group of dialects (21 expectations in all).
 */
import { check } from '../support/snippets.js';

describe('stdlib: bit32', () => {

  describe('presence', () => {
    check('print(type(bit32)) if bit32 then local t = {} for k in pairs(bit32) do t[#t + 1] = k end table.sort(t) print(table.concat(t, " ")) end', [['5.1 5.4 5.5', 'nil\n'], ['5.2 5.3', 'table\narshift band bnot bor btest bxor extract lrotate lshift replace rrotate rshift\n']]);
  });

  describe('logic', () => {
    check('print(bit32.band(), bit32.bor(), bit32.bxor(), bit32.btest())', [['5.2 5.3', '4294967295\t0\t0\ttrue\n']]);
    check('print(bit32.band(0xFF, 0x0F), bit32.bor(1, 2, 4), bit32.bxor(3, 5, 7), bit32.btest(1, 2), bit32.btest(3, 2))', [['5.2 5.3', '15\t7\t1\tfalse\ttrue\n']]);
    check('print(bit32.bnot(0), bit32.bnot(-1), bit32.bnot(2^32), bit32.band(-1), bit32.band(2^32 + 5))', [['5.2 5.3', '4294967295\t0\t4294967295\t4294967295\t5\n']]);
    check('print(bit32.band(0xF0F0F0F0, 0xFF00FF00, 0xFFFF0000), bit32.bor(0x80000000, 1), bit32.bxor(0xFFFFFFFF, 0x12345678))', [['5.2 5.3', '4026531840\t2147483649\t3989547399\n']]);
  });

  describe('shifts and rotations', () => {
    check('print(bit32.lshift(1, 31), bit32.lshift(1, 32), bit32.lshift(1, -1), bit32.lshift(0xFFFFFFFF, 4), bit32.rshift(0x80000000, 31), bit32.rshift(1, -3), bit32.rshift(5, 40))', [['5.2 5.3', '2147483648\t0\t0\t4294967280\t1\t8\t0\n']]);
    check('print(bit32.arshift(0x80000000, 1), bit32.arshift(0x80000000, 31), bit32.arshift(0x80000000, 32), bit32.arshift(0x80000000, 100), bit32.arshift(0x40000000, 32), bit32.arshift(-8, 1), bit32.arshift(8, -2))', [['5.2 5.3', '3221225472\t4294967295\t4294967295\t4294967295\t0\t4294967292\t32\n']]);
    check('print(bit32.lrotate(0x80000001, 1), bit32.rrotate(0x80000001, 1), bit32.lrotate(1, 33), bit32.lrotate(1, -1), bit32.rrotate(1, -1), bit32.lrotate(0x12345678, 0), bit32.rrotate(0x12345678, 36))', [['5.2 5.3', '3\t3221225472\t2\t2147483648\t2\t305419896\t2166572391\n']]);
  });

  describe('fields', () => {
    check('print(bit32.extract(0xF0, 4, 4), bit32.extract(0xFFFFFFFF, 31), bit32.extract(0x12345678, 0, 32), bit32.extract(5, 1))', [['5.2 5.3', '15\t1\t305419896\t0\n']]);
    check('print(pcall(bit32.extract, 1, -1)) print(pcall(bit32.extract, 1, 32)) print(pcall(bit32.extract, 1, 0, 0))', [['5.2 5.3', 'false\tbad argument #2 to \'bit32.extract\' (field cannot be negative)\nfalse\ttrying to access non-existent bits\nfalse\tbad argument #3 to \'bit32.extract\' (width must be positive)\n']]);
    check('print(pcall(bit32.extract, 1, 30, 3)) print(pcall(bit32.extract, 1, 0, 33))', [['5.2 5.3', 'false\ttrying to access non-existent bits\nfalse\ttrying to access non-existent bits\n']]);
    check('print(bit32.replace(0, 1, 31), bit32.replace(0xFFFFFFFF, 0, 4, 8), bit32.replace(0, 0xFF, 4, 4), bit32.replace(5, 1, 1)) print(pcall(bit32.replace, 1, 1, 32))', [['5.2 5.3', '2147483648\t4294963215\t240\t7\nfalse\ttrying to access non-existent bits\n']]);
  });

  describe('argument conversion', () => {
    check('print(pcall(bit32.band, 1.5)) print(pcall(bit32.band, -1.5)) print(pcall(bit32.band, 2.5))', [['5.2', 'true\t2\ntrue\t4294967294\ntrue\t2\n'], ['5.3', 'false\tbad argument #1 to \'bit32.band\' (number has no integer representation)\nfalse\tbad argument #1 to \'bit32.band\' (number has no integer representation)\nfalse\tbad argument #1 to \'bit32.band\' (number has no integer representation)\n']]);
    check('print(pcall(bit32.band, "7")) print(pcall(bit32.band, {})) print(pcall(bit32.band, 2^53)) print(pcall(bit32.band, 2^64))', [['5.2', 'true\t7\nfalse\tbad argument #1 to \'bit32.band\' (number expected, got table)\ntrue\t0\ntrue\t0\n'], ['5.3', 'true\t7\nfalse\tbad argument #1 to \'bit32.band\' (number expected, got table)\ntrue\t0\nfalse\tbad argument #1 to \'bit32.band\' (number has no integer representation)\n']]);
    check('print(pcall(bit32.band, 1e100)) print(pcall(bit32.lshift, 1, 1.5)) print(pcall(bit32.bnot))', [['5.2', 'true\t630506365\ntrue\t2\nfalse\tbad argument #1 to \'bit32.bnot\' (number expected, got no value)\n'], ['5.3', 'false\tbad argument #1 to \'bit32.band\' (number has no integer representation)\nfalse\tbad argument #2 to \'bit32.lshift\' (number has no integer representation)\nfalse\tbad argument #1 to \'bit32.bnot\' (number expected, got no value)\n']]);
    check('print(pcall(bit32.lshift, 1, 2^32)) print(pcall(bit32.rshift, 0xFFFFFFFF, -2^31))', [['5.2', 'true\t1\ntrue\t0\n'], ['5.3', 'true\t0\ntrue\t0\n']]);
  });
});

import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('bit32');
