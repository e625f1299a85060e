-- dialects: 5.1 5.2 5.3 5.4 5.5
-- arithmetic on numeric strings: hex, exponents, whitespace, signs; results and failures
local function try(a, b)
  local ok, r = pcall(function() return a + b end)
  return ok and tostring(r) or "err"
end
local strs = {"10", " 10 ", "0x10", "0X1F", "1e2", "1E+2", ".5", "5.", "-3", "+3", "0x1p4", "1e", "0x", "", " ", "10a", "1_0", "\t7\n", "inf", "nan", "0b1", "- 1", "1 0", "0x-1", "-0x1"}
local out = {}
for _, s in ipairs(strs) do out[#out + 1] = ("%q"):format(s) .. "=" .. try(s, 0) end
print(table.concat(out, " "))
print(try("1", "2"), try("0x10", "0x10"), try(1, "2.5"), try("1e1", 1))
print(pcall(function() return "3" * "4" end))
print(pcall(function() return "2" ^ "3" end))
print(pcall(function() return "7" % "4" end))
print(pcall(function() return -"3" end))
print(pcall(function() return -"x" end))
print(pcall(function() return "10" / "4" end))
