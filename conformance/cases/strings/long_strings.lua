-- dialects: 5.1 5.2 5.3 5.4 5.5
-- long brackets: levels, leading newline, no escapes, embedded brackets
local a = [[
first line
second]]
print(a, #a)
local b = [==[
]] inside ]=] still inside ]==]
print(b)
print([[\n is not an escape]], #[[\n]])
print([[]] == "", #[[

]])
local c = [=[a[[b]]c]=]
print(c)
print([[
]] == "")
print(#[[
x]], #[[x
]])
local d = [[line1
line2
line3]]
local n = 0
for _ in d:gmatch("\n") do n = n + 1 end
print(n)
print([==[]=]==], [=[]]=])
local s = [[tab	inside]]
print(s:find("\t"))
print(type([[x]]), [[a]] .. [[b]])
local load = loadstring or load
print(load("return [[\r\nx]]")() == "x", #load("return [[\r\nx]]")())
print(#load("return [[a\r\nb]]")(), #load("return [[a\n\rb]]")(), #load("return [[a\r\rb]]")())
print(load("return [==[ unfinished ]=]") == nil)
-- comment forms
--[[ a long
comment ]] print("after long comment")
--[==[ another
]] still comment ]==] print("after level-2 comment")
---[[ not a long comment
print("line comment trick")
--]]
local load = loadstring or load
local function try(src)
  local f, err = load(src)
  if f then return "ok", f() end
  return "error"
end
print(try("return [[a]]"))
print(try("return [=[a]=]"))
print(try("return [==[a]==]"))
print(try("return [=[a]]"))
print(try("return [ [a]]"))
print(try("return [[a\\]]"))
print(try("return #[=[\n\n\n]=]"))
print(try("--[[ unfinished comment\nreturn 1"))
print(try("--[==[ x ]==] return 2"))
print(try("return [[ [[ nested ]]"))
