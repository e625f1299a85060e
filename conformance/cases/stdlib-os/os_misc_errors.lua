-- dialects: 5.1 5.2 5.3 5.4 5.5
-- os.getenv, os.remove/os.rename failures (messages from strerror), os.clock and os.difftime types
print(os.getenv("LUNA_CONFORMANCE_SURELY_UNSET_VARIABLE"), type(os.getenv("PATH")))
print(pcall(os.getenv))
print(pcall(os.getenv, 42))
print(os.remove("surely_missing_file_for_luna_conformance.txt"))
print(os.rename("surely_missing_file_for_luna_conformance.txt", "other_name_for_luna.txt"))
print(pcall(os.remove))
print(pcall(os.rename, "a"))
print(type(os.clock()), os.clock() >= 0)
local c1 = os.clock()
local x = 0
for i = 1, 100000 do x = x + i end
print(os.clock() >= c1, x)
print(os.difftime(os.time(), os.time() - 10) >= 10)
print(type(os.tmpname))
print(os.execute and type(os.execute) or "none")
print(pcall(os.exit, "bad"))
