-- dialects: 5.1 5.2 5.3 5.4 5.5
-- call forms: f"str", f[[str]], f{table}, obj:m"x", chained calls, parenthesized results
local function show(...) return select("#", ...), ... end
print(show"literal")
print(show[[long literal]])
print(show{1, 2, 3} == 1)
local obj = {name = "obj"}
function obj:greet(x) return self.name .. " greets " .. tostring(type(x) == "table" and #x or x) end
print(obj:greet"you")
print(obj:greet{1, 2})
print(obj:greet[[long]])
print(("%s-%s"):format("a", "b"))
print(#"abc", ("x"):rep(2))
local function chain() return {call = function() return function(x) return x * 2 end end} end
print(chain().call()(21))
print(type(string.format), string.format("%d", 5))
local function multi() return 1, 2, 3 end
print((multi()))
print(multi(), (multi()))
local t = {multi()}
local u = {(multi())}
print(#t, #u)
print(string.rep("ab", 2):upper())
local s = "method on literal"
print(s:len(), ("lit"):upper(), #"lit")
local f = function(...) return ... end
print(f(f(f(1, 2))))
local nested = {a = {b = {c = function(self) return self == nil end}}}
print(nested.a.b.c(), nested.a.b:c())
print(select("#", (loadstring or load)("return f\n(1)")))
local load = loadstring or load
local amb, err = load("local f = print\nf\n('x')")
print(amb ~= nil, err)
local ok2, err2 = load("x = 1 (print)('y')")
print(ok2 ~= nil, err2)
print(tostring(nil), tostring(1):len())
