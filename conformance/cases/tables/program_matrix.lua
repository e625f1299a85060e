-- dialects: 5.1 5.2 5.3 5.4 5.5
-- matrices as nested tables with metatables: multiply, transpose, determinant, tostring
local Matrix = {}
Matrix.__index = Matrix
function Matrix.new(rows) return setmetatable(rows, Matrix) end
function Matrix.identity(n) local m = {} for i = 1, n do m[i] = {} for j = 1, n do m[i][j] = (i == j) and 1 or 0 end end return Matrix.new(m) end
function Matrix.__mul(a, b)
  if type(a) == "number" then a, b = b, a end
  local r = {}
  if type(b) == "number" then
    for i = 1, #a do r[i] = {} for j = 1, #a[1] do r[i][j] = a[i][j] * b end end
  else
    for i = 1, #a do r[i] = {} for j = 1, #b[1] do local s = 0 for k = 1, #b do s = s + a[i][k] * b[k][j] end r[i][j] = s end end
  end
  return Matrix.new(r)
end
function Matrix.__add(a, b) local r = {} for i = 1, #a do r[i] = {} for j = 1, #a[1] do r[i][j] = a[i][j] + b[i][j] end end return Matrix.new(r) end
function Matrix.__eq(a, b) for i = 1, #a do for j = 1, #a[1] do if a[i][j] ~= b[i][j] then return false end end end return true end
function Matrix.__tostring(m) local rows = {} for i = 1, #m do rows[i] = table.concat(m[i], " ") end return "[" .. table.concat(rows, "; ") .. "]" end
function Matrix:transpose() local r = {} for i = 1, #self[1] do r[i] = {} for j = 1, #self do r[i][j] = self[j][i] end end return Matrix.new(r) end
function Matrix:det()
  local n = #self
  if n == 1 then return self[1][1] end
  if n == 2 then return self[1][1] * self[2][2] - self[1][2] * self[2][1] end
  local d = 0
  for j = 1, n do
    local sub = {}
    for i = 2, n do local row = {} for k = 1, n do if k ~= j then row[#row + 1] = self[i][k] end end sub[#sub + 1] = row end
    d = d + ((j % 2 == 1) and 1 or -1) * self[1][j] * Matrix.new(sub):det()
  end
  return d
end
local A = Matrix.new({{1, 2}, {3, 4}})
local B = Matrix.new({{0, 1}, {1, 0}})
print(tostring(A * B), tostring(B * A), tostring(A + B))
print(tostring(A * 2), tostring(3 * A), tostring(A:transpose()))
print(A * Matrix.identity(2) == A, A == B, A:det(), (A * A):det())
local C = Matrix.new({{2, 0, 1}, {1, 3, 2}, {1, 1, 1}})
print(C:det(), tostring(C:transpose()), tostring(C * Matrix.identity(3)))
local P = Matrix.identity(2)
for i = 1, 10 do P = P * A end
print(tostring(P))
print(tostring(Matrix.new({{1.5, 2}, {0.5, 1}}) * 2))
