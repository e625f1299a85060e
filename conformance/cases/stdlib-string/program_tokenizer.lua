-- dialects: 5.1 5.2 5.3 5.4 5.5
-- expression tokenizer + precedence-climbing evaluator (string.find with anchors and captures)
local function tokenize(src)
  local toks, pos = {}, 1
  while pos <= #src do
    local s, e = src:find("^%s+", pos)
    if s then pos = e + 1 else
      local num = src:match("^%d+%.?%d*", pos)
      if num then toks[#toks + 1] = {k = "num", v = tonumber(num)} pos = pos + #num
      else
        local id = src:match("^[%a_][%w_]*", pos)
        if id then toks[#toks + 1] = {k = "id", v = id} pos = pos + #id
        else
          local op = src:sub(pos, pos)
          if not op:find("^[%+%-%*/%^%(%)%%,]$") then error("unexpected character '" .. op .. "' at " .. pos, 0) end
          toks[#toks + 1] = {k = "op", v = op}
          pos = pos + 1
        end
      end
    end
  end
  return toks
end
local prec = {["+"] = {1, "L"}, ["-"] = {1, "L"}, ["*"] = {2, "L"}, ["/"] = {2, "L"}, ["%"] = {2, "L"}, ["^"] = {3, "R"}}
local env = {pi = math.pi, x = 10, max = math.max, min = math.min, abs = math.abs}
local function parse(toks)
  local i = 1
  local expr
  local function primary()
    local t = toks[i]
    if not t then error("unexpected end", 0) end
    i = i + 1
    if t.k == "num" then return t.v end
    if t.k == "op" and t.v == "(" then local v = expr(0) i = i + 1 return v end
    if t.k == "op" and t.v == "-" then return -primary() end
    if t.k == "id" then
      local val = env[t.v]
      if val == nil then error("unknown name " .. t.v, 0) end
      if toks[i] and toks[i].v == "(" then
        i = i + 1
        local args = {}
        while toks[i].v ~= ")" do args[#args + 1] = expr(0) if toks[i].v == "," then i = i + 1 end end
        i = i + 1
        return val((table.unpack or unpack)(args))
      end
      return val
    end
    error("unexpected token " .. tostring(t.v), 0)
  end
  function expr(minp)
    local lhs = primary()
    while toks[i] and toks[i].k == "op" and prec[toks[i].v] and prec[toks[i].v][1] >= minp do
      local op = toks[i].v
      i = i + 1
      local p = prec[op]
      local rhs = expr(p[2] == "L" and p[1] + 1 or p[1])
      if op == "+" then lhs = lhs + rhs elseif op == "-" then lhs = lhs - rhs
      elseif op == "*" then lhs = lhs * rhs elseif op == "/" then lhs = lhs / rhs
      elseif op == "%" then lhs = lhs % rhs else lhs = lhs ^ rhs end
    end
    return lhs
  end
  return expr(0)
end
for _, src in ipairs({"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "7 % 3", "-x + 1", "max(1, x, 3) * 2",
  "min(4, abs(-2))", "2 * pi", "1 +", "3 $ 4", "y + 1", "100 - 1 - 1", "1.5 * 4"}) do
  local ok, v = pcall(function() return parse(tokenize(src)) end)
  print(string.format("%-18s", src), ok, v)
end
