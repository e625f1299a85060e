/**
 * The table library: insert, remove, concat, sort, pack/unpack, move, create and the 5.1 extras.
 * Every expected output below was printed by the official interpreters (lua5.1-lua5.4 of
 * Debian, the reference lua5.5) for the same snippet run with `lua -e`; a snippet lists
 * the output of each group of dialects (177 expectations in all).
 */
import { check } from '../support/snippets.js';

describe('stdlib: table', () => {

  describe('library contents', () => {
    check('local t = {} for k in pairs(table) do t[#t + 1] = k end table.sort(t) print(table.concat(t, " "))', [['5.1', 'concat foreach foreachi getn insert maxn remove setn sort\n'], ['5.2', 'concat insert maxn pack remove sort unpack\n'], ['5.3 5.4', 'concat insert move pack remove sort unpack\n'], ['5.5', 'concat create insert move pack remove sort unpack\n']]);
    check('print(select("#", table.insert({}, 1)), select("#", table.sort({3, 1})))', [['5.1 5.2 5.3 5.4 5.5', '0\t0\n']]);
  });

  describe('insert', () => {
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} table.insert(t, 4) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '1,2,3,4\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} table.insert(t, 1, 0) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '0,1,2,3\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} table.insert(t, 2, 9) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '1,9,2,3\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} table.insert(t, 4, 9) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '1,2,3,9\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {} for i = 1, 5 do table.insert(t, 1, i) end print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '5,4,3,2,1\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} table.insert(t, 2, nil) print(t[1], t[2], t[3], t[4])', [['5.1 5.2 5.3 5.4 5.5', '1\tnil\t2\t3\n']]);
    check('print(pcall(table.insert, {}, 1, 2, 3))', [['5.1 5.2 5.3 5.4 5.5', 'false\twrong number of arguments to \'insert\'\n']]);
    check('print(pcall(table.insert, {}))', [['5.1 5.2 5.3 5.4 5.5', 'false\twrong number of arguments to \'insert\'\n']]);
    check('print(pcall(table.insert, {1, 2}, 5, 3))', [['5.1', 'true\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #2 to \'table.insert\' (position out of bounds)\n']]);
    check('print(pcall(table.insert, {1, 2}, 0, 3))', [['5.1', 'true\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #2 to \'table.insert\' (position out of bounds)\n']]);
    check('print(pcall(table.insert, {1, 2}, -1, 3))', [['5.1', 'true\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #2 to \'table.insert\' (position out of bounds)\n']]);
    check('print(pcall(table.insert, nil, 3))', [['5.1', 'false\tbad argument #1 to \'?\' (table expected, got nil)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'table.insert\' (table expected, got nil)\n']]);
    check('print(pcall(table.insert, "abc", 3))', [['5.1', 'false\tbad argument #1 to \'?\' (table expected, got string)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'table.insert\' (table expected, got string)\n']]);
    check('print(pcall(table.insert, {1, 2}, 1.5, 3))', [['5.1 5.2', 'true\n'], ['5.3 5.4 5.5', 'false\tbad argument #2 to \'table.insert\' (number has no integer representation)\n']]);
    check('print(pcall(table.insert, {1, 2}, "x", 3))', [['5.1', 'false\tbad argument #2 to \'?\' (number expected, got string)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #2 to \'table.insert\' (number expected, got string)\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2} table.insert(t, "2", 9) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '1,9,2\n']]);
    check('local t = {1, 2} print(pcall(function() table.insert(t, 5, 3) end)) print(t[5])', [['5.1', 'true\n3\n'], ['5.2 5.3 5.4 5.5', 'false\t(command line):1: bad argument #2 to \'insert\' (position out of bounds)\nnil\n']]);
    check('table.insert(nil, 1)', [['5.2 5.3 5.4 5.5', 'error: (command line):1: bad argument #1 to \'insert\' (table expected, got nil)\n']]);
    check('print(pcall(function() table.insert(nil, 1) end))', [['5.1 5.2 5.3 5.4 5.5', 'false\t(command line):1: bad argument #1 to \'insert\' (table expected, got nil)\n']]);
    check('local t = {1} print(pcall(function() t:insert(2) end))', [['5.1 5.2', 'false\t(command line):1: attempt to call method \'insert\' (a nil value)\n'], ['5.3 5.4 5.5', 'false\t(command line):1: attempt to call a nil value (method \'insert\')\n']]);
  });

  describe('remove', () => {
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} print(table.remove(t), show(t))', [['5.1 5.2 5.3 5.4 5.5', '3\t1,2\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} print(table.remove(t, 1), show(t))', [['5.1 5.2 5.3 5.4 5.5', '1\t2,3\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3} print(table.remove(t, 2), show(t))', [['5.1 5.2 5.3 5.4 5.5', '2\t1,3\n']]);
    check('local t = {1, 2, 3} print(table.remove(t, 4), #t)', [['5.1 5.2 5.3 5.4 5.5', 'nil\t3\n']]);
    check('print(pcall(table.remove, {1, 2, 3}, 5))', [['5.1', 'true\n'], ['5.2 5.3 5.4', 'false\tbad argument #1 to \'table.remove\' (position out of bounds)\n'], ['5.5', 'false\tbad argument #2 to \'table.remove\' (position out of bounds)\n']]);
    check('print(pcall(table.remove, {1, 2, 3}, 0))', [['5.1', 'true\n'], ['5.2 5.3 5.4', 'false\tbad argument #1 to \'table.remove\' (position out of bounds)\n'], ['5.5', 'false\tbad argument #2 to \'table.remove\' (position out of bounds)\n']]);
    check('print(pcall(table.remove, {1, 2, 3}, -1))', [['5.1', 'true\n'], ['5.2 5.3 5.4', 'false\tbad argument #1 to \'table.remove\' (position out of bounds)\n'], ['5.5', 'false\tbad argument #2 to \'table.remove\' (position out of bounds)\n']]);
    check('print(pcall(table.remove, {}, 0))', [['5.1', 'true\n'], ['5.2 5.3 5.4 5.5', 'true\tnil\n']]);
    check('print(pcall(table.remove, {}, -1))', [['5.1', 'true\n'], ['5.2 5.3 5.4', 'false\tbad argument #1 to \'table.remove\' (position out of bounds)\n'], ['5.5', 'false\tbad argument #2 to \'table.remove\' (position out of bounds)\n']]);
    check('print(pcall(table.remove, {}, 1))', [['5.1', 'true\n'], ['5.2 5.3 5.4 5.5', 'true\tnil\n']]);
    check('print(pcall(table.remove, {}, 2))', [['5.1', 'true\n'], ['5.2 5.3 5.4', 'false\tbad argument #1 to \'table.remove\' (position out of bounds)\n'], ['5.5', 'false\tbad argument #2 to \'table.remove\' (position out of bounds)\n']]);
    check('print(select("#", table.remove({})))', [['5.1', '0\n'], ['5.2 5.3 5.4 5.5', '1\n']]);
    check('print(pcall(table.remove, {}, 1.5))', [['5.1', 'true\n'], ['5.2', 'true\tnil\n'], ['5.3 5.4 5.5', 'false\tbad argument #2 to \'table.remove\' (number has no integer representation)\n']]);
    check('print(pcall(table.remove, "x"))', [['5.1', 'false\tbad argument #1 to \'?\' (table expected, got string)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'table.remove\' (table expected, got string)\n']]);
    check('local t = {n = 1} print(table.remove(t), t.n)', [['5.1 5.2 5.3 5.4 5.5', 'nil\t1\n']]);
    check('local t = {} for i = 1, 10 do t[i] = i end local s = 0 while #t > 0 do s = s * 2 + table.remove(t, 1) end print(s, #t, next(t))', [['5.1 5.2 5.3 5.4 5.5', '2036\t0\tnil\n']]);
    check('local t = {} for i = 1, 10 do t[i] = i end local s = 0 while #t > 0 do s = s * 2 + table.remove(t) end print(s, #t, next(t))', [['5.1 5.2 5.3 5.4 5.5', '9217\t0\tnil\n']]);
    check('local t = {"a", "b", "c"} t[0] = "z" print(table.remove(t, 0), t[0], #t)', [['5.1', 'nil\tz\t3\n'], ['5.2 5.3 5.4', 'error: (command line):1: bad argument #1 to \'remove\' (position out of bounds)\n'], ['5.5', 'error: (command line):1: bad argument #2 to \'remove\' (position out of bounds)\n']]);
  });

  describe('concat', () => {
    check('print(table.concat({1, 2, 3}), table.concat({1, 2, 3}, ", "), table.concat({}, "x"))', [['5.1 5.2 5.3 5.4 5.5', '123\t1, 2, 3\t\n']]);
    check('print(table.concat({"a", "b", "c"}, "", 2), table.concat({"a", "b", "c"}, "-", 2, 3), table.concat({"a"}, "x", 1, 1))', [['5.1 5.2 5.3 5.4 5.5', 'bc\tb-c\ta\n']]);
    check('print(table.concat({1.5, 2, -0.25}, " "), table.concat({1, 2}, 3))', [['5.1 5.2 5.3 5.4 5.5', '1.5 2 -0.25\t132\n']]);
    check('print(table.concat({2^52, 10 / 2, 1e100}, " "))', [['5.1 5.2', '4.5035996273705e+15 5 1e+100\n'], ['5.3 5.4', '4.5035996273705e+15 5.0 1e+100\n']]);
    check('print(table.concat({"a", "b"}, "x", 3), table.concat({"a", "b"}, "x", 2, 1))', [['5.1 5.2 5.3 5.4 5.5', '\t\n']]);
    check('print(pcall(table.concat, {1, {}, 3}))', [['5.1 5.2 5.3 5.4 5.5', 'false\tinvalid value (table) at index 2 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))', [['5.1 5.2 5.3 5.4 5.5', 'false\tinvalid value (nil) at index 2 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, {true}))', [['5.1 5.2 5.3 5.4 5.5', 'false\tinvalid value (boolean) at index 1 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, {}, ",", 1, 2))', [['5.1 5.2 5.3 5.4 5.5', 'false\tinvalid value (nil) at index 1 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, "abc"))', [['5.1', 'false\tbad argument #1 to \'?\' (table expected, got string)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'table.concat\' (table expected, got string)\n']]);
    check('print(pcall(table.concat, {}, {}))', [['5.1', 'false\tbad argument #2 to \'?\' (string expected, got table)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #2 to \'table.concat\' (string expected, got table)\n']]);
    check('print(pcall(table.concat, {}, "", "x"))', [['5.1', 'false\tbad argument #3 to \'?\' (number expected, got string)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #3 to \'table.concat\' (number expected, got string)\n']]);
    check('print(pcall(table.concat, {}, "", 2^32 + 5, 2^32 + 5))', [['5.1 5.2 5.3', 'false\tinvalid value (nil) at index 5 in table for \'concat\'\n'], ['5.4 5.5', 'false\tinvalid value (nil) at index 4294967301 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, {}, "", -3, -3))', [['5.1 5.2 5.3 5.4 5.5', 'false\tinvalid value (nil) at index -3 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, {}, "", 2.5, 3))', [['5.3 5.4 5.5', 'false\tbad argument #3 to \'table.concat\' (number has no integer representation)\n']]);
    check('print(pcall(table.concat, {}, ",", math.maxinteger - 1, math.maxinteger))', [['5.3', 'false\tinvalid value (nil) at index -2 in table for \'concat\'\n'], ['5.4 5.5', 'false\tinvalid value (nil) at index 9223372036854775806 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, {[math.mininteger] = "a"}, ",", math.mininteger, math.mininteger))', [['5.3 5.4 5.5', 'true\ta\n']]);
    check('local t = {} for i = 1, 100 do t[i] = i % 10 end print(table.concat(t))', [['5.1 5.2 5.3 5.4 5.5', '1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890\n']]);
  });

  describe('sort', () => {
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {5, 2, 8, 1, 9, 3} table.sort(t) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '1,2,3,5,8,9\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {5, 2, 8, 1, 9, 3} table.sort(t, function(a, b) return a > b end) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '9,8,5,3,2,1\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {"banana", "apple", "Cherry", "date", "apple2", ""} table.sort(t) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', ',Cherry,apple,apple2,banana,date\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {3.5, 1, -2, 2.25, 1e10, -1e-3} table.sort(t) print(show(t))', [['5.1 5.2', '-2,-0.001,1,2.25,3.5,10000000000\n'], ['5.3 5.4 5.5', '-2,-0.001,1,2.25,3.5,10000000000.0\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {3, 1, 2} table.sort(t) print(show(t)) t = {2, 1} table.sort(t) print(show(t))', [['5.1 5.2 5.3 5.4 5.5', '1,2,3\n1,2\n']]);
    check('print(pcall(table.sort, {1, "x", 2}))', [['5.1 5.2 5.3 5.4 5.5', 'false\tattempt to compare string with number\n']]);
    check('print(pcall(table.sort, {{}, {}}))', [['5.1 5.2 5.3 5.4 5.5', 'false\tattempt to compare two table values\n']]);
    check('print(pcall(table.sort, {1, 2, 3, 4}, function(a, b) error("boom") end))', [['5.1 5.2 5.3 5.4 5.5', 'false\t(command line):1: boom\n']]);
    check('print(pcall(table.sort, {1, 2, 3, 4}, function(a, b) error("boom", 2) end))', [['5.1 5.2 5.3 5.4 5.5', 'false\tboom\n']]);
    check('print(pcall(table.sort, {1, 2}, 3))', [['5.1', 'false\tbad argument #2 to \'?\' (function expected, got number)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #2 to \'table.sort\' (function expected, got number)\n']]);
    check('print(pcall(table.sort, {1}, 3))', [['5.1', 'false\tbad argument #2 to \'?\' (function expected, got number)\n'], ['5.2', 'false\tbad argument #2 to \'table.sort\' (function expected, got number)\n'], ['5.3 5.4 5.5', 'true\n']]);
    check('print(pcall(table.sort, {}, "x"))', [['5.1', 'false\tbad argument #2 to \'?\' (function expected, got string)\n'], ['5.2', 'false\tbad argument #2 to \'table.sort\' (function expected, got string)\n'], ['5.3 5.4 5.5', 'true\n']]);
    check('print(pcall(table.sort, nil))', [['5.1', 'false\tbad argument #1 to \'?\' (table expected, got nil)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'table.sort\' (table expected, got nil)\n']]);
    check('print(pcall(table.sort, {1, 2, 3, 4, 5}, function(a, b) return true end))', [['5.1 5.2 5.3 5.4 5.5', 'false\tinvalid order function for sorting\n']]);
    check('local t = {} for i = 1, 100 do t[i] = (i * 37) % 101 end local n = 0 table.sort(t, function(a, b) n = n + 1 return a < b end) print(n, t[1], t[50], t[100])', [['5.1 5.2 5.3 5.4 5.5', '616\t1\t50\t100\n']]);
    check('local t = {} for i = 1, 200 do t[i] = i % 7 end local n = 0 table.sort(t, function(a, b) n = n + 1 return a < b end) print(n, t[1], t[100], t[200])', [['5.1 5.2 5.3 5.4 5.5', '1436\t0\t3\t6\n']]);
    check('local t = {} for i = 1, 300 do t[i] = 300 - i end local n = 0 table.sort(t, function(a, b) n = n + 1 return a < b end) print(n, t[1], t[300])', [['5.1 5.2 5.3 5.4 5.5', '2929\t0\t299\n']]);
    check('local r = {} for i = 1, 30 do r[i] = {k = (i * 7) % 5, id = i} end table.sort(r, function(a, b) return a.k < b.k end) local o = {} for i = 1, 30 do o[i] = r[i].id end print(table.concat(o, " "))', [['5.1 5.2 5.3 5.4 5.5', '30 10 20 25 5 15 18 3 13 23 28 8 26 6 21 16 1 11 4 9 29 24 14 19 27 22 12 17 2 7\n']]);
    check('for _, n in ipairs({3, 4, 5, 10, 17}) do local a = {} for i = 1, n do a[i] = (i * 13) % n end local c = 0 local ok, e = pcall(table.sort, a, function(x, y) c = c + 1 return true end) print(n, ok, e, c, table.concat(a, ",")) end', [['5.1', '3\ttrue\tnil\t2\t2,0,1\n4\tfalse\tinvalid order function for sorting\t6\t2,3,0,1\n5\tfalse\tinvalid order function for sorting\t7\t4,1,2,0,3\n10\tfalse\tinvalid order function for sorting\t12\t5,6,9,2,7,8,1,4,0,3\n17\tfalse\tinvalid order function for sorting\t19\t15,9,5,1,14,10,6,2,4,11,7,3,16,12,8,0,13\n'], ['5.2', '3\ttrue\tnil\t2\t2,0,1\n4\tfalse\tinvalid order function for sorting\t5\t2,3,0,1\n5\tfalse\tinvalid order function for sorting\t6\t4,1,2,0,3\n10\tfalse\tinvalid order function for sorting\t11\t5,6,9,2,7,8,1,4,0,3\n17\tfalse\tinvalid order function for sorting\t18\t15,9,5,1,14,10,6,2,4,11,7,3,16,12,8,0,13\n'], ['5.3 5.4 5.5', '3\ttrue\tnil\t2\t2,0,1\n4\tfalse\tinvalid order function for sorting\t4\t2,3,0,1\n5\tfalse\tinvalid order function for sorting\t5\t4,1,2,0,3\n10\tfalse\tinvalid order function for sorting\t10\t5,6,9,2,7,8,1,4,0,3\n17\tfalse\tinvalid order function for sorting\t17\t15,9,5,1,14,10,6,2,4,11,7,3,16,12,8,0,13\n']]);
    check('for _, n in ipairs({5, 12, 40}) do local a = {} for i = 1, n do a[i] = 1 end print(n, pcall(table.sort, a, function(x, y) return x <= y end)) end', [['5.1', '5\tfalse\t(command line):1: attempt to compare nil with number\n12\tfalse\t(command line):1: attempt to compare nil with number\n40\tfalse\t(command line):1: attempt to compare nil with number\n'], ['5.2 5.3 5.4 5.5', '5\tfalse\tinvalid order function for sorting\n12\tfalse\tinvalid order function for sorting\n40\tfalse\tinvalid order function for sorting\n']]);
    check('local mt = {__lt = function(a, b) return a.v < b.v end} local o = {} for i = 1, 10 do o[i] = setmetatable({v = (i * 3) % 10}, mt) end table.sort(o) local r = {} for i = 1, 10 do r[i] = o[i].v end print(table.concat(r, " "))', [['5.1 5.2 5.3 5.4 5.5', '0 1 2 3 4 5 6 7 8 9\n']]);
    check('print(pcall(function() table.sort({3, 2, 1}, function(a, b) return a.x < b end) end))', [['5.1 5.2', 'false\t(command line):1: attempt to index local \'a\' (a number value)\n'], ['5.3 5.4 5.5', 'false\t(command line):1: attempt to index a number value (local \'a\')\n']]);
  });

  describe('pack and unpack', () => {
    check('local t = table.pack(1, nil, 3, nil) print(t.n, t[1], t[2], t[3], t[4])', [['5.2 5.3 5.4 5.5', '4\t1\tnil\t3\tnil\n']]);
    check('print(table.pack().n, next(table.pack(), nil))', [['5.2 5.3 5.4 5.5', '0\tn\t0\n']]);
    check('print(table.unpack({1, 2, 3}))', [['5.2 5.3 5.4 5.5', '1\t2\t3\n']]);
    check('print(table.unpack({1, 2, 3}, 2))', [['5.2 5.3 5.4 5.5', '2\t3\n']]);
    check('print(table.unpack({1, 2, 3}, -1, 1))', [['5.2 5.3 5.4 5.5', 'nil\tnil\t1\n']]);
    check('print(select("#", table.unpack({}, 1, 3)))', [['5.2 5.3 5.4 5.5', '3\n']]);
    check('print(pcall(table.unpack, {}, 1, 1e8))', [['5.2 5.3 5.4 5.5', 'false\ttoo many results to unpack\n']]);
    check('print(pcall(table.unpack, {}, math.mininteger, math.maxinteger))', [['5.3 5.4 5.5', 'false\ttoo many results to unpack\n']]);
  });

  describe('move', () => {
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3, 4, 5} table.move(t, 2, 4, 1) print(show(t))', [['5.3 5.4 5.5', '2,3,4,4,5\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = {1, 2, 3, 4, 5} table.move(t, 1, 3, 3) print(show(t))', [['5.3 5.4 5.5', '1,2,1,2,3\n']]);
    check('local function show(t, n) local o = {} for i = 1, (n or #t) do o[i] = tostring(t[i]) end return table.concat(o, ",") end\nlocal t = table.move({1, 2, 3}, 1, 3, 1, {}) print(show(t))', [['5.3 5.4 5.5', '1,2,3\n']]);
    check('local t = table.move({1, 2, 3}, 1, 3, -1) print(t[-1], t[0], t[1], t[2], t[3])', [['5.3 5.4 5.5', '1\t2\t3\t2\t3\n']]);
    check('local t = table.move({1, 2}, 1, 2, math.maxinteger - 1) print(t[math.maxinteger - 1], t[math.maxinteger])', [['5.3 5.4 5.5', '1\t2\n']]);
    check('local t = table.move({[math.maxinteger - 1] = "a", [math.maxinteger] = "b"}, math.maxinteger - 1, math.maxinteger, 1) print(t[1], t[2])', [['5.3 5.4 5.5', 'a\tb\n']]);
    check('local a = {} print(table.move({1}, 1, 0, 1, a) == a, select("#", table.move({}, 2, 1, 3)))', [['5.3 5.4 5.5', 'true\t1\n']]);
    check('print(pcall(table.move, {}, 1, 2, math.maxinteger))', [['5.3 5.4 5.5', 'false\tbad argument #4 to \'table.move\' (destination wrap around)\n']]);
    check('print(pcall(table.move, {}, math.mininteger, -1, 1))', [['5.3 5.4 5.5', 'false\tbad argument #3 to \'table.move\' (too many elements to move)\n']]);
    check('print(pcall(table.move, {}, 0, math.maxinteger, 1))', [['5.3 5.4 5.5', 'false\tbad argument #3 to \'table.move\' (too many elements to move)\n']]);
    check('print(pcall(table.move, {}, 1.5, 2, 1))', [['5.3 5.4 5.5', 'false\tbad argument #2 to \'table.move\' (number has no integer representation)\n']]);
    check('print(pcall(table.move, {}, 1, 2, 1, "x"))', [['5.3 5.4 5.5', 'false\tbad argument #5 to \'table.move\' (table expected, got string)\n']]);
    check('print(pcall(table.move, {}, 1, 2))', [['5.3 5.4 5.5', 'false\tbad argument #4 to \'table.move\' (number expected, got no value)\n']]);
    check('print(pcall(table.move, 1, 1, 2, 3))', [['5.3 5.4 5.5', 'false\tbad argument #1 to \'table.move\' (table expected, got number)\n']]);
  });

  describe('metamethods (5.3+)', () => {
    check('local log = {} local st = {10, 20, 30} local p = setmetatable({}, {__index = function(_, k) log[#log + 1] = "g" .. k return st[k] end, __newindex = function(_, k, v) log[#log + 1] = "s" .. k .. "=" .. tostring(v) st[k] = v end, __len = function() log[#log + 1] = "#" return 3 end}) table.insert(p, 1, 5) print(table.concat(log, " "))', [['5.3 5.4 5.5', '# g3 s4=30 g2 s3=20 g1 s2=10 s1=5\n']]);
    check('local log = {} local st = {10, 20, 30} local p = setmetatable({}, {__index = function(_, k) log[#log + 1] = "g" .. k return st[k] end, __newindex = function(_, k, v) log[#log + 1] = "s" .. k .. "=" .. tostring(v) st[k] = v end, __len = function() log[#log + 1] = "#" return 3 end}) print(table.remove(p, 1), table.concat(log, " "))', [['5.3 5.4 5.5', '10\t# g1 g2 s1=20 g3 s2=30 s3=nil\n']]);
    check('local log = {} local st = {10, 20, 30} local p = setmetatable({}, {__index = function(_, k) log[#log + 1] = "g" .. k return st[k] end, __len = function() return 3 end}) print(table.concat(p, ","), table.concat(log, " "))', [['5.3 5.4 5.5', '10,20,30\tg1 g2 g3\n']]);
    check('local log = {} local st = {3, 1, 2, 5, 4} local p = setmetatable({}, {__index = function(_, k) log[#log + 1] = "g" .. k return st[k] end, __newindex = function(_, k, v) log[#log + 1] = "s" .. k st[k] = v end, __len = function() return 5 end}) table.sort(p) print(table.concat(st, ","), table.concat(log, " "))', [['5.3 5.4 5.5', '1,2,3,4,5\tg1 g5 g3 g1 s3 s1 g3 g4 s3 s4 g2 g3 g3 g2 s4 s3 g4 g5 s4 s5 g1 g2 s1 s2\n']]);
    check('local p = setmetatable({}, {__index = function(_, i) return i * 2 end, __len = function() return 4 end}) print(table.concat(p, "-"), table.unpack(p))', [['5.3 5.4 5.5', '2-4-6-8\t2\t4\t6\t8\n']]);
    check('print(pcall(table.insert, setmetatable({}, {__len = function() return 2.5 end}), 1))', [['5.2', 'true\n'], ['5.3 5.4 5.5', 'false\tobject length is not an integer\n']]);
    check('print(pcall(table.insert, setmetatable({}, {__len = function() return "x" end}), 1))', [['5.2', 'false\tobject length is not a number\n'], ['5.3 5.4 5.5', 'false\tobject length is not an integer\n']]);
    check('print(pcall(table.concat, setmetatable({}, {__len = function() return "2" end})))', [['5.2 5.3 5.4 5.5', 'false\tinvalid value (nil) at index 1 in table for \'concat\'\n']]);
    check('print(pcall(table.concat, setmetatable({}, {})))', [['5.3 5.4 5.5', 'true\t\n']]);
    check('print(pcall(table.sort, setmetatable({}, {__len = function() return 2^31 end, __index = function() return 1 end, __newindex = function() end})))', [['5.3 5.4 5.5', 'false\tbad argument #1 to \'table.sort\' (array too big)\n']]);
    check('local t = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end}) table.insert(t, 5) print(t[1])', [['5.1 5.2', '5\n'], ['5.3 5.4 5.5', '10\n']]);
    check('local t = setmetatable({1, 2}, {__len = function() return 10 end}) table.insert(t, "x") print(t[3], t[11])', [['5.1', 'x\tnil\n'], ['5.2 5.3 5.4 5.5', 'nil\tx\n']]);
  });

  describe('5.1 and 5.2 extras', () => {
    check('print(table.maxn({1, 2, [10] = 3, [2.5] = 1, [-5] = 2}), table.maxn({}), table.maxn({[1.5] = true}))', [['5.1 5.2', '10\t0\t1.5\n']]);
    check('print(pcall(table.maxn, 1))', [['5.1', 'false\tbad argument #1 to \'?\' (table expected, got number)\n'], ['5.2', 'false\tbad argument #1 to \'table.maxn\' (table expected, got number)\n']]);
    check('print(table.getn({1, 2, 3}), pcall(table.setn, {}, 3))', [['5.1', '3\tfalse\t\'setn\' is obsolete\n']]);
    check('print(table.foreachi({10, 20, 30}, function(i, v) print(i, v) if v == 20 then return "stop", 2 end end))', [['5.1', '1\t10\n2\t20\nstop\n']]);
    check('print(table.foreach({10, 20}, function(k, v) print(k, v) end))', [['5.1', '1\t10\n2\t20\n\n']]);
    check('print(table.foreach({x = 1}, function(k, v) return false end))', [['5.1', 'false\n']]);
    check('print(pcall(table.foreach, {}, 1)) print(pcall(table.foreachi, {}))', [['5.1', 'false\tbad argument #2 to \'?\' (function expected, got number)\nfalse\tbad argument #2 to \'?\' (function expected, got no value)\n']]);
    check('print(pcall(table.getn, nil))', [['5.1', 'false\tbad argument #1 to \'?\' (table expected, got nil)\n']]);
  });

  describe('create (5.5)', () => {
    check('local t = table.create(10) print(#t, next(t)) t[1] = 1 print(#t)', [['5.5', '0\tnil\n1\n']]);
    check('print(pcall(table.create, -1)) print(pcall(table.create, 2^31)) print(pcall(table.create, 1, -1))', [['5.5', 'false\tbad argument #1 to \'table.create\' (out of range)\nfalse\tbad argument #1 to \'table.create\' (out of range)\nfalse\tbad argument #2 to \'table.create\' (out of range)\n']]);
    check('print(pcall(table.create, "x")) print(pcall(table.create)) print(pcall(table.create, 1.5))', [['5.5', 'false\tbad argument #1 to \'table.create\' (number expected, got string)\nfalse\tbad argument #1 to \'table.create\' (number expected, got no value)\nfalse\tbad argument #1 to \'table.create\' (number has no integer representation)\n']]);
  });
});

import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('table');
