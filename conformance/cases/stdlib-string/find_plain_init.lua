-- dialects: 5.1 5.2 5.3 5.4 5.5
-- find/match with init positions, plain searches of magic characters, empty patterns
local s = "a.b*c+d?e[f]g%h"
local function f(...) local r = { pcall(string.find, ...) } for i = 1, #r do r[i] = tostring(r[i]) end print(table.concat(r, " ")) end
f(s, ".", 1, true) f(s, "*", 1, true) f(s, "[f]", 1, true) f(s, "%h", 1, true) f(s, "%", 1, true)
f(s, ".") f(s, "%.") f(s, "[f]") f(s, "%[f%]") f(s, "+", 1, true) f(s, "?", 1, true)
f("hello", "l", 1) f("hello", "l", 4) f("hello", "l", 5) f("hello", "l", 6) f("hello", "l", -1) f("hello", "l", -3)
f("hello", "", 1) f("hello", "", 5) f("hello", "", 6) f("hello", "", 7) f("hello", "", -10) f("", "") f("", "", 2)
f("hello", "lo", 1, true) f("hello", "xyz", 1, true) f("hello", "", 3, true) f("hello", "", 10, true)
f("a\0b", "\0", 1, true) f("a\0b", "%z") f("a\0b", "b", 3, 1) f("aaa", "aa", 2, "yes")
f("hello", "l", 1.0) f("hello", "l", "2") f("hello", "l", 1.5) f("hello") f("hello", nil) f(nil, "x")
f(12345, 3) f(12.5, ".", 1, true) f("x", "x", math.maxinteger or 2^53) f("x", "x", math.mininteger or -2^53)
local function m(...) local r = { pcall(string.match, ...) } for i = 1, #r do r[i] = tostring(r[i]) end print(table.concat(r, " ")) end
m("hello world", "o", 6) m("hello world", "(o)(.)", -4) m("hello", "^l", 3) m("hello", "^(h)", 2) m("key=val", "(%w+)=(%w*)")
m("key=", "(%w+)=(%w*)") m("  x", "^%s*()") m("abc", "((a)(b))") m("abc", "(a(b(c)))") m("", "()") m("abc", "a(.-)c")
