-- dialects: 5.1 5.2 5.3 5.4 5.5
-- chunk names in error messages and tracebacks: "=name", "@file", source strings of various shapes
local load = loadstring or load
local function run(src, name) local f, e = load(src, name) if not f then return "compile: " .. e end local ok, r = pcall(f) return r end
print(run("error('e')", "=custom name"))
print(run("error('e')", "@file.lua"))
print(run("error('e')", "short source"))
print(run("error('e')", "first line\nsecond line"))
print(run("error('e')", ("long"):rep(30)))
print(run("error('e')", ""))
print(run("error('e')", "="))
print(run("error('e')", "@"))
print(run("local x = nil; return x.y", "=idx"))
print(run("\n\nerror('line 3')", "=lines"))
print(run("x = = 1", "=syntax"))
print(run("x = = 1", "@syn.lua"))
print(run("x = = 1", "syntax source"))
print(run("x = 'unfinished", "=str"))
print(run("error('e')"))
print(run("return debug.getinfo(1, 'S').short_src", "=short"))
print(run("return debug.getinfo(1, 'S').short_src", "@some/path/file.lua"))
print(run("return debug.getinfo(1, 'S').short_src", "return 1"))
print(run("return debug.getinfo(1, 'S').source", "=src"))
