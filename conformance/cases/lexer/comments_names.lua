-- dialects: 5.1 5.2 5.3 5.4 5.5
-- comments in odd places, identifiers, keywords as field names, semicolons
local _ = 1 -- trailing comment
local a--[[inline]]=--[==[ another ]==]2
print(a)
local _underscore, CamelCase, with123 = 1, 2, 3
print(_underscore + CamelCase + with123)
local t = {["end"] = 1, ["while"] = 2}
t["and"] = 3
print(t["end"], t["while"], t["and"])
print(#"--not a comment", "--[[ not a comment ]]")
local b = 4 ; print(b) ;
local c = 1 print(c) local d = 2 print(d)
print(1--[[x]]+--[[y]]2)
local x = [=[
--[[ inside a long string ]]
]=]
print(#x)
local s = "a\
b"
print(#s)
local load = loadstring or load
for _, src in ipairs({"return 1 --", "return --[[\n]] 2", "return --[==[ ]] ]==] 3", "return 4 --[[ unterminated",
  "return _", "return __", "return a1b2", "return 1a", "return $x", "return @", "return `x`", "return 'unfinished",
  "return \"line\nbreak\"", "return 5 ; ;", ";;; return 6", "local q = 1;;; return q", "goto = 1", "local goto = 1 return goto", "local global = 2 return global",
  "return .5", "return 3 .. 4", "return 3..4", "return 0x", "return 1e+", "return a.b", "return ~= 1",
  "return !x", "return x != y", "return 1 // 2", "return 1 & 2", "return 'a' 'b'"}) do
  local f, err = load(src, "=lex")
  if f then print(src:gsub("\n", "\\n"), "compiles", pcall(f)) else print((src:gsub("\n", "\\n")), err) end
end
