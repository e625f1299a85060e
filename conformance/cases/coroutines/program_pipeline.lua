-- dialects: 5.1 5.2 5.3 5.4 5.5
-- coroutine pipeline: source -> tokenizer -> filter -> sink, with backpressure by resume
local function source(lines)
  return coroutine.wrap(function() for _, l in ipairs(lines) do coroutine.yield(l) end end)
end
local function words(src)
  return coroutine.wrap(function()
    for line in src do for w in line:gmatch("%S+") do coroutine.yield(w) end end
  end)
end
local function only(pred, src)
  return coroutine.wrap(function() for w in src do if pred(w) then coroutine.yield(w) end end end)
end
local function numbered(src)
  return coroutine.wrap(function() local n = 0 for w in src do n = n + 1 coroutine.yield(n, w) end end)
end
local lines = {"alpha beta gamma", "", "delta   epsilon", "zeta eta theta iota"}
for n, w in numbered(only(function(w) return #w > 4 end, words(source(lines)))) do print(n, w) end
local totals = {}
for w in words(source(lines)) do local k = #w totals[k] = (totals[k] or 0) + 1 end
local ks = {}
for k in pairs(totals) do ks[#ks + 1] = k end
table.sort(ks)
for _, k in ipairs(ks) do io.write(k, ":", totals[k], " ") end
print()
local function batch(n, src)
  return coroutine.wrap(function()
    local b = {}
    for v in src do b[#b + 1] = v if #b == n then coroutine.yield(table.concat(b, "+")) b = {} end end
    if #b > 0 then coroutine.yield(table.concat(b, "+")) end
  end)
end
for b in batch(3, words(source(lines))) do print(b) end
