-- dialects: 5.1 5.2 5.3 5.4 5.5
-- every byte value through char/byte, upper/lower, %q round trip, and patterns
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
print(#s, s:byte(1), s:byte(256))
local up, low = s:upper(), s:lower()
local changedUp, changedLow = 0, 0
for i = 1, 256 do
  if up:byte(i) ~= s:byte(i) then changedUp = changedUp + 1 end
  if low:byte(i) ~= s:byte(i) then changedLow = changedLow + 1 end
end
print(changedUp, changedLow)
local q = string.format("%q", s)
print(#q)
local back = (loadstring or load)("return " .. q)()
print(back == s)
print(s:reverse():byte(1), s:reverse():byte(256))
local rep = s:rep(3)
print(#rep, rep:sub(257, 257):byte())
local nz = 0
for _ in s:gmatch("%z") do nz = nz + 1 end
print(nz)
print(select("#", s:byte(1, -1)))
print(s:find("\0", 1, true), s:find("\255", 1, true), s:find("%\255"))
local esc = s:gsub("%c", function(c) return "<" .. c:byte() .. ">" end)
print(#esc)
print(s:sub(33, 126))
