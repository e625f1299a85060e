-- dialects: 5.1 5.2 5.3 5.4 5.5
-- a small JSON encoder/decoder exercising strings, recursion, sorting and number formatting
local function encode(v, indent)
  local t = type(v)
  if t == "nil" then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then
    if v ~= v or v == 1/0 or v == -1/0 then return "null" end
    if math.floor(v) == v and v > -1e15 and v < 1e15 then return string.format("%d", v) end
    return string.format("%.14g", v)
  elseif t == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c)
      local map = {['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\t"] = "\\t"}
      return map[c] or string.format("\\u%04x", c:byte())
    end) .. '"'
  elseif t == "table" then
    if #v > 0 or next(v) == nil then
      local parts = {}
      for i = 1, #v do parts[i] = encode(v[i]) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = encode(k) .. ":" .. encode(v[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  error("cannot encode " .. t)
end
local function decode(s)
  local pos = 1
  local function ws() pos = s:find("[^ \t\r\n]", pos) or #s + 1 end
  local value
  local function str()
    local out = {}
    pos = pos + 1
    while true do
      local c = s:sub(pos, pos)
      if c == '"' then pos = pos + 1 break end
      if c == "\\" then
        local n = s:sub(pos + 1, pos + 1)
        local map = {n = "\n", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/"}
        if n == "u" then out[#out + 1] = string.char(tonumber(s:sub(pos + 2, pos + 5), 16)) pos = pos + 6
        else out[#out + 1] = map[n] pos = pos + 2 end
      else out[#out + 1] = c pos = pos + 1 end
    end
    return table.concat(out)
  end
  function value()
    ws()
    local c = s:sub(pos, pos)
    if c == "{" then
      local obj = {}
      pos = pos + 1 ws()
      if s:sub(pos, pos) == "}" then pos = pos + 1 return obj end
      repeat
        ws() local k = str() ws() pos = pos + 1
        obj[k] = value() ws()
        local sep = s:sub(pos, pos) pos = pos + 1
      until sep == "}"
      return obj
    elseif c == "[" then
      local arr = {}
      pos = pos + 1 ws()
      if s:sub(pos, pos) == "]" then pos = pos + 1 return arr end
      repeat
        arr[#arr + 1] = value() ws()
        local sep = s:sub(pos, pos) pos = pos + 1
      until sep == "]"
      return arr
    elseif c == '"' then return str()
    elseif s:find("^true", pos) then pos = pos + 4 return true
    elseif s:find("^false", pos) then pos = pos + 5 return false
    elseif s:find("^null", pos) then pos = pos + 4 return nil
    else
      local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", pos)
      pos = pos + #num
      return tonumber(num)
    end
  end
  return value()
end
local data = {name = "Luna", version = 5.4, tags = {"a", "b", "c"}, nested = {x = 1, y = {true, false}}, esc = "q\"\n\t\1", empty = {}}
local js = encode(data)
print(js)
local back = decode(js)
print(back.name, back.version, #back.tags, back.nested.y[1], back.nested.y[2], back.esc == data.esc)
print(encode(back) == js)
print(encode({1, 2.5, -3, 1e20, 0.1, 1/0}))
print(encode("unicode \200 stays"))
print(pcall(encode, {f = print}))
local arr = decode("[1, 2, [3, [4, []]], {\"k\": \"v\"}, -0.5e1]")
print(#arr, arr[3][2][1], arr[4].k, arr[5])
