-- dialects: 5.1 5.2 5.3 5.4 5.5
-- reserved words cannot be used with dot syntax or as names, but work as string keys
local kws = {"and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
  "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while", "global"}
local load = loadstring or load
for _, k in ipairs(kws) do
  local asField = load("local t = {} t." .. k .. " = 1 return t." .. k)
  local asName = load("local " .. k .. " = 1 return " .. k)
  local asKey = load("local t = {['" .. k .. "'] = 1} return t['" .. k .. "']")
  print(k, asField and "field-ok" or "field-err", asName and "name-ok" or "name-err", asKey and asKey() or "key-err")
end
