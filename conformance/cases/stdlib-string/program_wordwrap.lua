-- dialects: 5.1 5.2 5.3 5.4 5.5
-- text utilities: word wrap, justify, word frequency, title case, and a simple template engine
local text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs away quickly!"
local function wrap(s, width)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    if #line + #word + (#line > 0 and 1 or 0) > width then lines[#lines + 1] = line line = word
    else line = (#line > 0) and (line .. " " .. word) or word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
for i, l in ipairs(wrap(text, 24)) do print(string.format("%2d|%-24s|", i, l)) end
local freq = {}
for w in text:lower():gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w, c in pairs(freq) do words[#words + 1] = w end
table.sort(words, function(a, b) if freq[a] ~= freq[b] then return freq[a] > freq[b] end return a < b end)
for i = 1, 5 do print(words[i], freq[words[i]]) end
print((text:gsub("(%a)([%w]*)", function(a, b) return a:upper() .. b:lower() end)))
local function render(tpl, vars)
  return (tpl:gsub("{{%s*([%w_%.]+)%s*}}", function(key)
    local v = vars
    for part in key:gmatch("[^%.]+") do v = type(v) == "table" and v[part] or nil end
    return v ~= nil and tostring(v) or "{{" .. key .. "}}"
  end))
end
print(render("Hello {{ name }}, you are {{age}} ({{ info.city }}) {{missing}}", {name = "Ana", age = 30, info = {city = "Lisbon"}}))
print(("%-8s|%8s|%08.3f"):format("left", "right", math.pi))
print(("CSV: " .. table.concat({"a", "b c", '"q"'}, ",")):gsub('"', '""'))
