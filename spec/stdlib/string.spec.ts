/**
 * The string library: every function in every dialect (patterns, gsub/gmatch semantics,
 * format conversions, pack formats, error messages) plus unit checks of the exact
 * number formatting. Every expected output of the `check` snippets was printed by the
 * official interpreters (Debian's lua5.1-lua5.4, the reference lua5.5) running the same
 * snippet with `lua -e`; each snippet lists the output of each group of dialects.
 */
import { expect } from 'chai';
import { check, run } from '../support/snippets.js';
import { LuaVM } from '../../src/api/vm.js';
import { fixedDigits } from '../../src/runtime/cformat.js';
import { hexFloatBody } from '../../src/stdlib/string/format.js';

describe('stdlib: string', () => {
  describe('number formatting helpers (glibc printf)', () => {
    it('rounds exact ties to even in %f', () => {
      expect(fixedDigits(0.5, 0)).to.equal('0');
      expect(fixedDigits(1.5, 0)).to.equal('2');
      expect(fixedDigits(2.5, 0)).to.equal('2');
      expect(fixedDigits(0.125, 2)).to.equal('0.12');
      expect(fixedDigits(0.375, 2)).to.equal('0.38');
      expect(fixedDigits(1e21, 2)).to.equal('1000000000000000000000.00');
      expect(fixedDigits(2.675, 2)).to.equal('2.67');
    });
    it('prints hexadecimal floats like glibc', () => {
      expect(hexFloatBody(1, -1, false, false)).to.equal('0x1p+0');
      expect(hexFloatBody(1.5, 0, false, false)).to.equal('0x2p+0');
      expect(hexFloatBody(1.96875, 1, false, false)).to.equal('0x2.0p+0');
      expect(hexFloatBody(2 ** -1074, -1, false, false)).to.equal('0x0.0000000000001p-1022');
      expect(hexFloatBody(255.5, -1, false, true)).to.equal('0X1.FFP+7');
      expect(hexFloatBody(1, -1, true, false)).to.equal('0x1.p+0');
    });
  });

  describe('snippets against the official interpreters', () => {
    check("print((\"hello\"):len(), #\"\", string.len(\"a\\0b\"))", [["5.1 5.2 5.3 5.4 5.5", "5\t0\t3\n"]]);
    check("print((\"Hello World\"):upper(), (\"Hello World\"):lower())", [["5.1 5.2 5.3 5.4 5.5", "HELLO WORLD\thello world\n"]]);
    check("print((\"abc\"):reverse(), (\"\"):reverse(), (\"a\"):reverse())", [["5.1 5.2 5.3 5.4 5.5", "cba\t\ta\n"]]);
    check("print((\"\\200\\255xY\"):upper() == \"\\200\\255XY\", (\"\\192Z\"):lower() == \"\\192z\")", [["5.1 5.2 5.3 5.4 5.5", "true\ttrue\n"]]);
    check("print((\"hello\"):sub(2), (\"hello\"):sub(2, 4), (\"hello\"):sub(-3), (\"hello\"):sub(-3, -2))", [["5.1 5.2 5.3 5.4 5.5", "ello\tell\tllo\tll\n"]]);
    check("print((\"hello\"):sub(0), (\"hello\"):sub(10), (\"hello\"):sub(3, 2), (\"hello\"):sub(-100, 2))", [["5.1 5.2 5.3 5.4 5.5", "hello\t\t\the\n"]]);
    check("print((\"hello\"):sub(2, 100), (\"hello\"):sub(0, 0), (\"hello\"):sub(5, 5), (\"hello\"):sub(6))", [["5.1 5.2 5.3 5.4 5.5", "ello\t\to\t\n"]]);
    check("print(pcall(string.sub, \"hello\", 1.5))", [
      ["5.1 5.2", "true\thello\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.sub' (number has no integer representation)\n"],
    ]);
    check("print(pcall(string.sub, \"hello\"))", [
      ["5.1", "false\tbad argument #2 to '?' (number expected, got no value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #2 to 'string.sub' (number expected, got no value)\n"],
    ]);
    check("print(pcall(string.sub))", [
      ["5.1", "false\tbad argument #1 to '?' (string expected, got no value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #1 to 'string.sub' (string expected, got no value)\n"],
    ]);
    check("print(string.sub(\"hello\", \"2\", \"3\"), string.sub(12345, 2, 3))", [["5.1 5.2 5.3 5.4 5.5", "el\t23\n"]]);
    check("print((\"hello\"):byte(), (\"hello\"):byte(2), (\"hello\"):byte(-1), (\"hello\"):byte(1, 3))", [["5.1 5.2 5.3 5.4 5.5", "104\t101\t111\t104\t101\t108\n"]]);
    check("print((\"hello\"):byte(10), (\"hello\"):byte(0), (\"\"):byte())", [["5.1 5.2 5.3 5.4 5.5", "nil\tnil\n"]]);
    check("print(select(\"#\", (\"hello\"):byte(1, -1)), select(\"#\", (\"hello\"):byte(3, 2)))", [["5.1 5.2 5.3 5.4 5.5", "5\t0\n"]]);
    check("print(pcall(string.byte, \"abc\", 1.5))", [
      ["5.1 5.2", "true\t97\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.byte' (number has no integer representation)\n"],
    ]);
    check("print(string.char(72, 105), string.char(), #string.char(0, 255))", [["5.1 5.2 5.3 5.4 5.5", "Hi\t\t2\n"]]);
    check("print(pcall(string.char, 256))", [
      ["5.1", "false\tbad argument #1 to '?' (invalid value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #1 to 'string.char' (value out of range)\n"],
    ]);
    check("print(pcall(string.char, -1))", [
      ["5.1", "false\tbad argument #1 to '?' (invalid value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #1 to 'string.char' (value out of range)\n"],
    ]);
    check("print(pcall(string.char, \"x\"))", [
      ["5.1", "false\tbad argument #1 to '?' (number expected, got string)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #1 to 'string.char' (number expected, got string)\n"],
    ]);
    check("print(pcall(string.char, 65.5))", [
      ["5.1 5.2", "true\tA\n"],
      ["5.3 5.4 5.5", "false\tbad argument #1 to 'string.char' (number has no integer representation)\n"],
    ]);
    check("print(string.char(\"65\", 66.0))", [["5.1 5.2 5.3 5.4 5.5", "AB\n"]]);
    check("print((\"ab\"):rep(3), (\"ab\"):rep(0), (\"ab\"):rep(-1), (\"ab\"):rep(1))", [["5.1 5.2 5.3 5.4 5.5", "ababab\t\t\tab\n"]]);
    check("print((\"ab\"):rep(3, \",\"), (\"ab\"):rep(1, \",\"))", [
      ["5.1", "ababab\tab\n"],
      ["5.2 5.3 5.4 5.5", "ab,ab,ab\tab\n"],
    ]);
    check("print(pcall(string.rep))", [
      ["5.1", "false\tbad argument #1 to '?' (string expected, got no value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #1 to 'string.rep' (string expected, got no value)\n"],
    ]);
    check("print(pcall(string.rep, \"x\", {}))", [
      ["5.1", "false\tbad argument #2 to '?' (number expected, got table)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #2 to 'string.rep' (number expected, got table)\n"],
    ]);
    check("print(pcall(string.rep, \"x\", 2^40))", [
      ["5.1 5.2", "true\t\n"],
      ["5.3 5.4", "false\tresulting string too large\n"],
      ["5.5", "false\tnot enough memory\n"],
    ]);
    check("print(pcall(string.rep, \"x\", 1e100, \"y\"))", [
      ["5.1 5.2", "true\t\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.rep' (number has no integer representation)\n"],
    ]);
    check("print(#string.rep(\"abc\", 1000), #string.rep(\"\", 10))", [["5.1 5.2 5.3 5.4 5.5", "3000\t0\n"]]);
    check("print(string.find(\"hello world\", \"wor\"), string.find(\"hello world\", \"o\", 6))", [["5.1 5.2 5.3 5.4 5.5", "7\t8\t8\n"]]);
    check("print(string.find(\"hello\", \"l\"), string.find(\"hello\", \"xyz\"), string.find(\"hello\", \"\"))", [["5.1 5.2 5.3 5.4 5.5", "3\tnil\t1\t0\n"]]);
    check("print(string.find(\"hello\", \"\", 10), string.find(\"hello\", \"\", 6), string.find(\"hello\", \"\", -2))", [
      ["5.1", "6\t6\t4\t3\n"],
      ["5.2 5.3 5.4 5.5", "nil\t6\t4\t3\n"],
    ]);
    check("print(string.find(\"a.b.c\", \".\", 1, true), string.find(\"a.b.c\", \"%.\"), string.find(\"a+b\", \"+\", 1, true))", [["5.1 5.2 5.3 5.4 5.5", "2\t2\t2\t2\n"]]);
    check("print(string.find(\"hello\", \"l+\"), string.find(\"hello\", \"(l+)(o)\"))", [["5.1 5.2 5.3 5.4 5.5", "3\t3\t5\tll\to\n"]]);
    check("print(string.find(\"hello\", \"()ll()\"))", [["5.1 5.2 5.3 5.4 5.5", "3\t4\t3\t5\n"]]);
    check("print(string.find(\"hello\", \"^h\"), string.find(\"hello\", \"^e\"), string.find(\"hello\", \"o$\"))", [["5.1 5.2 5.3 5.4 5.5", "1\tnil\t5\t5\n"]]);
    check("print(string.find(\"abc\", \"b\", -1), string.find(\"abc\", \"b\", -2), string.find(\"abc\", \"a\", -10))", [["5.1 5.2 5.3 5.4 5.5", "nil\t2\t1\t1\n"]]);
    check("print(pcall(string.find, \"abc\", \"[a\"))", [["5.1 5.2 5.3 5.4 5.5", "false\tmalformed pattern (missing ']')\n"]]);
    check("print(pcall(string.find, \"abc\", \"%\"))", [["5.1 5.2 5.3 5.4 5.5", "false\tmalformed pattern (ends with '%')\n"]]);
    check("print(pcall(string.find, \"abc\", \"(a\"))", [["5.1 5.2 5.3 5.4 5.5", "false\tunfinished capture\n"]]);
    check("print(pcall(string.find, \"abc\", \"a)\"))", [["5.1 5.2 5.3 5.4 5.5", "true\tnil\n"]]);
    check("print(pcall(string.find, \"abc\", \"%f\"))", [["5.1 5.2 5.3 5.4 5.5", "false\tmissing '[' after '%f' in pattern\n"]]);
    check("print(pcall(string.find, \"abc\", \"%ba\"))", [
      ["5.1", "false\tunbalanced pattern\n"],
      ["5.2 5.3 5.4 5.5", "false\tmalformed pattern (missing arguments to '%b')\n"],
    ]);
    check("print(pcall(string.find, \"abc\", \"%1\"))", [
      ["5.1", "false\tinvalid capture index\n"],
      ["5.2 5.3 5.4 5.5", "false\tinvalid capture index %1\n"],
    ]);
    check("print(pcall(string.find, \"abc\", \"(a)%2\"))", [
      ["5.1", "false\tinvalid capture index\n"],
      ["5.2 5.3 5.4 5.5", "false\tinvalid capture index %2\n"],
    ]);
    check("print(pcall(string.find, \"abc\", (\"a?\"):rep(300)))", [["5.1 5.2 5.3 5.4 5.5", "true\t1\t1\n"]]);
    check("print(pcall(string.find, \"abc\", (\"(a)\"):rep(33)))", [["5.1 5.2 5.3 5.4 5.5", "true\tnil\n"]]);
    check("print(string.find(\"THE (quick) fox\", \"%f[%a]%a+\"), string.find(\"THE (quick) fox\", \"%f[%l]%a+\"))", [["5.1 5.2 5.3 5.4 5.5", "1\t6\t10\n"]]);
    check("print(string.find(\"f(a(b)c)d\", \"%b()\"), string.find(\"[[x]]\", \"%b[]\"))", [["5.1 5.2 5.3 5.4 5.5", "2\t1\t5\n"]]);
    check("print(string.match(\"key = value\", \"(%w+)%s*=%s*(%w+)\"))", [["5.1 5.2 5.3 5.4 5.5", "key\tvalue\n"]]);
    check("print(string.match(\"  trim me  \", \"^%s*(.-)%s*$\"))", [["5.1 5.2 5.3 5.4 5.5", "trim me\n"]]);
    check("print(string.match(\"2024-01-15\", \"(%d+)-(%d+)-(%d+)\"))", [["5.1 5.2 5.3 5.4 5.5", "2024\t01\t15\n"]]);
    check("print(string.match(\"hello\", \".-(l+)(.*)\"))", [["5.1 5.2 5.3 5.4 5.5", "ll\to\n"]]);
    check("print(string.match(\"hello\", \"(h)(e)(l)(l)(o)\"))", [["5.1 5.2 5.3 5.4 5.5", "h\te\tl\tl\to\n"]]);
    check("print(string.match(\"abc\", \"()a()b()c()\"))", [["5.1 5.2 5.3 5.4 5.5", "1\t2\t3\t4\n"]]);
    check("print(string.match(\"hello\", \"(.)%1\"), string.match(\"abcabc\", \"(abc)%1\"))", [["5.1 5.2 5.3 5.4 5.5", "l\tabc\n"]]);
    check("print(string.match(\"x = 'str' y\", \"(['\\\"])(.-)%1\"))", [["5.1 5.2 5.3 5.4 5.5", "'\tstr\n"]]);
    check("print(string.match(\"abc\", \"((a)(b))\"))", [["5.1 5.2 5.3 5.4 5.5", "ab\ta\tb\n"]]);
    check("print(string.match(\"hello\", \"xyz\"), string.match(\"hello\", \"\"), string.match(\"hello\", \"()\", 3))", [["5.1 5.2 5.3 5.4 5.5", "nil\t\t3\n"]]);
    check("print(string.match(\"hello\", \".\", -1), string.match(\"hello\", \".\", 10))", [["5.1 5.2 5.3 5.4 5.5", "o\tnil\n"]]);
    check("print(string.match(\"a]b\", \"[]]\"), string.match(\"a]b\", \"[^]]+\"), string.match(\"a-c\", \"[a%-c]+\"))", [["5.1 5.2 5.3 5.4 5.5", "]\ta\ta-c\n"]]);
    check("print(string.match(\"09afAFgG\", \"%x+\"), string.match(\"a,b;c\", \"%p\"), string.match(\"tab\\there\", \"%s\"))", [["5.1 5.2 5.3 5.4 5.5", "09afAF\t,\t\t\n"]]);
    check("print(string.match(\"abc123\", \"%a+\"), string.match(\"abc123\", \"%d+\"), string.match(\"ABCdef\", \"%u+\"), string.match(\"ABCdef\", \"%l+\"))", [["5.1 5.2 5.3 5.4 5.5", "abc\t123\tABC\tdef\n"]]);
    check("print(string.match(\"a\\0b\", \"%z\") == \"\\0\", string.match(\"\\0\\1\\2\", \"[%z\\1]+\") == \"\\0\\1\")", [["5.1 5.2 5.3 5.4 5.5", "true\ttrue\n"]]);
    check("print(string.match(\"ab\", \"%g+\"))", [
      ["5.1", "nil\n"],
      ["5.2 5.3 5.4 5.5", "ab\n"],
    ]);
    check("print(string.match(\"$x$\", \"%$(.)%$\"), string.match(\"a^b\", \"a^b\"), string.match(\"a$b\", \"a$b\"))", [["5.1 5.2 5.3 5.4 5.5", "x\ta^b\ta$b\n"]]);
    check("print(string.match(\"aaa\", \"a-\"), string.match(\"aaa\", \"a-$\"), string.match(\"aaa\", \"a*\"), string.match(\"aaa\", \"a+\"), string.match(\"aaa\", \"a?\"))", [["5.1 5.2 5.3 5.4 5.5", "\taaa\taaa\taaa\ta\n"]]);
    check("print(string.match(\"\\255\\254\", \"[\\200-\\255]+\") == \"\\255\\254\", string.match(\"\\128\", \"%a\"), string.match(\"\\128\", \"%W\") == \"\\128\")", [["5.1 5.2 5.3 5.4 5.5", "true\tnil\ttrue\n"]]);
    check("print(string.match((\"a\"):rep(100) .. \"b\", \"a*b\") == (\"a\"):rep(100) .. \"b\", string.match((\"a\"):rep(100), \"a*b\"))", [["5.1 5.2 5.3 5.4 5.5", "true\tnil\n"]]);
    check("print(pcall(string.match, \"abc\", \"%g+\"))", [
      ["5.1", "true\tnil\n"],
      ["5.2 5.3 5.4 5.5", "true\tabc\n"],
    ]);
    check("local r = {} for w in string.gmatch(\"one two  three\", \"%a+\") do r[#r+1] = w end print(table.concat(r, \",\"))", [["5.1 5.2 5.3 5.4 5.5", "one,two,three\n"]]);
    check("local r = {} for k, v in string.gmatch(\"a=1, b=2, c=3\", \"(%w+)=(%w+)\") do r[#r+1] = k .. v end print(table.concat(r, \",\"))", [["5.1 5.2 5.3 5.4 5.5", "a1,b2,c3\n"]]);
    check("local r = {} for w in string.gmatch(\"abc\", \"\") do r[#r+1] = \"[\" .. w .. \"]\" end print(table.concat(r))", [["5.1 5.2 5.3 5.4 5.5", "[][][][]\n"]]);
    check("local r = {} for p in string.gmatch(\"abc\", \"()\") do r[#r+1] = p end print(table.concat(r, \",\"))", [["5.1 5.2 5.3 5.4 5.5", "1,2,3,4\n"]]);
    check("local r = {} for w in string.gmatch(\"a,b,,c\", \"([^,]*)\") do r[#r+1] = \"[\" .. w .. \"]\" end print(table.concat(r))", [
      ["5.1 5.2", "[a][][b][][][c][]\n"],
      ["5.3 5.4 5.5", "[a][b][][c]\n"],
    ]);
    check("local r = {} for w in string.gmatch(\"abc  d\", \"%a*\") do r[#r+1] = \"[\" .. w .. \"]\" end print(table.concat(r))", [
      ["5.1 5.2", "[abc][][][d][]\n"],
      ["5.3 5.4 5.5", "[abc][][d]\n"],
    ]);
    check("local r = {} for w in string.gmatch(\"hello\", \"^h\") do r[#r+1] = w end print(#r)", [["5.1 5.2 5.3 5.4 5.5", "0\n"]]);
    check("local r = {} for w in string.gmatch(\"^a^a\", \"^a\") do r[#r+1] = w end print(table.concat(r, \",\"))", [["5.1 5.2 5.3 5.4 5.5", "^a,^a\n"]]);
    check("local r = {} for a, b in string.gmatch(\"xyz\", \"()(.)\") do r[#r+1] = a .. b end print(table.concat(r, \",\"))", [["5.1 5.2 5.3 5.4 5.5", "1x,2y,3z\n"]]);
    check("local it = string.gmatch(\"ab\", \".\") print(it(), it(), it(), it())", [["5.1 5.2 5.3 5.4 5.5", "a\tb\tnil\n"]]);
    check("print(pcall(string.gmatch, \"x\"))", [
      ["5.1", "false\tbad argument #2 to '?' (string expected, got no value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #2 to 'string.gmatch' (string expected, got no value)\n"],
    ]);
    check("local r = {} for w in string.gmatch(\"hello world\", \"%w+\", 3) do r[#r+1] = w end print(table.concat(r, \",\"))", [
      ["5.1 5.2 5.3", "hello,world\n"],
      ["5.4 5.5", "llo,world\n"],
    ]);
    check("local r = {} for w in string.gmatch(\"hello world\", \"%w+\", -5) do r[#r+1] = w end print(table.concat(r, \",\"))", [
      ["5.1 5.2 5.3", "hello,world\n"],
      ["5.4 5.5", "world\n"],
    ]);
    check("print(string.gsub(\"hello world\", \"o\", \"0\"))", [["5.1 5.2 5.3 5.4 5.5", "hell0 w0rld\t2\n"]]);
    check("print(string.gsub(\"hello world\", \"(o)\", \"[%1]\"))", [["5.1 5.2 5.3 5.4 5.5", "hell[o] w[o]rld\t2\n"]]);
    check("print(string.gsub(\"hello world\", \"%w+\", \"<%0>\"))", [["5.1 5.2 5.3 5.4 5.5", "<hello> <world>\t2\n"]]);
    check("print(string.gsub(\"hello world\", \"(%w+) (%w+)\", \"%2 %1\"))", [["5.1 5.2 5.3 5.4 5.5", "world hello\t1\n"]]);
    check("print(string.gsub(\"hello\", \"\", \"-\"))", [["5.1 5.2 5.3 5.4 5.5", "-h-e-l-l-o-\t6\n"]]);
    check("print(string.gsub(\"abc\", \"%w*\", \"-\"))", [
      ["5.1 5.2", "--\t2\n"],
      ["5.3 5.4 5.5", "-\t1\n"],
    ]);
    check("print(string.gsub(\"abc d\", \"%w*\", \"-\"))", [
      ["5.1 5.2", "-- --\t4\n"],
      ["5.3 5.4 5.5", "- -\t2\n"],
    ]);
    check("print(string.gsub(\"hello world\", \"o*\", \"x\"))", [
      ["5.1 5.2", "xhxexlxlxx xwxxrxlxdx\t12\n"],
      ["5.3 5.4 5.5", "xhxexlxlx xwxrxlxdx\t10\n"],
    ]);
    check("print(string.gsub(\"hello\", \".\", {h = \"H\", l = false, o = 1.5}))", [["5.1 5.2 5.3 5.4 5.5", "Hell1.5\t5\n"]]);
    check("print(string.gsub(\"hello\", \".\", function(c) if c == \"l\" then return nil end return c:upper() end))", [["5.1 5.2 5.3 5.4 5.5", "HEllO\t5\n"]]);
    check("print(string.gsub(\"hello\", \"(l)(l)\", function(a, b) return b .. a .. \"!\" end))", [["5.1 5.2 5.3 5.4 5.5", "hell!o\t1\n"]]);
    check("print(string.gsub(\"hello\", \"()l\", function(i) return i end))", [["5.1 5.2 5.3 5.4 5.5", "he34o\t2\n"]]);
    check("print(string.gsub(\"hello\", \"l\", \"%%\"))", [["5.1 5.2 5.3 5.4 5.5", "he%%o\t2\n"]]);
    check("print(string.gsub(\"hello world\", \"o\", \"x\", 1))", [["5.1 5.2 5.3 5.4 5.5", "hellx world\t1\n"]]);
    check("print(string.gsub(\"hello world\", \"o\", \"x\", 0))", [["5.1 5.2 5.3 5.4 5.5", "hello world\t0\n"]]);
    check("print(string.gsub(\"hello world\", \"^h\", \"H\"), string.gsub(\"hello world\", \"^o\", \"H\"))", [["5.1 5.2 5.3 5.4 5.5", "Hello world\thello world\t0\n"]]);
    check("print(string.gsub(\"abc\", \"$\", \"!\"), string.gsub(\"abc\", \"^\", \"!\"))", [["5.1 5.2 5.3 5.4 5.5", "abc!\t!abc\t1\n"]]);
    check("print(string.gsub(\"\", \"\", \"x\"), string.gsub(\"\", \".\", \"x\"))", [["5.1 5.2 5.3 5.4 5.5", "x\t\t0\n"]]);
    check("print(string.gsub(\"abc\", \"b\", 12), string.gsub(12321, 2, 9))", [["5.1 5.2 5.3 5.4 5.5", "a12c\t19391\t2\n"]]);
    check("print(string.gsub(\"abc\", \"%w\", \"%1\"))", [["5.1 5.2 5.3 5.4 5.5", "abc\t3\n"]]);
    check("print(pcall(string.gsub, \"abc\", \"b\", \"%2\"))", [
      ["5.1 5.2", "false\tinvalid capture index\n"],
      ["5.3 5.4 5.5", "false\tinvalid capture index %2\n"],
    ]);
    check("print(pcall(string.gsub, \"abc\", \"(b)\", \"%2\"))", [
      ["5.1 5.2", "false\tinvalid capture index\n"],
      ["5.3 5.4 5.5", "false\tinvalid capture index %2\n"],
    ]);
    check("print(pcall(string.gsub, \"abc\", \"b\", \"%x\"))", [
      ["5.1", "true\taxc\t1\n"],
      ["5.2 5.3 5.4 5.5", "false\tinvalid use of '%' in replacement string\n"],
    ]);
    check("print(pcall(function() local s = string.gsub(\"abc\", \"b\", \"%\") return s:byte(1, -1) end))", [
      ["5.1", "true\t97\t0\t99\n"],
      ["5.2 5.3 5.4 5.5", "false\t(command line):1: invalid use of '%' in replacement string\n"],
    ]);
    check("print(pcall(string.gsub, \"abc\", \"b\", true))", [
      ["5.1", "false\tbad argument #3 to '?' (string/function/table expected)\n"],
      ["5.2 5.3", "false\tbad argument #3 to 'string.gsub' (string/function/table expected)\n"],
      ["5.4 5.5", "false\tbad argument #3 to 'string.gsub' (string/function/table expected, got boolean)\n"],
    ]);
    check("print(pcall(string.gsub, \"abc\", \"b\"))", [
      ["5.1", "false\tbad argument #3 to '?' (string/function/table expected)\n"],
      ["5.2 5.3", "false\tbad argument #3 to 'string.gsub' (string/function/table expected)\n"],
      ["5.4 5.5", "false\tbad argument #3 to 'string.gsub' (string/function/table expected, got no value)\n"],
    ]);
    check("print(pcall(string.gsub, \"abc\", \"b\", function() return {} end))", [["5.1 5.2 5.3 5.4 5.5", "false\tinvalid replacement value (a table)\n"]]);
    check("print(pcall(string.gsub, \"abc\", \"b\", {b = {}}))", [["5.1 5.2 5.3 5.4 5.5", "false\tinvalid replacement value (a table)\n"]]);
    check("print(pcall(string.gsub, \"abc\", \".\", \"x\", -1))", [
      ["5.1 5.3 5.4 5.5", "true\tabc\t0\n"],
      ["5.2", "true\txxx\t3\n"],
    ]);
    check("print(pcall(string.gsub, \"abc\", \".\", \"x\", 1.5))", [
      ["5.1 5.2", "true\txbc\t1\n"],
      ["5.3 5.4 5.5", "false\tbad argument #4 to 'string.gsub' (number has no integer representation)\n"],
    ]);
    check("print(string.gsub(\"abc\", \"(.)\", setmetatable({}, {__index = function(t, k) return k:upper() end})))", [["5.1 5.2 5.3 5.4 5.5", "ABC\t3\n"]]);
    check("print(string.gsub(\"x^2+y^2\", \"%^\", \"**\"))", [["5.1 5.2 5.3 5.4 5.5", "x**2+y**2\t2\n"]]);
    check("print(string.format(\"%d %5d %-5d| %05d %+d % d\", 42, 42, 42, 42, 42, 42))", [["5.1 5.2 5.3 5.4 5.5", "42    42 42   | 00042 +42  42\n"]]);
    check("print(string.format(\"%.3d|%8.3d|%.0d|%x|%X|%o|%#x|%#o\", 7, 7, 0, 255, 255, 8, 255, 8))", [["5.1 5.2 5.3 5.4 5.5", "007|     007||ff|FF|10|0xff|010\n"]]);
    check("print(string.format(\"%i %u %c%c\", 12, 12, 76, 117))", [["5.1 5.2 5.3 5.4 5.5", "12 12 Lu\n"]]);
    check("print(string.format(\"%e|%E|%.3e|%10.2e\", 12345.678, 0.000123, 1, -5))", [["5.1 5.2 5.3 5.4 5.5", "1.234568e+04|1.230000E-04|1.000e+00| -5.00e+00\n"]]);
    check("print(string.format(\"%f|%.2f|%10.3f|%-10.1f|%+f\", 3.14159, 2.5, -1.5, 0.05, 1))", [["5.1 5.2 5.3 5.4 5.5", "3.141590|2.50|    -1.500|0.1       |+1.000000\n"]]);
    check("print(string.format(\"%.0f %.0f %.0f %.0f %.1f %.2f\", 0.5, 1.5, 2.5, 3.5, 0.25, 0.125))", [["5.1 5.2 5.3 5.4 5.5", "0 2 2 4 0.2 0.12\n"]]);
    check("print(string.format(\"%g|%G|%.3g|%g|%g|%g|%#g\", 100000, 1e20, 3.14159, 1e-5, 0.0001, 123456789, 1))", [["5.1 5.2 5.3 5.4 5.5", "100000|1E+20|3.14|1e-05|0.0001|1.23457e+08|1.00000\n"]]);
    check("print(string.format(\"%#.3g|%.3g|%#.1g|%g\", 999.5, 999.5, 9.5, 0.5))", [["5.1 5.2 5.3 5.4 5.5", "1.e+03|1e+03|1.e+01|0.5\n"]]);
    check("print(string.format(\"%.3e|%.3e|%.0e\", 12345, 12355, 25))", [["5.1 5.2 5.3 5.4 5.5", "1.234e+04|1.236e+04|2e+01\n"]]);
    check("print(string.format(\"%.20g|%.17g|%.50f\", 0.1, 1/3, 1/3))", [["5.1 5.2 5.3 5.4 5.5", "0.10000000000000000555|0.33333333333333331|0.33333333333333331482961625624739099293947219848633\n"]]);
    check("print(string.format(\"%.99f\", 1):len(), string.format(\"%099d\", 7):len())", [["5.1 5.2 5.3 5.4 5.5", "101\t99\n"]]);
    check("print(string.format(\"%5.1f|%-8g|%08.3f|%e\", 1/0, -1/0, -1/0, 1/0))", [["5.1 5.2 5.3 5.4 5.5", "  inf|-inf    |    -inf|inf\n"]]);
    check("print(string.format(\"%s|%10s|%-10s|%.2s|%5.1s\", \"abc\", \"abc\", \"abc\", \"abc\", \"abc\"))", [["5.1 5.2 5.3 5.4 5.5", "abc|       abc|abc       |ab|    a\n"]]);
    check("print(string.format(\"%s %s\", 12, 12.5), string.format(\"%d\", \"10\"), string.format(\"%x\", \"255\"))", [["5.1 5.2 5.3 5.4 5.5", "12 12.5\t10\tff\n"]]);
    check("print(string.format(\"%s\", setmetatable({}, {__tostring = function() return \"TT\" end})))", [["5.2 5.3 5.4 5.5", "TT\n"]]);
    check("print(pcall(string.format, \"%d\", \"x\"))", [
      ["5.1", "false\tbad argument #2 to '?' (number expected, got string)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #2 to 'string.format' (number expected, got string)\n"],
    ]);
    check("print(pcall(string.format, \"%d\"))", [
      ["5.1", "false\tbad argument #2 to '?' (no value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #2 to 'string.format' (no value)\n"],
    ]);
    check("print(pcall(string.format, \"%s %s\", 1))", [
      ["5.1", "false\tbad argument #3 to '?' (no value)\n"],
      ["5.2 5.3 5.4 5.5", "false\tbad argument #3 to 'string.format' (no value)\n"],
    ]);
    check("print(pcall(string.format, \"%y\", 1))", [
      ["5.1 5.2 5.3", "false\tinvalid option '%y' to 'format'\n"],
      ["5.4 5.5", "false\tinvalid conversion '%y' to 'format'\n"],
    ]);
    check("print(pcall(string.format, \"%\", 1))", [
      ["5.1", "false\tinvalid option '%' to 'format'\n"],
      ["5.2", "false\tinvalid option '%\u0000' to 'format'\n"],
      ["5.3", "false\tinvalid option '%<\\0>' to 'format'\n"],
      ["5.4 5.5", "false\tinvalid conversion '%' to 'format'\n"],
    ]);
    check("print(pcall(string.format, \"%F\", 1))", [
      ["5.1 5.2 5.3", "false\tinvalid option '%F' to 'format'\n"],
      ["5.4 5.5", "false\tinvalid conversion '%F' to 'format'\n"],
    ]);
    check("print(pcall(string.format, \"%10.3q\", \"x\"))", [
      ["5.1 5.2 5.3", "true\t\"x\"\n"],
      ["5.4 5.5", "false\tspecifier '%q' cannot have modifiers\n"],
    ]);
    check("print(pcall(string.format, \"%100d\", 1))", [
      ["5.1 5.2 5.3", "false\tinvalid format (width or precision too long)\n"],
      ["5.4 5.5", "false\tinvalid conversion specification: '%100d'\n"],
    ]);
    check("print(pcall(string.format, \"%.100f\", 1))", [
      ["5.1 5.2 5.3", "false\tinvalid format (width or precision too long)\n"],
      ["5.4 5.5", "false\tinvalid conversion specification: '%.100f'\n"],
    ]);
    check("print(pcall(string.format, \"%-+ #0-d\", 1))", [
      ["5.1 5.2 5.3", "false\tinvalid format (repeated flags)\n"],
      ["5.4 5.5", "false\tinvalid conversion specification: '%-+ #0-d'\n"],
    ]);
    check("print(pcall(string.format, \"%*d\", 5, 1))", [
      ["5.1 5.2 5.3", "false\tinvalid option '%*' to 'format'\n"],
      ["5.4 5.5", "false\tinvalid conversion '%*' to 'format'\n"],
    ]);
    check("print(pcall(string.format, \"%d\", 3.5))", [
      ["5.1 5.2", "true\t3\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.format' (number has no integer representation)\n"],
    ]);
    check("print(pcall(string.format, \"%d\", 2^63))", [
      ["5.1", "true\t-9223372036854775808\n"],
      ["5.2", "false\tbad argument #2 to 'string.format' (not a number in proper range)\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.format' (number has no integer representation)\n"],
    ]);
    check("print(pcall(string.format, \"%x\", -1))", [
      ["5.1 5.3 5.4 5.5", "true\tffffffffffffffff\n"],
      ["5.2", "false\tbad argument #2 to 'string.format' (not a non-negative number in proper range)\n"],
    ]);
    check("print(pcall(string.format, \"%c\", 256))", [
      ["5.1", "true\t\n"],
      ["5.2 5.3 5.4 5.5", "true\t\u0000\n"],
    ]);
    check("print(pcall(string.format, \"%a\", 1))", [
      ["5.1", "false\tinvalid option '%a' to 'format'\n"],
      ["5.2 5.3 5.4 5.5", "true\t0x1p+0\n"],
    ]);
    check("print(pcall(string.format, \"%s\", nil))", [
      ["5.1", "false\tbad argument #2 to '?' (string expected, got nil)\n"],
      ["5.2 5.3 5.4 5.5", "true\tnil\n"],
    ]);
    check("print(pcall(string.format, \"%s\", \"a\\0b\"))", [
      ["5.1 5.2", "true\ta\n"],
      ["5.3 5.4 5.5", "true\ta\u0000b\n"],
    ]);
    check("print(pcall(string.format, \"%10s\", \"a\\0b\"))", [
      ["5.1 5.2", "true\t         a\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.format' (string contains zeros)\n"],
    ]);
    check("print(string.format(\"%q\", \"a\\nb\\0c\\\"d\\\\e\\r\\t\\1\\0012\\127\\255\") == '\"a\\\\\\nb\\\\0c\\\\\"d\\\\\\\\e\\\\13\\\\9\\\\1\\\\0012\\\\127\\255\"')", [
      ["5.1", "false\n"],
      ["5.2 5.3 5.4 5.5", "true\n"],
    ]);
    check("print(string.format(\"%q\", \"a\\nb\\0c\\\"d\\\\e\\r\\t\\1\"))", [
      ["5.1", "\"a\\\nb\\000c\\\"d\\\\e\\r\t\u0001\"\n"],
      ["5.2 5.3 5.4 5.5", "\"a\\\nb\\0c\\\"d\\\\e\\13\\9\\1\"\n"],
    ]);
    check("print(string.format(\"%q\", 1), string.format(\"%q\", 1.5), string.format(\"%q\", -1))", [
      ["5.1 5.2", "\"1\"\t\"1.5\"\t\"-1\"\n"],
      ["5.3 5.4 5.5", "1\t0x1.8p+0\t-1\n"],
    ]);
    check("print(pcall(string.format, \"%q\", {}))", [
      ["5.1", "false\tbad argument #2 to '?' (string expected, got table)\n"],
      ["5.2", "false\tbad argument #2 to 'string.format' (string expected, got table)\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.format' (value has no literal form)\n"],
    ]);
    check("print(pcall(string.format, \"%q\", nil))", [
      ["5.1", "false\tbad argument #2 to '?' (string expected, got nil)\n"],
      ["5.2", "false\tbad argument #2 to 'string.format' (string expected, got nil)\n"],
      ["5.3 5.4 5.5", "true\tnil\n"],
    ]);
    check("print(pcall(string.format, \"%q\", 1/0))", [
      ["5.1 5.2", "true\t\"inf\"\n"],
      ["5.3", "true\tinf\n"],
      ["5.4 5.5", "true\t1e9999\n"],
    ]);
    check("print(string.format(\"%q\", 0.1), string.format(\"%q\", 2^63))", [
      ["5.1 5.2", "\"0.1\"\t\"9.2233720368548e+18\"\n"],
      ["5.3 5.4 5.5", "0x1.999999999999ap-4\t0x1p+63\n"],
    ]);
    check("print(string.format(\"%q\", math.mininteger or 0), string.format(\"%q\", math.maxinteger or 0))", [
      ["5.1 5.2", "\"0\"\t\"0\"\n"],
      ["5.3 5.4 5.5", "0x8000000000000000\t9223372036854775807\n"],
    ]);
    check("print(string.format(\"%a|%A|%.3a|%a|%a\", 1, 255.5, 1/3, 0, -0.1))", [["5.2 5.3 5.4 5.5", "0x1p+0|0X1.FFP+7|0x1.555p-2|0x0p+0|-0x1.999999999999ap-4\n"]]);
    check("print(string.format(\"%.0a|%.1a|%#a|%20.10a|%010a\", 1.5, 1.96875, 1, -3.3, 1.5))", [["5.2 5.3 5.4 5.5", "0x2p+0|0x2.0p+0|0x1.p+0|  -0x1.a666666666p+1|0x001.8p+0\n"]]);
    check("print(string.format(\"%a\", 2^-1074), string.format(\"%.3a\", 2^-1070))", [["5.2 5.3 5.4 5.5", "0x0.0000000000001p-1022\t0x0.000p-1022\n"]]);
    check("print(string.format(\"%-5c|%5c|\", 65, 66))", [["5.1 5.2 5.3 5.4 5.5", "A    |    B|\n"]]);
    check("print(string.format(\"[%-5x|%5X|%-#8o|%#.3o|%#.0o]\", 10, 10, 8, 8, 0))", [["5.1 5.2 5.3 5.4 5.5", "[a    |    A|010     |010|0]\n"]]);
    check("print(string.format(\"%+.3e|% .0e|%#.0e|%#.0f\", 1.5, 2.5, 3, 4))", [["5.1 5.2 5.3 5.4 5.5", "+1.500e+00| 2e+00|3.e+00|4.\n"]]);
    check("print(string.format(\"%.3f\", 1e300):sub(1, 10), #string.format(\"%.3f\", 1e300))", [["5.1 5.2 5.3 5.4 5.5", "1000000000\t305\n"]]);
    check("print(string.format(\"%s\", string.rep(\"a\\0\", 60)) == string.rep(\"a\\0\", 60))", [["5.1 5.2 5.3 5.4 5.5", "true\n"]]);
    check("print(pcall(string.format, \"%p\", 1))", [
      ["5.1 5.2 5.3", "false\tinvalid option '%p' to 'format'\n"],
      ["5.4 5.5", "true\t(null)\n"],
    ]);
    check("print(string.format(\"%-10.3s|\", \"abcdef\"), string.format(\"%.0s|\", \"abc\"))", [["5.1 5.2 5.3 5.4 5.5", "abc       |\t|\n"]]);
    check("print(string.format(\"%d%%\", 50), string.format(\"abc\"), string.format(\"%s\", \"%d\"))", [["5.1 5.2 5.3 5.4 5.5", "50%\tabc\t%d\n"]]);
    check("print(pcall(string.dump, print))", [
      ["5.1 5.2 5.3 5.4", "false\tunable to dump given function\n"],
      ["5.5", "false\tbad argument #1 to 'string.dump' (Lua function expected)\n"],
    ]);
    check("print(pcall(string.dump))", [
      ["5.1", "false\tbad argument #1 to '?' (function expected, got no value)\n"],
      ["5.2 5.3 5.4", "false\tbad argument #1 to 'string.dump' (function expected, got no value)\n"],
      ["5.5", "false\tbad argument #1 to 'string.dump' (Lua function expected)\n"],
    ]);
    check("print(string.dump(function() end):sub(1, 4) == \"\\27Lua\")", [["5.1 5.2 5.3 5.4 5.5", "true\n"]]);
    check("print(pcall(string.pack, \"i4\", 1))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "true\t\u0001\u0000\u0000\u0000\n"],
    ]);
    check("print(string.packsize(\"i4\"), string.packsize(\"i1i4\"), string.packsize(\"!i1i4\"), string.packsize(\"d\"), string.packsize(\"c10\"), string.packsize(\"\"))", [["5.3 5.4 5.5", "4\t5\t8\t8\t10\t0\n"]]);
    check("print(string.packsize(\"b h i l j\"), string.packsize(\"f d n\"), string.packsize(\"<!8 b d\"))", [["5.3 5.4 5.5", "23\t20\t16\n"]]);
    check("print(string.unpack(\"<i4\", string.pack(\"<i4\", -123456)))", [["5.3 5.4 5.5", "-123456\t5\n"]]);
    check("print(string.unpack(\">I2\", \"\\1\\2\"), string.unpack(\"<I2\", \"\\1\\2\"))", [["5.3 5.4 5.5", "258\t513\t3\n"]]);
    check("print(string.unpack(\"z\", \"hello\\0rest\"), string.unpack(\"s1\", \"\\3abcdef\"))", [["5.3 5.4 5.5", "hello\tabc\t5\n"]]);
    check("print(string.unpack(\"c3\", \"abcdef\"), string.unpack(\"c3\", \"abcdef\", 4))", [["5.3 5.4 5.5", "abc\tdef\t7\n"]]);
    check("print(string.unpack(\"bB\", \"\\255\\255\"))", [["5.3 5.4 5.5", "-1\t255\t3\n"]]);
    check("print(string.unpack(\">!4 i1 i4\", string.pack(\">!4 i1 i4\", 1, 2)))", [["5.3 5.4 5.5", "1\t2\t9\n"]]);
    check("print(string.pack(\">i2\", 258) == \"\\1\\2\", string.pack(\"<i2\", 258) == \"\\2\\1\", #string.pack(\"!8 b d\", 1, 2))", [["5.3 5.4 5.5", "true\ttrue\t16\n"]]);
    check("print(string.unpack(\"<d\", string.pack(\"<d\", 1.5)), string.unpack(\"<f\", string.pack(\"<f\", 0.5)))", [["5.3 5.4 5.5", "1.5\t0.5\t5\n"]]);
    check("print(string.unpack(\"<i16\", string.pack(\"<i16\", -2)), string.unpack(\"<I9\", string.pack(\"<I9\", 5)))", [["5.3 5.4 5.5", "-2\t5\t10\n"]]);
    check("print(pcall(string.packsize, \"s\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #1 to 'string.packsize' (variable-length format)\n"],
    ]);
    check("print(pcall(string.packsize, \"z\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #1 to 'string.packsize' (variable-length format)\n"],
    ]);
    check("print(pcall(string.pack, \"i17\", 1))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tintegral size (17) out of limits [1,16]\n"],
    ]);
    check("print(pcall(string.pack, \"i0\", 1))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tintegral size (0) out of limits [1,16]\n"],
    ]);
    check("print(pcall(string.pack, \"b\", 200))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.pack' (integer overflow)\n"],
    ]);
    check("print(pcall(string.pack, \"B\", -1))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.pack' (unsigned overflow)\n"],
    ]);
    check("print(pcall(string.pack, \"z\", \"a\\0b\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.pack' (string contains zeros)\n"],
    ]);
    check("print(pcall(string.pack, \"s1\", (\"x\"):rep(300)))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.pack' (string length does not fit in given size)\n"],
    ]);
    check("print(pcall(string.pack, \"c2\", \"abc\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.pack' (string longer than given size)\n"],
    ]);
    check("print(pcall(string.pack, \"i4\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.pack' (number expected, got nil)\n"],
    ]);
    check("print(pcall(string.pack, \"i4\", 1.5))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.pack' (number has no integer representation)\n"],
    ]);
    check("print(pcall(string.pack, \"y\", 1))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tinvalid format option 'y'\n"],
    ]);
    check("print(pcall(string.pack, \"!3 i4\", 1))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #1 to 'string.pack' (format asks for alignment not power of 2)\n"],
    ]);
    check("print(pcall(string.pack, \"Xz\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #1 to 'string.pack' (invalid next option for option 'X')\n"],
    ]);
    check("print(pcall(string.unpack, \"i4\", \"abc\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #2 to 'string.unpack' (data string too short)\n"],
    ]);
    check("print(pcall(string.unpack, \"z\", \"abc\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3", "true\tabc\t5\n"],
      ["5.4 5.5", "false\tbad argument #2 to 'string.unpack' (unfinished string for format 'z')\n"],
    ]);
    check("print(pcall(string.unpack, \"i4\", \"abcd\", 10))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\tbad argument #3 to 'string.unpack' (initial position out of string)\n"],
    ]);
    check("print(pcall(string.unpack, \"i4\", \"\\1\\0\\0\\0\", -100))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3", "false\tbad argument #3 to 'string.unpack' (initial position out of string)\n"],
      ["5.4 5.5", "true\t1\t5\n"],
    ]);
    check("print(pcall(string.unpack, \"<I9\", \"\\1\\0\\0\\0\\0\\0\\0\\0\\1\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4 5.5", "false\t9-byte integer does not fit into Lua Integer\n"],
    ]);
    check("print(pcall(string.packsize, \"c2147483647c1\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3 5.4", "false\tinvalid format option '7'\n"],
      ["5.5", "true\t2147483648\n"],
    ]);
    check("print(pcall(string.pack, \"\\1\"))", [
      ["5.1 5.2", "false\tattempt to call a nil value\n"],
      ["5.3", "false\tinvalid format option '<\\1>'\n"],
      ["5.4 5.5", "false\tinvalid format option '\u0001'\n"],
    ]);
    check("print(getmetatable(\"\").__index == string, (\"x\"):rep(2))", [["5.1 5.2 5.3 5.4 5.5", "true\txx\n"]]);
    check("print(pcall(function() local a = \"10\" return a + 1, a * \"2\", -a, a // 3, a % 3, a ^ 2, a / 4 end))", [["5.4 5.5", "true\t11\t20\t-10\t3\t1\t100.0\t2.5\n"]]);
    check("print(pcall(function() local a = \"x\" local b = a + 1 return b end))", [["5.4 5.5", "false\t(command line):1: attempt to add a 'string' with a 'number'\n"]]);
    check("print(pcall(function() local a = \"0x10\" local b = a + 0 return b end))", [["5.4 5.5", "true\t16\n"]]);
    check("print(pcall(function() local a = {} local b = \"1\" + a return b end))", [["5.4 5.5", "false\t(command line):1: attempt to add a 'string' with a 'table'\n"]]);
    check("print(getmetatable(\"\").__add and getmetatable(\"\").__add(\"1\", \"2\"))", [
      ["5.1 5.2 5.3", "nil\n"],
      ["5.4 5.5", "3\n"],
    ]);
    check("print(pcall(function() local a = \"10\" local b = a // 0 return b end))", [["5.4 5.5", "false\tattempt to divide by zero\n"]]);
    check("local t = {} for k in pairs(string) do t[#t+1] = k end table.sort(t) print(table.concat(t, \" \"))", [
      ["5.1", "byte char dump find format gfind gmatch gsub len lower match rep reverse sub upper\n"],
      ["5.2", "byte char dump find format gmatch gsub len lower match rep reverse sub upper\n"],
      ["5.3 5.4 5.5", "byte char dump find format gmatch gsub len lower match pack packsize rep reverse sub unpack upper\n"],
    ]);
    check("local t = {} for k in pairs(getmetatable(\"\")) do t[#t+1] = k end table.sort(t) print(table.concat(t, \" \"))", [
      ["5.1 5.2 5.3", "__index\n"],
      ["5.4 5.5", "__add __div __idiv __index __mod __mul __pow __sub __unm\n"],
    ]);
  });

  describe('limits and the instruction budget', () => {
    it('stops deep patterns with "pattern too complex" instead of overflowing the JS stack', () => {
      expect(run('5.4', 'print(pcall(string.find, ("a"):rep(20000), ("a?"):rep(20000)))')).to.equal('false\tpattern too complex\n');
      expect(run('5.1', 'print(pcall(string.find, ("a"):rep(20000), ("a?"):rep(20000)))')).to.equal('false\tpattern too complex\n');
    });
    it('charges the work of matching, rep and format to the instruction budget', () => {
      const vm = new LuaVM('5.4', {
        write: () => undefined, writeErr: () => undefined, flush: () => undefined, readStdin: () => '', readFile: () => '',
        warn: () => undefined,
      });
      vm.openLibs();
      const used = (code: string): number => {
        vm.rt.setBudget(1e12);
        vm.call(vm.load(code, '=t'));
        return 1e12 - vm.rt.budgetRemaining();
      };
      expect(used('local s = ("a"):rep(3000) return s:find(".-b")')).to.be.greaterThan(100000);
      expect(used('local s = ("a"):rep(300) return s:find("a*a*b")')).to.be.greaterThan(100000);
      expect(used('return #("x"):rep(1e7)')).to.be.greaterThan(100000);
      expect(used('return #string.format("%99d", 1)')).to.be.greaterThan(90);
      expect(used('return 1')).to.be.lessThan(100);
    });
    it('refuses huge results before building them', () => {
      expect(run('5.4', 'print(pcall(string.rep, "x", 2^31))')).to.equal('false\tresulting string too large\n');
      expect(run('5.5', 'print(pcall(string.rep, "x", 2^40))')).to.equal('false\tnot enough memory\n');
      expect(run('5.1', 'print(pcall(string.rep, "xx", 2^30))')).to.equal('false\tnot enough memory\n');
    });
    it('dumps Lua functions with a recognisable header', () => {
      expect(run('5.4', 'local d = string.dump(function(a) return a end) print(d:sub(1, 9) == "\\27LuaLuna\\0", #d > 20)')).to.equal('true\ttrue\n');
    });
  });
});

import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('string');
