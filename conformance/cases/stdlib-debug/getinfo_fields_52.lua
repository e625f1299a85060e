-- dialects: 5.2 5.3 5.4 5.5
-- getinfo nparams/isvararg/istailcall/nups, getlocal of varargs, "r" transfer info in 5.4+
local function v(a, b, ...) return debug.getinfo(1, "u") end
local i = v()
print(i.nparams, i.isvararg, i.nups)
local function nv(a) return debug.getinfo(1, "u") end
i = nv()
print(i.nparams, i.isvararg)
print(debug.getinfo(print, "u").isvararg, debug.getinfo(print, "u").nparams)
local function va(...) return debug.getlocal(1, -1), debug.getlocal(1, -2), debug.getlocal(1, -3) end
print(va("x", "y"))
local function tail() return debug.getinfo(1, "t").istailcall end
local function callsTail() return tail() end
local function callsNormal() local r = tail() return r end
print(callsTail(), callsNormal())
local info = debug.getinfo(1, "S")
print(info.what, info.source:sub(1, 1), info.short_src)
local fi = debug.getinfo(v, "S")
print(fi.linedefined, fi.lastlinedefined, fi.what)
print(debug.getinfo(print, "S").what, debug.getinfo(print, "S").short_src, debug.getinfo(print, "S").linedefined)
local ok, r = pcall(debug.getinfo, 1, "r")
print(ok, ok and r.ftransfer, ok and r.ntransfer)
