-- dialects: 5.1 5.2 5.3 5.4 5.5
-- the generic for: iterator, state and control values, extra values, stopping on nil, errors
local function iter(state, ctrl)
  if ctrl < state then return ctrl + 1, ctrl * 10 end
end
for i, v in iter, 3, 0 do io.write(i, ":", v, " ") end
print()
local calls = {}
local function spy(s, c)
  calls[#calls + 1] = tostring(s) .. "/" .. tostring(c)
  if c == nil then return 1 elseif c < 3 then return c + 1 end
end
for i in spy, "st" do end
print(table.concat(calls, " "))
for a, b, c, d in function(_, k) if not k then return 1, 2, 3, 4 end end do print(a, b, c, d) end
for a, b in function(_, k) if not k then return 1 end end do print(a, b) end
local f, s, c = pairs({})
print(type(f), type(s), c)
for k, v in next, { "only" } do print(k, v) end
local count = 0
for _ in function() count = count + 1 if count <= 2 then return false end end do end
print("false stops?", count)
count = 0
for x in function() count = count + 1 if count <= 2 then return count end return nil end do io.write(x, " ") end
print()
local function try(fn) local ok, e = pcall(fn) print(ok, e) end
try(function() for x in 42 do end end)
try(function() for x in nil do end end)
try(function() for x in {} do end end)
try(function() local t = {} for x in t.iter do end end)
try(function() for x in function() error("iter fail") end do end end)
local ran = {}
for i, v in ipairs({ "a", "b", "c" }) do
  ran[#ran + 1] = v
  if v == "b" then break end
end
print(table.concat(ran))
local t = { 1, 2, 3 }
local seen = {}
for i, v in ipairs(t) do
  seen[#seen + 1] = v
  if i == 1 then t[4] = 4 end
end
print(table.concat(seen, ","))
local clo = 0
local closer = setmetatable({}, { __close = function() clo = clo + 1 end })
local ok = pcall(function()
  for x in function(_, k) if not k then return 1 end end, nil, nil, closer do end
end)
print(ok, clo)
