-- dialects: 5.1 5.2 5.3 5.4 5.5
-- numeric literal forms and their values/subtypes
local mt = math.type or function(x) return type(x) end
local list = {
  3, 345, 0xff, 0xBEBADA, 3.0, 3.1416, 314.16e-2, 0.31416E1, 34e1,
  .5, 5., 5e+2, 5E-2, 0x10, 0XFF, 1e0, 0e0, 00012, 1.50,
}
for i, v in ipairs(list) do io.write(tostring(v), ":", mt(v), " ") end
print()
local load = loadstring or load
local src = {"0x0.1E", "0xA23p-4", "0X1.921FB54442D18P+1", "0x1p-2", "0x.1p4", "0x1P+1",
  "0x7fffffffffffffff", "0x8000000000000000", "0x1ffffffffffffffff", "18446744073709551615",
  "9223372036854775807", "9223372036854775808", "1e400", "-1e400", "0x", "1e", "3..2", "0xg",
  "1.2.3", "08", "1_000", "0b101", "1e+", ".e1", "0x1.", "0x.p1"}
for _, s in ipairs(src) do
  local f = load("return " .. s)
  if f then
    local v = f()
    print(s, tostring(v), mt(v))
  else
    print(s, "invalid")
  end
end
