-- dialects: 5.1 5.2 5.3 5.4 5.5
-- generic for: stateless and stateful iterators, extra values, errors
local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end
end
local t = {}
for v in range(4) do t[#t + 1] = v end
print(table.concat(t, " "))
local function iter(s, c) if c < s then return c + 1, c * c end end
for a, b in iter, 3, 0 do io.write(a, ":", b, " ") end print()
for a, b, c, d in function(_, x) if not x then return 1, 2 end end do print(a, b, c, d) end
local keys = {}
for k in pairs({a = 1, b = 2, c = 3}) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys))
for k, v in next, {"x"} do print(k, v) end
print(pcall(function() for x in 5 do end end))
print(pcall(function() for x in nil do end end))
print(pcall(function() for x in {} do end end))
print(pcall(function() local t = {} for x in t.iter do end end))
local calls = {}
local function tracing(state, ctrl)
  calls[#calls + 1] = tostring(state) .. "/" .. tostring(ctrl)
  if ctrl < 3 then return ctrl + 1 end
end
for _ in tracing, "S", 0 do end
print(table.concat(calls, " "))
local function chars(s)
  return function(str, i) i = i + 1 if i <= #str then return i, str:sub(i, i) end end, s, 0
end
for i, c in chars("abc") do io.write(i, c, " ") end print()
local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i, i * 2) end end)
for a, b in co do io.write(a, "-", b, " ") end print()
local words = {}
for w in ("the quick brown fox"):gmatch("%a+") do words[#words + 1] = w:upper() end
print(table.concat(words, ","))
local ct = setmetatable({}, {__call = function(self, s, c) if c < 2 then return c + 1 end end})
print(pcall(function() local r = {} for v in ct, nil, 0 do r[#r + 1] = v end return #r end))
for i, v in ipairs({1, 2, nil, 4}) do io.write(i, " ") end print()
local nested = {}
for i in range(2) do for j in range(2) do nested[#nested + 1] = i .. j end end
print(table.concat(nested, " "))
local early = 0
for v in range(100) do early = v if v == 5 then break end end
print(early)
