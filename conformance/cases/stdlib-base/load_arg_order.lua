-- dialects: 5.1 5.2 5.3 5.4 5.5
-- load and loadstring: which argument is checked first (mode, then chunk name, then the chunk),
-- numbers as chunks, the reader not called when an argument is wrong, and 5.1 asking the reader
-- again when its first piece ends the chunk
local ld = load
local ls = loadstring or load
local calls = 0
local function reader() calls = calls + 1 return nil end
local function try(f, ...) local r = { pcall(f, ...) } print(r[1], type(r[2]) == "function" and "<function>" or r[2], r[3]) end
try(function() return ls() end)
try(function() return ls(nil) end)
try(function() return ls(42) end)
try(function() return ls({}) end)
try(function() return ls("return 1", {}) end)
try(function() return ld() end)
try(function() return ld(nil) end)
try(function() return ld({}) end)
try(function() return ld({}, {}) end)
try(function() return ld(reader, {}) end)
try(function() return ld(reader, "name", {}) end)
try(function() return ld({}, "name", {}) end)
print("reader calls", calls)
print(ls == ld)
local n = 0
local f = ld(function() n = n + 1 return nil end)
print(n, f and select('#', f()))
local seq = {{"", "return 5"}, {"", "", "return 6"}, {"return 1", "", "+ 1"}, {nil, "return 7"}, {"", nil, "return 8"}, {"return 9"}}
for _, p in ipairs(seq) do
  local i = 0
  local g, err = ld(function() i = i + 1 return p[i] end)
  print(i, g and g(), err)
end
