-- dialects: 5.1 5.2 5.3 5.4 5.5
-- long brackets: levels, first newline skipped, line endings normalised, nesting
local loadstr = loadstring or load
local function show(s) return (s:gsub("[%c]", function(c) return "<" .. c:byte() .. ">" end)) end
local function lit(src)
  local f, err = loadstr("return " .. src)
  if not f then return "syntax error: " .. err end
  return show(f())
end
print(lit("[[abc]]"))
print(lit("[[\nabc]]"))
print(lit("[[\n\nabc]]"))
print(lit("[[\r\nabc]]"))
print(lit("[[\n\rabc]]"))
print(lit("[[a\r\nb\n\rc\rd\ne]]"))
print(lit("[[a\r\rb]]"))
print(lit("[==[a]]b]=]c]==]"))
print(lit("[=[ [[x]] ]=]"))
print(lit("[[ [[x]] ]]"))
print(lit("[[ [=[x]=] ]]"))
print(lit("[[a]"))
print(lit("[=[a]]"))
print(lit("[==[\n]==]"))
print(lit("[[\\n\\t]]"))
print(lit("[[]]"), lit("[=[]=]"))
print(lit("[ [x]]"))
print(lit("[=x]]"))
local f = loadstr("--[==[ comment ]] still\n]==] return 1")
print(f and f())
f = loadstr("--[[ unterminated")
print(f)
print(#[[
]], #[[

]])
