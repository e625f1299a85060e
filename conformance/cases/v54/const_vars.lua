-- dialects: 5.4 5.5
-- <const> locals: compile-time constants, errors on assignment, use in closures
local N <const> = 10
local S <const> = "str"
local F <const> = 2.5
local T <const> = {1, 2}
print(N, S, F, T[1])
T[1] = 99
print(T[1])
local function useConst() return N * 2, S .. "!" end
print(useConst())
for _, src in ipairs({
  "local x <const> = 1 x = 2",
  "local x <const> = 1 local function f() x = 2 end",
  "local x <const> = 1 x.y = 2",
  "local a, b <const> = 1, 2 a = 3 return a",
  "local a <const>, b = 1, 2 b = 3 return b",
  "local x <const> return x",
  "local x <const> = {} x[1] = 1 return #x",
  "local x <const> = 1 + 2 * 3 return x",
  "local x <const> = 2^53 return x",
  "local x <const> = 'a' .. 'b' return x",
  "local x <const> = nil return x",
  "local x <CONST> = 1",
  "local x < const > = 1 return x",
}) do
  local f, err = load(src, "=c")
  if f then print(src, "ok", pcall(f)) else print(src, err) end
end
print(pcall(function() local x <const> = setmetatable({}, {__index = function() return "idx" end}) return x.any end))
local up <const> = "upvalue const"
local g = function() return up end
print(g())
local errs = 0
local x <const> = 5
print(x + x, -x, x // 2, x / 2)
