-- dialects: 5.1 5.2 5.3 5.4 5.5
-- whitespace characters, form feeds, vertical tabs, CR/LF mixes, and '#' first lines in load vs file
local load = loadstring or load
local src = "local\ta\f=\v1\r\nreturn\t\ta"
print(load(src)())
print(load("return 1\r\r\n\n+ 1")())
print(load("#!/usr/bin/lua\nreturn 'shebang in load'"))
print(load("return 1 -- comment at end without newline")())
print(load("\n\n\n return debug and debug.getinfo(1, 'l').currentline")())
print(load("return\r\ndebug.getinfo(1, 'l').currentline")())
print(load("return\n\rdebug.getinfo(1, 'l').currentline")())
print(load("return\r\rdebug.getinfo(1, 'l').currentline")())
print(load("\239\187\191return 'bom in load'"))
