/**
 * The utf8 library (5.3+): char, charpattern, codepoint, len, offset, codes; strict and lax decoding.
 * Every expected output below was printed by the official interpreters (lua5.1-lua5.4 of
 * Debian, the reference lua5.5) for the same snippet run with `lua -e`; a snippet lists
 * the output of each group of dialects (54 expectations in all).
 */
import { check } from '../support/snippets.js';

describe('stdlib: utf8', () => {

  describe('char and charpattern', () => {
    check('print(utf8.char(72, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF) == "H\\x7F\\xC2\\x80\\xDF\\xBF\\xE0\\xA0\\x80\\xEF\\xBF\\xBF\\xF0\\x90\\x80\\x80\\xF4\\x8F\\xBF\\xBF", utf8.char())', [['5.3 5.4 5.5', 'true\t\n']]);
    check('print(#utf8.char(0x7FF), #utf8.char(0xFFFF), #utf8.char(0x10FFFF), utf8.char(65, 66, 67))', [['5.3 5.4 5.5', '2\t3\t4\tABC\n']]);
    check('print(pcall(utf8.char, 0x110000)) print(pcall(utf8.char, -1)) print(pcall(utf8.char, 0x80000000))', [['5.3', 'false\tbad argument #1 to \'utf8.char\' (value out of range)\nfalse\tbad argument #1 to \'utf8.char\' (value out of range)\nfalse\tbad argument #1 to \'utf8.char\' (value out of range)\n'], ['5.4 5.5', 'true\t\xf4\x90\x80\x80\nfalse\tbad argument #1 to \'utf8.char\' (value out of range)\nfalse\tbad argument #1 to \'utf8.char\' (value out of range)\n']]);
    check('print(pcall(function() return utf8.char(0x7FFFFFFF) == "\\xFD\\xBF\\xBF\\xBF\\xBF\\xBF", utf8.char(0x200000) == "\\xF8\\x88\\x80\\x80\\x80" end))', [['5.3', 'false\t(command line):1: bad argument #1 to \'char\' (value out of range)\n'], ['5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(pcall(utf8.char, "65")) print(pcall(utf8.char, 65.0)) print(pcall(utf8.char, 65.5)) print(pcall(utf8.char, 65, nil))', [['5.3 5.4 5.5', 'true\tA\ntrue\tA\nfalse\tbad argument #1 to \'utf8.char\' (number has no integer representation)\nfalse\tbad argument #2 to \'utf8.char\' (number expected, got nil)\n']]);
    check('print(utf8.charpattern == "[\\0-\\x7F\\xC2-\\xF4][\\x80-\\xBF]*", utf8.charpattern == "[\\0-\\x7F\\xC2-\\xFD][\\x80-\\xBF]*", #utf8.charpattern)', [['5.3', 'true\tfalse\t14\n'], ['5.4 5.5', 'false\ttrue\t14\n']]);
  });

  describe('codepoint', () => {
    check('print(utf8.codepoint("h\\xC3\\xA9llo", 1, -1))', [['5.3 5.4 5.5', '104\t233\t108\t108\t111\n']]);
    check('print(utf8.codepoint("abc"), utf8.codepoint("abc", 2), utf8.codepoint("abc", -1), select("#", utf8.codepoint("abc", 3, 2)))', [['5.3 5.4 5.5', '97\t98\t99\t0\n']]);
    check('print(pcall(utf8.codepoint, "h\\xC3\\xA9llo", 0)) print(pcall(utf8.codepoint, "abc", 1, 10)) print(pcall(utf8.codepoint, "abc", -5))', [['5.3', 'false\tbad argument #2 to \'utf8.codepoint\' (out of range)\nfalse\tbad argument #3 to \'utf8.codepoint\' (out of range)\nfalse\tbad argument #2 to \'utf8.codepoint\' (out of range)\n'], ['5.4 5.5', 'false\tbad argument #2 to \'utf8.codepoint\' (out of bounds)\nfalse\tbad argument #3 to \'utf8.codepoint\' (out of bounds)\nfalse\tbad argument #2 to \'utf8.codepoint\' (out of bounds)\n']]);
    check('print(pcall(utf8.codepoint, "h\\xC3\\xA9llo", 3)) print(pcall(utf8.codepoint, "\\xff")) print(pcall(utf8.codepoint, ""))', [['5.3', 'false\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\nfalse\tbad argument #3 to \'utf8.codepoint\' (out of range)\n'], ['5.4 5.5', 'false\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\nfalse\tbad argument #3 to \'utf8.codepoint\' (out of bounds)\n']]);
    check('print(pcall(utf8.codepoint, "\\xed\\xa0\\x80")) print(pcall(utf8.codepoint, "\\xed\\xa0\\x80", 1, 1, true))', [['5.3', 'true\t55296\ntrue\t55296\n'], ['5.4 5.5', 'false\tinvalid UTF-8 code\ntrue\t55296\n']]);
    check('print(pcall(utf8.codepoint, "\\xf4\\x90\\x80\\x80")) print(pcall(utf8.codepoint, "\\xf4\\x90\\x80\\x80", 1, 1, true))', [['5.3', 'false\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\n'], ['5.4 5.5', 'false\tinvalid UTF-8 code\ntrue\t1114112\n']]);
    check('print(pcall(utf8.codepoint, "\\xfd\\xbf\\xbf\\xbf\\xbf\\xbf", 1, 1, true)) print(pcall(utf8.codepoint, "\\xfe\\xbf\\xbf\\xbf\\xbf\\xbf\\xbf", 1, 1, true))', [['5.3', 'false\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\n'], ['5.4 5.5', 'true\t2147483647\nfalse\tinvalid UTF-8 code\n']]);
    check('for _, s in ipairs({"\\xc0\\x80", "\\xc1\\xbf", "\\xe0\\x9f\\xbf", "\\xf0\\x8f\\xbf\\xbf", "\\x80", "\\xc3"}) do print(pcall(utf8.codepoint, s, 1, 1, true)) end', [['5.3 5.4 5.5', 'false\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\n']]);
    check('print(pcall(utf8.codepoint, "\\xf8\\x88\\x80\\x80\\x80", 1, 1, true)) print(pcall(utf8.codepoint, "\\xf8\\x87\\xbf\\xbf\\xbf", 1, 1, true))', [['5.3', 'false\tinvalid UTF-8 code\nfalse\tinvalid UTF-8 code\n'], ['5.4 5.5', 'true\t2097152\nfalse\tinvalid UTF-8 code\n']]);
    check('print(utf8.codepoint(123, 2), pcall(utf8.codepoint, "a\\x80", 1, 2))', [['5.3 5.4 5.5', '50\tfalse\tinvalid UTF-8 code\n']]);
  });

  describe('len', () => {
    check('print(utf8.len("h\\xC3\\xA9llo"), utf8.len(""), utf8.len("h\\xC3\\xA9llo", 3), utf8.len("h\\xC3\\xA9llo", -1), utf8.len("abc", 4))', [['5.3 5.4 5.5', '5\t0\tnil\t1\t0\n']]);
    check('print(utf8.len("a\\xffb")) print(utf8.len("\\xed\\xa0\\x80")) print(utf8.len("\\xed\\xa0\\x80", 1, -1, true)) print(utf8.len("\\xC3\\xA9", 2))', [['5.3', 'nil\t2\n1\n1\nnil\t2\n'], ['5.4 5.5', 'nil\t2\nnil\t1\n1\nnil\t2\n']]);
    check('print(pcall(utf8.len, "abc", 5)) print(pcall(utf8.len, "abc", 0)) print(pcall(utf8.len, "abc", 1, 4))', [['5.3', 'false\tbad argument #2 to \'utf8.len\' (initial position out of string)\nfalse\tbad argument #2 to \'utf8.len\' (initial position out of string)\nfalse\tbad argument #3 to \'utf8.len\' (final position out of string)\n'], ['5.4 5.5', 'false\tbad argument #2 to \'utf8.len\' (initial position out of bounds)\nfalse\tbad argument #2 to \'utf8.len\' (initial position out of bounds)\nfalse\tbad argument #3 to \'utf8.len\' (final position out of bounds)\n']]);
    check('print(utf8.len("abc", 1, -5), utf8.len("abc", 3, 1), utf8.len("abc", -3, -2), utf8.len(12345))', [['5.3 5.4 5.5', '0\t0\t2\t5\n']]);
    check('print(pcall(utf8.len, "abc", 1.5)) print(pcall(utf8.len)) print(pcall(utf8.len, {}))', [['5.3 5.4 5.5', 'false\tbad argument #2 to \'utf8.len\' (number has no integer representation)\nfalse\tbad argument #1 to \'utf8.len\' (string expected, got no value)\nfalse\tbad argument #1 to \'utf8.len\' (string expected, got table)\n']]);
  });

  describe('offset', () => {
    check('local s = "h\\xC3\\xA9llo" print(utf8.offset(s, 1), utf8.offset(s, 2), utf8.offset(s, 3), utf8.offset(s, -1), utf8.offset(s, 0, 3), utf8.offset(s, 10), utf8.offset(s, -10))', [['5.3 5.4 5.5', '1\t2\t4\t6\t2\tnil\tnil\n']]);
    check('local s = "h\\xC3\\xA9llo" print(utf8.offset(s, 6)) print(utf8.offset(s, 7)) print(utf8.offset("", 1)) print(utf8.offset("", -1)) print(utf8.offset("abc", 0))', [['5.3 5.4', '7\nnil\n1\nnil\n1\n'], ['5.5', '7\t7\nnil\n1\t1\nnil\n1\t1\n']]);
    check('local s = "h\\xC3\\xA9llo" print(utf8.offset(s, 2, 2)) print(utf8.offset(s, -2, 4)) print(utf8.offset(s, 0, 6)) print(utf8.offset(s, 0, 4))', [['5.3 5.4', '4\n1\n6\n4\n'], ['5.5', '4\t4\n1\t1\n6\t6\n4\t4\n']]);
    check('local s = "h\\xC3\\xA9llo" print(pcall(utf8.offset, s, 1, 3)) print(pcall(utf8.offset, s, 1, 10)) print(pcall(utf8.offset, s, 1, 0))', [['5.3', 'false\tinitial position is a continuation byte\nfalse\tbad argument #3 to \'utf8.offset\' (position out of range)\nfalse\tbad argument #3 to \'utf8.offset\' (position out of range)\n'], ['5.4 5.5', 'false\tinitial position is a continuation byte\nfalse\tbad argument #3 to \'utf8.offset\' (position out of bounds)\nfalse\tbad argument #3 to \'utf8.offset\' (position out of bounds)\n']]);
    check('local s = "h\\xC3\\xA9llo" print(pcall(utf8.offset, s, 0, 7)) print(pcall(utf8.offset, s)) print(pcall(utf8.offset, s, 1.5))', [['5.3 5.4', 'true\t7\nfalse\tbad argument #2 to \'utf8.offset\' (number expected, got no value)\nfalse\tbad argument #2 to \'utf8.offset\' (number has no integer representation)\n'], ['5.5', 'true\t7\t7\nfalse\tbad argument #2 to \'utf8.offset\' (number expected, got no value)\nfalse\tbad argument #2 to \'utf8.offset\' (number has no integer representation)\n']]);
    check('print(utf8.offset("\\xF0\\x9F\\x98\\x80x", 1)) print(utf8.offset("\\xF0\\x9F\\x98\\x80x", 2)) print(utf8.offset("\\xF0\\x9F\\x98\\x80x", -1))', [['5.3 5.4', '1\n5\n5\n'], ['5.5', '1\t4\n5\t5\n5\t5\n']]);
  });

  describe('codes', () => {
    check('local function codes(s, lax) local t = {} for p, c in utf8.codes(s, lax) do t[#t + 1] = p .. ":" .. c end return table.concat(t, " ") end\nprint(codes("h\\xC3\\xA9llo"), codes(""), codes("\\xF0\\x9F\\x98\\x80!"))', [['5.3 5.4 5.5', '1:104 2:233 4:108 5:108 6:111\t\t1:128512 5:33\n']]);
    check('local function codes(s, lax) local t = {} for p, c in utf8.codes(s, lax) do t[#t + 1] = p .. ":" .. c end return table.concat(t, " ") end\nprint(pcall(codes, "a\\xffb")) print(pcall(codes, "ab\\xc3"))', [['5.3 5.4 5.5', 'false\t(command line):1: invalid UTF-8 code\nfalse\t(command line):1: invalid UTF-8 code\n']]);
    check('local function codes(s, lax) local t = {} for p, c in utf8.codes(s, lax) do t[#t + 1] = p .. ":" .. c end return table.concat(t, " ") end\nprint(pcall(codes, "a\\x80b")) print(pcall(codes, "\\x80b"))', [['5.3', 'false\t(command line):1: invalid UTF-8 code\nfalse\t(command line):1: invalid UTF-8 code\n'], ['5.4', 'true\t1:97 3:98\ntrue\t2:98\n'], ['5.5', 'false\t(command line):1: invalid UTF-8 code\nfalse\t(command line):1: bad argument #1 to \'codes\' (invalid UTF-8 code)\n']]);
    check('local function codes(s, lax) local t = {} for p, c in utf8.codes(s, lax) do t[#t + 1] = p .. ":" .. c end return table.concat(t, " ") end\nprint(pcall(codes, "\\xed\\xa0\\x80", true)) print(pcall(codes, "\\xed\\xa0\\x80")) print(pcall(codes, "\\xf4\\x90\\x80\\x80", true))', [['5.3', 'true\t1:55296\ntrue\t1:55296\nfalse\t(command line):1: invalid UTF-8 code\n'], ['5.4 5.5', 'true\t1:55296\nfalse\t(command line):1: invalid UTF-8 code\ntrue\t1:1114112\n']]);
    check('local f, s, i = utf8.codes("abc") print(type(f), s, i) print(pcall(f, s, 10)) print(pcall(f, s, -1)) print(pcall(f, s, 1.5)) print(pcall(f, s, 2))', [['5.3', 'function\tabc\t0\ntrue\ntrue\t1\t97\ntrue\t1\t97\ntrue\t3\t99\n'], ['5.4 5.5', 'function\tabc\t0\ntrue\ntrue\ntrue\t1\t97\ntrue\t3\t99\n']]);
    check('local f = utf8.codes("abc") print(pcall(f, nil, 0)) print(pcall(utf8.codes)) print(pcall(utf8.codes, {}))', [['5.3 5.4 5.5', 'false\tbad argument #1 to \'?\' (string expected, got nil)\nfalse\tbad argument #1 to \'utf8.codes\' (string expected, got no value)\nfalse\tbad argument #1 to \'utf8.codes\' (string expected, got table)\n']]);
    check('for p, c in utf8.codes("ab") do print(p, c, math.type(p), math.type(c)) end', [['5.3 5.4 5.5', '1\t97\tinteger\tinteger\n2\t98\tinteger\tinteger\n']]);
  });
});

import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('utf8');
