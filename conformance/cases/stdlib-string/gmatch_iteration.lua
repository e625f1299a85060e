-- dialects: 5.1 5.2 5.3 5.4 5.5
-- gmatch: captures, empty matches, anchors, position captures and init
local function all(s, p, ...)
  local out = {}
  local ok, e = pcall(function(...)
    for a, b in string.gmatch(s, p, ...) do
      out[#out + 1] = tostring(a) .. (b ~= nil and ("/" .. tostring(b)) or "")
      if #out > 20 then break end
    end
  end, ...)
  print(string.format("%-12s %-10s", string.format("%q", s), string.format("%q", p)), ok and (#out .. ": " .. table.concat(out, " ")) or ("error: " .. e))
end
all("one two three", "%a+")
all("k1=v1;k2=v2", "(%w+)=(%w+)")
all("abc", "")
all("abc", ".-")
all("abc", "x*")
all("a,b,,c", "([^,]*)")
all("hello", "()l")
all("hello", "^h")
all("hello", "^.")
all("aaa", "^a")
all("abc", "%f[%a]")
all("1 22 333", "%d+")
all("x=1 y=2", "(%w)=()")
all("hello", "l", 4)
all("hello", "l", -2)
all("hello", ".", 10)
all("hello", "[")
all("", ".*")
all("a.b.c", "[^.]+")
all("the end", "%w+$")
local it = string.gmatch("a b", "%a")
print(it(), it(), it(), it())
