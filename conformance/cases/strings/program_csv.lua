-- dialects: 5.1 5.2 5.3 5.4 5.5
-- CSV parsing with quoted fields, embedded commas/quotes/newlines, and re-encoding
local function parseLine(line)
  local fields, pos = {}, 1
  while true do
    if line:sub(pos, pos) == '"' then
      local value, i = "", pos + 1
      while true do
        local c = line:sub(i, i)
        if c == "" then error("unterminated quote at " .. pos) end
        if c == '"' then
          if line:sub(i + 1, i + 1) == '"' then value = value .. '"' i = i + 2
          else i = i + 1 break end
        else value = value .. c i = i + 1 end
      end
      fields[#fields + 1] = value
      pos = i
    else
      local s, e = line:find(",", pos, true)
      fields[#fields + 1] = line:sub(pos, (s or #line + 1) - 1)
      pos = s or #line + 1
    end
    if line:sub(pos, pos) == "," then pos = pos + 1 else break end
  end
  return fields
end
local function encode(fields)
  local out = {}
  for i, f in ipairs(fields) do
    if f:find('[,"\n]') then f = '"' .. f:gsub('"', '""') .. '"' end
    out[i] = f
  end
  return table.concat(out, ",")
end
local rows = {'a,b,c', '"quoted, comma",plain,"say ""hi"""', ',,', '"",x,""', 'single', '"multi\nline",2'}
for _, r in ipairs(rows) do
  local f = parseLine(r)
  local shown = {}
  for i, v in ipairs(f) do shown[i] = "[" .. v:gsub("\n", "\\n") .. "]" end
  print(#f, table.concat(shown, " "), encode(f) == r)
end
print(pcall(parseLine, '"open'))
