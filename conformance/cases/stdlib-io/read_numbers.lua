-- dialects: 5.1 5.2 5.3 5.4 5.5
-- reading numbers with "n": hex, exponents, signs, invalid prefixes, integer vs float subtype
local name = os.tmpname()
local function readAll(content, count)
  local f = assert(io.open(name, "w"))
  f:write(content)
  f:close()
  f = assert(io.open(name))
  local out = {}
  for i = 1, count do
    local v = f:read("*n")
    out[#out + 1] = tostring(v) .. (math.type and v and (":" .. math.type(v)) or "")
  end
  local rest = f:read("*a")
  f:close()
  return table.concat(out, " ") .. " | rest=" .. string.format("%q", rest)
end
print(readAll("1 2 3", 4))
print(readAll("1.5 -2 +3", 3))
print(readAll("0x1F 0X10 -0x2", 3))
print(readAll("1e3 1E-2 2.5e+1", 3))
print(readAll(".5 5. -.5", 3))
print(readAll("12abc", 2))
print(readAll("abc", 1))
print(readAll("  \n\t 42", 1))
print(readAll("9223372036854775807 9223372036854775808", 2))
print(readAll("1,2", 2))
print(readAll("--1", 1))
print(readAll("0x", 1))
print(readAll("1e", 1))
print(readAll("", 1))
os.remove(name)
