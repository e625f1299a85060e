-- dialects: 5.1 5.2 5.3 5.4 5.5
-- bitwise operators: float/string operands, errors and shift edge cases
local loadstr = loadstring or load
local function ev(src)
  local f = loadstr("return " .. src)
  if not f then return "syntax error" end
  local ok, v = pcall(f)
  if not ok then return "error: " .. tostring(v) end
  return tostring(v)
end
local exprs = {
  "3 & 5", "3 | 5", "3 ~ 5", "~0", "~5", "1 << 4", "256 >> 4",
  "3.0 & 1", "2^53 | 0", "2^63 | 0", "-2^63 | 0", "1.5 | 0", "1e100 & 1",
  "'3' & 1", "'3.0' | 0", "'0x10' | 0", "'1.5' | 0", "'abc' | 0", "{} | 1",
  "nil & 1", "1 << 63", "1 << 64", "1 << -1", "-1 >> 1", "-1 >> 63", "-1 >> 64",
  "-1 << 70", "5 >> -2", "1 << 62 << 1", "3 ~ 3", "(-1) ~ 0", "0xFF ~ 0x0F",
  "1 | 2 ~ 3 & 4", "1 << 2 + 1", "~-1", "- ~1", "~~7", "5 & 2.0",
  "math.maxinteger & -1", "math.mininteger >> 1", "math.huge | 0", "(0/0) | 0",
}
for _, e in ipairs(exprs) do print(e, ev(e)) end
