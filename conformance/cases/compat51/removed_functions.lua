-- dialects: 5.1 5.2 5.3 5.4 5.5
-- functions present only in some dialects: report type, then use when available
local names = {
  "loadstring", "unpack", "setfenv", "getfenv", "module", "gcinfo", "newproxy", "rawlen", "warn",
  "math.mod", "math.pow", "math.ldexp", "math.frexp", "math.cosh", "math.sinh", "math.tanh", "math.log10",
  "math.atan2", "math.type", "math.tointeger", "math.ult", "math.maxinteger",
  "table.getn", "table.setn", "table.maxn", "table.foreach", "table.foreachi", "table.pack", "table.unpack", "table.move",
  "string.gfind", "string.pack", "string.unpack", "string.packsize",
  "bit32", "utf8", "coroutine.isyieldable", "coroutine.close", "coroutine.running",
  "package.loaders", "package.searchers", "package.seeall", "package.searchpath",
  "debug.getfenv", "debug.setfenv", "debug.upvalueid", "debug.upvaluejoin", "debug.setcstacklimit",
  "debug.getuservalue", "debug.setuservalue", "os.exit", "io.popen",
}
for _, n in ipairs(names) do
  local v = _G
  for part in n:gmatch("[^.]+") do v = type(v) == "table" and v[part] or nil end
  print(n, type(v))
end
if math.mod then print(math.mod(7, 3), math.mod(-7, 3)) end
if table.getn then print(table.getn({1, 2, 3}), pcall(table.getn)) end
if table.maxn then print(table.maxn({1, 2, [10] = 3, [1.5] = 4}), table.maxn({})) end
if string.gfind then local r = {} for w in string.gfind("a b c", "%a") do r[#r + 1] = w end print(table.concat(r)) end
if math.pow then print(math.pow(2, 10)) end
if math.ldexp then print(math.ldexp(1, 4), math.frexp(8)) end
if math.log10 then print(math.log10(1000)) end
if table.foreach then table.foreach({10}, print) end
if table.foreachi then table.foreachi({"a"}, print) end
if table.setn then print(pcall(table.setn, {}, 3)) end
