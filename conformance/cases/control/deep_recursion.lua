-- dialects: 5.1 5.2 5.3 5.4 5.5
-- timeout: 20
-- deep non-tail recursion within default limits, and mutual recursion through tables
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
local M = {}
function M.even(n) if n == 0 then return true end return M.odd(n - 1) end
function M.odd(n) if n == 0 then return false end return M.even(n - 1) end
print(M.even(10000), M.odd(7777))
local function build(n) if n == 0 then return nil end return {next = build(n - 1), v = n} end
local list = build(5000)
local c, s = 0, 0
while list do c = c + 1 s = s + list.v list = list.next end
print(c, s)
local function sumTree(t) if type(t) ~= "table" then return t end local s = 0 for _, v in ipairs(t) do s = s + sumTree(v) end return s end
local tree = 1
for i = 1, 200 do tree = {tree, i} end
print(sumTree(tree))
local ok = pcall(depth, 150)
print(ok)
