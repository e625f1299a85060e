-- dialects: 5.1 5.2 5.3 5.4 5.5
-- call and return hooks of a generic for's iterator (a native)
local out = {}
debug.sethook(function(ev) local i = debug.getinfo(2, "nS") out[#out + 1] = ev .. " " .. tostring(i.name) .. " " .. i.what end, "cr")
for k, v in pairs({a = 1}) do end
for i, v in ipairs({5}) do end
debug.sethook()
for _, l in ipairs(out) do print(l) end
