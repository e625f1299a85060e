-- dialects: 5.1 5.2 5.3 5.4 5.5
-- __pairs (5.2+, still honoured in 5.4/5.5) and __ipairs (5.2/5.3 only, deprecated in 5.3)
local log = {}
local t = setmetatable({1, 2, 3, real = true}, {
  __pairs = function(self)
    log[#log + 1] = "__pairs"
    local i = 0
    return function() i = i + 1 if i <= 2 then return "k" .. i, i * 100 end end, self, nil
  end,
  __ipairs = function(self)
    log[#log + 1] = "__ipairs"
    return function(_, i) if i < 2 then return i + 1, "ip" .. (i + 1) end end, self, 0
  end,
})
local out = {}
for k, v in pairs(t) do out[#out + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(out)
print(table.concat(out, " "))
out = {}
for i, v in ipairs(t) do out[#out + 1] = i .. "=" .. tostring(v) end
print(table.concat(out, " "))
print(table.concat(log, ","))
local idx = setmetatable({}, {__index = function(_, i) if i <= 4 then return "v" .. i end end})
out = {}
for i, v in ipairs(idx) do out[#out + 1] = v end
print(#out, table.concat(out, ","))
local pr = setmetatable({}, {__pairs = function(self) return next, {a = 1}, nil end})
for k, v in pairs(pr) do print("pairs via mm", k, v) end
local multi = setmetatable({}, {__pairs = function() return function(s, c) if c == nil then return 1, 2, 3 end end, nil, nil end})
for a, b, c in pairs(multi) do print(a, b, c) end
local ok, r = pcall(function(...) return select(1, pairs(...)) end, setmetatable({}, {__pairs = function() error("pairs mm error") end}))
print(ok, type(r) == "string" and r or type(r))
local f, s, c = pairs(setmetatable({}, {__pairs = function() return 1, 2, 3, 4 end}))
print(type(f), type(s), c)
