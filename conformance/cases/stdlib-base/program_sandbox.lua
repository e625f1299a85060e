-- dialects: 5.2 5.3 5.4 5.5
-- sandboxed execution with load(..., env): whitelisted globals, instruction limits via hooks
local function sandbox(src, limit)
  local env = {print = print, tostring = tostring, pairs = pairs, ipairs = ipairs, math = {floor = math.floor}, string = {format = string.format}}
  local f, err = load(src, "=sandbox", "t", env)
  if not f then return false, "compile: " .. err end
  local count = 0
  debug.sethook(function() count = count + 1 if count > (limit or 1000) then error("instruction limit", 0) end end, "", 100)
  local res = table.pack(pcall(f))
  debug.sethook()
  return table.unpack(res, 1, res.n)
end
print(sandbox("return 1 + 2"))
print(sandbox("x = 5 return x, _ENV.x"))
print(sandbox("return os"))
print(sandbox("return io.open('x')"))
print(sandbox("return string.format('%d', math.floor(2.7))"))
print(sandbox("return string.rep('x', 3)"))
print(sandbox("while true do end", 50))
print(sandbox("local t = {} for i = 1, 10 do t[i] = i end return #t"))
print(sandbox("return load"))
print(sandbox("syntax error here"))
print(sandbox("return getmetatable('').__index.rep('y', 2)"))
print(sandbox("error('custom')"))
print(sandbox("error({})") == false)
