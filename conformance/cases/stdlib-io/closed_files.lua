-- dialects: 5.1 5.2 5.3 5.4 5.5
-- operations on closed files, double close, standard files, io.close variants, file equality
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(io.type(f), f:close(), io.type(f))
for _, m in ipairs({"read", "write", "lines", "seek", "flush", "setvbuf", "close"}) do
  local ok, e = pcall(f[m], f)
  print(m, ok, e)
end
print(pcall(io.close, f))
print(io.type(io.stdout), io.type(io.stdin))
print(pcall(io.stdout.close, io.stdout) )
print(io.type(io.stdout))
f = assert(io.open(name, "r"))
local g = f
print(f == g, io.type(f))
io.close(f)
print(io.type(g))
print(tostring(f))
os.remove(name)
print(pcall(io.type))
print(io.type(nil), io.type({}), io.type("file"))
