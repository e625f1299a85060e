-- dialects: 5.1 5.2 5.3 5.4 5.5
-- which operand's arithmetic metamethod runs, argument order, and string arithmetic
local log = {}
local function mm(tag) return function(a, b)
  log[#log + 1] = tag .. "(" .. (type(a) == "table" and a.n or tostring(a)) .. "," .. (type(b) == "table" and b.n or tostring(b)) .. ")"
  return tag
end end
local L = setmetatable({ n = "L" }, { __add = mm("L+"), __sub = mm("L-"), __mul = mm("L*") })
local R = setmetatable({ n = "R" }, { __add = mm("R+"), __div = mm("R/") })
local function flush(...)
  local t, n = { ... }, select("#", ...)
  for i = 1, n do t[i] = tostring(t[i]) end
  print(table.concat(t, " ", 1, n) .. " | " .. table.concat(log, " "))
  log = {}
end
flush(L + R)
flush(R + L)
flush(L + 1)
flush(1 + L)
flush(L - R)
flush(R - L)
flush(pcall(function() return R * 2 end))
flush(2 * L)
flush(L / R)
flush(pcall(function() return L / 2 end))
flush("3" + L)
flush(L + "3")
flush(pcall(function() return R - {} end))
local sm = getmetatable("")
print(type(sm.__add), type(sm.__unm), type(sm.__concat), type(sm.__lt))
local loadstr = loadstring or load
local function ev(src)
  local f = loadstr("return " .. src)
  if not f then return "syntax error" end
  local ok, v = pcall(f)
  return (ok and "" or "error: ") .. tostring(v)
end
for _, e in ipairs({ "'10' + 1", "'10' + '1'", "'0x10' * 2", "'1.5' * 2", "- '2'", "'7' // 2", "'7' % '3'",
  "'2' ^ 3", "'abc' + 1", "'10' + {}", "{} + '10'", "'1' < 2", "'10' & 3", "'3' | '4'", "~'1'" }) do
  print(e, ev(e))
end
