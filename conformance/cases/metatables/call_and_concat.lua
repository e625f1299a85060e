-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __call receives the object first; chains of __call; __concat/__len/__unm operands
local callable = setmetatable({ name = "obj" }, { __call = function(self, a, b) return self.name, a, b end })
print(callable(1, 2))
print(callable())
print(pcall(callable, "p"))
local t = { f = callable }
print(t.f("x"))
print(select("#", callable(nil, nil)))
local inner = setmetatable({}, { __call = function(self, ...) return "inner", select("#", ...), rawequal((...), outer), select(2, ...) end })
local outer = setmetatable({}, { __call = inner })
print(pcall(function() return outer("a") end))
local function try(f) local ok, e = pcall(f) print(ok, e) end
try(function() local notcall = setmetatable({}, { __call = 42 }) return notcall() end)
try(function() local x = setmetatable({}, {}) x() end)
local lenobj = setmetatable({ 1, 2, 3 }, { __len = function(self) return "len" end })
print(#lenobj, rawlen and rawlen(lenobj) or #lenobj)
local lenstr = setmetatable({}, { __len = function() return 42, 43 end })
print(#lenstr)
local u = setmetatable({}, { __unm = function(a, b) return rawequal(a, b) and "same" or tostring(b) end })
print(-u)
local ops = setmetatable({}, {
  __add = function(a, b) return "add" end, __sub = function() return "sub" end,
  __mul = function() return "mul" end, __div = function() return "div" end,
  __mod = function() return "mod" end, __pow = function() return "pow" end,
  __concat = function(a, b) return "cat" end,
})
print(ops + 1, 1 - ops, ops * ops, 2 / ops, ops % 3, ops ^ 2, ops .. "x", "x" .. ops, 1 .. ops)
print(pcall(function() return ops < 1 end))
print(pcall(function() return -ops end))
print(pcall(function() return #ops end))
local calllog = {}
local wrapped = setmetatable({}, { __call = function(self, ...) calllog[#calllog + 1] = select("#", ...) return ... end })
print(wrapped(1, nil, 3, nil))
print(calllog[1])
for _, v in ipairs({ wrapped(10, 20) }) do io.write(v, " ") end print()
print(pcall(setmetatable({}, { __call = function(self, x) error("boom " .. x) end }), "y"))
