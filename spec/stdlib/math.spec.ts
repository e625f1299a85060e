/**
 * The math library: values and subtypes of every function, errors, and the random generators.
 * Every expected output below was printed by the official interpreters (lua5.1-lua5.4 of
 * Debian, the reference lua5.5) for the same snippet run with `lua -e`; a snippet lists
 * the output of each group of dialects (125 expectations in all).
 */
import { check } from '../support/snippets.js';

describe('stdlib: math', () => {

  describe('library contents', () => {
    check('local t = {} for k in pairs(math) do t[#t + 1] = k end table.sort(t) print(table.concat(t, " "))', [['5.1', 'abs acos asin atan atan2 ceil cos cosh deg exp floor fmod frexp huge ldexp log log10 max min mod modf pi pow rad random randomseed sin sinh sqrt tan tanh\n'], ['5.2', 'abs acos asin atan atan2 ceil cos cosh deg exp floor fmod frexp huge ldexp log log10 max min modf pi pow rad random randomseed sin sinh sqrt tan tanh\n'], ['5.3 5.4', 'abs acos asin atan atan2 ceil cos cosh deg exp floor fmod frexp huge ldexp log log10 max maxinteger min mininteger modf pi pow rad random randomseed sin sinh sqrt tan tanh tointeger type ult\n'], ['5.5', 'abs acos asin atan ceil cos deg exp floor fmod frexp huge ldexp log max maxinteger min mininteger modf pi rad random randomseed sin sqrt tan tointeger type ult\n']]);
    check('print(math.pi, math.huge, -math.huge)', [['5.1 5.2 5.3 5.4', '3.1415926535898\tinf\t-inf\n']]);
    check('print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger)', [['5.3 5.4 5.5', '9223372036854775807\t-9223372036854775808\ttrue\n']]);
  });

  describe('floor and ceil', () => {
    check('local function show(...) local o = {} for i = 1, select("#", ...) do local v = select(i, ...) o[i] = tostring(v) .. (math.type and ("/" .. tostring(math.type(v))) or "") end print(table.concat(o, " ")) end\nshow(math.floor(3.7), math.floor(-3.7), math.floor(5), math.floor(-0.5))', [['5.1 5.2', '3 -4 5 -1\n'], ['5.3 5.4', '3/integer -4/integer 5/integer -1/integer\n']]);
    check('local function show(...) local o = {} for i = 1, select("#", ...) do local v = select(i, ...) o[i] = tostring(v) .. (math.type and ("/" .. tostring(math.type(v))) or "") end print(table.concat(o, " ")) end\nshow(math.ceil(3.2), math.ceil(-3.2), math.ceil(7), math.ceil(-0.5))', [['5.1 5.2', '4 -3 7 -0\n'], ['5.3 5.4', '4/integer -3/integer 7/integer 0/integer\n']]);
    check('print(math.type(math.floor(3.7)), math.type(math.ceil(2^62 + 0.0)), math.type(math.floor(2^63)), math.type(math.floor(-2^63)))', [['5.3 5.4 5.5', 'integer\tinteger\tfloat\tinteger\n']]);
    check('print(math.floor(-2^63), math.floor(2^62 + 0.0), math.ceil(-0.5), math.floor("3.5"))', [['5.3 5.4 5.5', '-9223372036854775808\t4611686018427387904\t0\t3\n']]);
    check('print(math.floor(1e300) == 1e300, math.type(math.ceil(-1e300)), math.floor(5) == 5)', [['5.3 5.4 5.5', 'true\tfloat\ttrue\n']]);
    check('print(pcall(math.floor, "abc")) print(pcall(math.floor)) print(pcall(math.ceil, {}))', [['5.1', 'false\tbad argument #1 to \'?\' (number expected, got string)\nfalse\tbad argument #1 to \'?\' (number expected, got no value)\nfalse\tbad argument #1 to \'?\' (number expected, got table)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'math.floor\' (number expected, got string)\nfalse\tbad argument #1 to \'math.floor\' (number expected, got no value)\nfalse\tbad argument #1 to \'math.ceil\' (number expected, got table)\n']]);
  });

  describe('abs', () => {
    check('local function show(...) local o = {} for i = 1, select("#", ...) do local v = select(i, ...) o[i] = tostring(v) .. (math.type and ("/" .. tostring(math.type(v))) or "") end print(table.concat(o, " ")) end\nshow(math.abs(-7), math.abs(7.5), math.abs(-0.5), math.abs("-3"))', [['5.1 5.2', '7 7.5 0.5 3\n'], ['5.3 5.4', '7/integer 7.5/float 0.5/float 3.0/float\n']]);
    check('print(math.abs(math.mininteger), math.abs(math.maxinteger), math.abs(-0) , math.type(math.abs(-2.0)))', [['5.3 5.4 5.5', '-9223372036854775808\t9223372036854775807\t0\tfloat\n']]);
    check('print(pcall(math.abs)) print(pcall(math.abs, nil))', [['5.1', 'false\tbad argument #1 to \'?\' (number expected, got no value)\nfalse\tbad argument #1 to \'?\' (number expected, got nil)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'math.abs\' (number expected, got no value)\nfalse\tbad argument #1 to \'math.abs\' (number expected, got nil)\n']]);
  });

  describe('fmod and modf', () => {
    check('local function show(...) local o = {} for i = 1, select("#", ...) do local v = select(i, ...) o[i] = tostring(v) .. (math.type and ("/" .. tostring(math.type(v))) or "") end print(table.concat(o, " ")) end\nshow(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(10.5, 3), math.fmod(-10.5, 3))', [['5.1 5.2', '1 -1 1 1.5 -1.5\n'], ['5.3 5.4', '1/integer -1/integer 1/integer 1.5/float -1.5/float\n']]);
    check('local function show(...) local o = {} for i = 1, select("#", ...) do local v = select(i, ...) o[i] = tostring(v) .. (math.type and ("/" .. tostring(math.type(v))) or "") end print(table.concat(o, " ")) end\nshow(math.fmod(3, 10), math.fmod(7, 7), math.fmod(5, math.huge), math.fmod(-5, math.huge))', [['5.1 5.2', '3 0 5 -5\n'], ['5.3 5.4', '3/integer 0/integer 5.0/float -5.0/float\n']]);
    check('print(math.fmod(math.mininteger, -1), math.fmod(math.maxinteger, 2), math.fmod(-5, -2), math.fmod(math.mininteger, math.maxinteger))', [['5.3 5.4 5.5', '0\t1\t-1\t-1\n']]);
    check('print(pcall(math.fmod, 1, 0)) print(pcall(math.fmod, 1))', [['5.1', 'true\t-nan\nfalse\tbad argument #2 to \'?\' (number expected, got no value)\n'], ['5.2', 'true\t-nan\nfalse\tbad argument #2 to \'math.fmod\' (number expected, got no value)\n'], ['5.3 5.4 5.5', 'false\tbad argument #2 to \'math.fmod\' (zero)\nfalse\tbad argument #2 to \'math.fmod\' (number expected, got no value)\n']]);
    check('print(math.fmod(1, 0.0) ~= math.fmod(1, 0.0), math.fmod(1.0, 0) ~= math.fmod(1.0, 0))', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\n']]);
    check('print(math.modf(3.7)) print(math.modf(-3.7)) print(math.modf(5)) print(math.modf(math.huge)) print(math.modf(-math.huge))', [['5.1 5.2', '3\t0.7\n-3\t-0.7\n5\t0\ninf\t0\n-inf\t-0\n'], ['5.3 5.4', '3\t0.7\n-3\t-0.7\n5\t0.0\ninf\t0.0\n-inf\t0.0\n']]);
    check('print(math.type(math.modf(3.7)), math.type(math.modf(1e100)), math.type(select(2, math.modf(5))), math.modf(-2^63))', [['5.3 5.4 5.5', 'integer\tfloat\tfloat\t-9223372036854775808\t0.0\n']]);
    check('local a, b = math.modf(-0.5) print(a, b, 1 / a < 0)', [['5.1 5.2', '-0\t-0.5\ttrue\n'], ['5.3 5.4', '0\t-0.5\tfalse\n']]);
  });

  describe('elementary functions', () => {
    check('print(math.sqrt(16), math.sqrt(2), math.exp(0), math.exp(1), math.log(1), math.log(8))', [['5.1 5.2', '4\t1.4142135623731\t1\t2.718281828459\t0\t2.0794415416798\n'], ['5.3 5.4', '4.0\t1.4142135623731\t1.0\t2.718281828459\t0.0\t2.0794415416798\n']]);
    check('print(math.log(8, 2), math.log(100, 10), math.log(27, 3), math.log(1024, 4))', [['5.1', '2.0794415416798\t4.6051701859881\t3.2958368660043\t6.9314718055995\n'], ['5.2', '3\t2\t3\t5\n'], ['5.3 5.4', '3.0\t2.0\t3.0\t5.0\n']]);
    check('print(math.sin(0), math.cos(0), math.tan(1), math.asin(1), math.acos(0), math.atan(1))', [['5.1 5.2', '0\t1\t1.5574077246549\t1.5707963267949\t1.5707963267949\t0.78539816339745\n'], ['5.3 5.4', '0.0\t1.0\t1.5574077246549\t1.5707963267949\t1.5707963267949\t0.78539816339745\n']]);
    check('print(math.atan(1, 2), math.atan(-1, -1), math.atan(0, -1))', [['5.3 5.4', '0.46364760900081\t-2.3561944901923\t3.1415926535898\n']]);
    check('print(math.deg(math.pi), math.rad(180), math.deg(1), math.rad(1), math.deg(3))', [['5.1 5.2', '180\t3.1415926535898\t57.295779513082\t0.017453292519943\t171.88733853925\n'], ['5.3 5.4', '180.0\t3.1415926535898\t57.295779513082\t0.017453292519943\t171.88733853925\n']]);
    check('print(math.sqrt(-1) ~= math.sqrt(-1), math.log(0), math.log(-1) ~= math.log(-1))', [['5.1 5.2 5.3 5.4', 'true\t-inf\ttrue\n']]);
    check('print(math.sqrt(16), math.exp(0), math.log(8, 2), math.log(100, 10), math.deg(math.pi) == 180, math.rad(180) == math.pi)', [['5.3 5.4 5.5', '4.0\t1.0\t3.0\t2.0\ttrue\ttrue\n']]);
    check('print(pcall(math.sin)) print(pcall(math.log, "x"))', [['5.1', 'false\tbad argument #1 to \'?\' (number expected, got no value)\nfalse\tbad argument #1 to \'?\' (number expected, got string)\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'math.sin\' (number expected, got no value)\nfalse\tbad argument #1 to \'math.log\' (number expected, got string)\n']]);
    check('print(math.pow(2, 10), math.log10(1000), math.cosh(0), math.sinh(0), math.tanh(0))', [['5.1 5.2', '1024\t3\t1\t0\t0\n'], ['5.3 5.4', '1024.0\t3.0\t1.0\t0.0\t0.0\n']]);
    check('print(math.atan2(1, 1), math.atan2(-1, -1))', [['5.1 5.2 5.3 5.4', '0.78539816339745\t-2.3561944901923\n']]);
    check('print(pcall(math.atan2, 1))', [['5.1', 'false\tbad argument #2 to \'?\' (number expected, got no value)\n'], ['5.2', 'false\tbad argument #2 to \'math.atan2\' (number expected, got no value)\n'], ['5.3 5.4', 'true\t0.78539816339745\n']]);
    check('print(math.mod(7, 3), math.mod(-7, 3))', [['5.1', '1\t-1\n']]);
  });

  describe('frexp and ldexp', () => {
    check('print(math.frexp(8)) print(math.frexp(-3.5)) print(math.frexp(0.1)) print(math.frexp(2^-1074)) print(math.frexp(1e308))', [['5.1 5.2 5.3 5.4', '0.5\t4\n-0.875\t2\n0.8\t-3\n0.5\t-1073\n0.5562684646268\t1024\n']]);
    check('print(math.frexp(math.huge)) print(math.frexp(-math.huge))', [['5.1 5.2 5.3 5.4', 'inf\t0\n-inf\t0\n']]);
    check('print(math.ldexp(1, 3), math.ldexp(0.5, 1024), math.ldexp(1, -1075), math.ldexp(3, 2.0), math.ldexp(1, 1024))', [['5.1 5.2', '8\t8.9884656743116e+307\t0\t12\tinf\n'], ['5.3 5.4', '8.0\t8.9884656743116e+307\t0.0\t12.0\tinf\n']]);
    check('print(math.ldexp(1.5, -1074), math.ldexp(1.5, -1075), math.ldexp(3, -1076), math.ldexp(0.75, -1073))', [['5.1 5.2 5.3 5.4', '9.8813129168249e-324\t4.9406564584125e-324\t4.9406564584125e-324\t9.8813129168249e-324\n']]);
    check('print(math.ldexp(-1, 2000), math.ldexp(2^-1074, 2098), math.ldexp(1e-300, 1900), math.ldexp(1, 2^31 + 3))', [['5.1 5.2', '-inf\tinf\t9.0571541958608e+271\t0\n'], ['5.3 5.4', '-inf\tinf\t9.0571541958608e+271\t0.0\n']]);
    check('print(pcall(math.ldexp, 1, 2.5)) print(pcall(math.ldexp, 1))', [['5.1', 'true\t4\nfalse\tbad argument #2 to \'?\' (number expected, got no value)\n'], ['5.2', 'true\t4\nfalse\tbad argument #2 to \'math.ldexp\' (number expected, got no value)\n'], ['5.3 5.4 5.5', 'false\tbad argument #2 to \'math.ldexp\' (number has no integer representation)\nfalse\tbad argument #2 to \'math.ldexp\' (number expected, got no value)\n']]);
    check('print(math.type(select(2, math.frexp(8))), math.type(math.ldexp(1, 2)))', [['5.3 5.4 5.5', 'integer\tfloat\n']]);
  });

  describe('min and max', () => {
    check('local function show(...) local o = {} for i = 1, select("#", ...) do local v = select(i, ...) o[i] = tostring(v) .. (math.type and ("/" .. tostring(math.type(v))) or "") end print(table.concat(o, " ")) end\nshow(math.max(3, 7, 5), math.min(3, 7, 5), math.max(-1, -1.5), math.min(2.5, 2), math.max(1), math.min(0))', [['5.1 5.2', '7 3 -1 2 1 0\n'], ['5.3 5.4', '7/integer 3/integer -1/integer 2/integer 1/integer 0/integer\n']]);
    check('print(pcall(math.max)) print(pcall(math.min))', [['5.1', 'false\tbad argument #1 to \'?\' (number expected, got no value)\nfalse\tbad argument #1 to \'?\' (number expected, got no value)\n'], ['5.2', 'false\tbad argument #1 to \'math.max\' (number expected, got no value)\nfalse\tbad argument #1 to \'math.min\' (number expected, got no value)\n'], ['5.3 5.4 5.5', 'false\tbad argument #1 to \'math.max\' (value expected)\nfalse\tbad argument #1 to \'math.min\' (value expected)\n']]);
    check('print(pcall(math.max, 1, "x")) print(pcall(math.max, 1, nil))', [['5.1', 'false\tbad argument #2 to \'?\' (number expected, got string)\nfalse\tbad argument #2 to \'?\' (number expected, got nil)\n'], ['5.2', 'false\tbad argument #2 to \'math.max\' (number expected, got string)\nfalse\tbad argument #2 to \'math.max\' (number expected, got nil)\n'], ['5.3 5.4 5.5', 'false\tattempt to compare number with string\nfalse\tattempt to compare number with nil\n']]);
    check('print(pcall(math.max, "10", 9)) print(pcall(math.max, "10")) print(pcall(math.min, "10", "9"))', [['5.1 5.2', 'true\t10\ntrue\t10\ntrue\t9\n'], ['5.3 5.4 5.5', 'false\tattempt to compare string with number\ntrue\t10\ntrue\t10\n']]);
    check('print(math.max(1, 2.0), math.max(2.0, 1), math.max(2, 2.0), math.min(2.0, 2), math.max(math.maxinteger, 2^63) == 2^63)', [['5.3 5.4 5.5', '2.0\t2.0\t2\t2.0\ttrue\n']]);
    check('local o = setmetatable({}, {__lt = function() return true end}) print(math.max(1, o) == o, math.min(o, 1) == 1)', [['5.3 5.4 5.5', 'true\ttrue\n']]);
    check('print(pcall(function() local r = math.max(1, {}) return r end))', [['5.1 5.2', 'false\t(command line):1: bad argument #2 to \'max\' (number expected, got table)\n'], ['5.3 5.4 5.5', 'false\tattempt to compare number with table\n']]);
  });

  describe('integer functions (5.3+)', () => {
    check('print(math.tointeger(5.0), math.tointeger(5.5), math.tointeger("10"), math.tointeger("x"), math.tointeger({}), math.tointeger(2^53))', [['5.3 5.4 5.5', '5\tnil\t10\tnil\tnil\t9007199254740992\n']]);
    check('print(math.tointeger(2^63), math.tointeger(-2^63), math.tointeger("3.0"), math.tointeger(7)) print(pcall(math.tointeger))', [['5.3 5.4 5.5', 'nil\t-9223372036854775808\t3\t7\nfalse\tbad argument #1 to \'math.tointeger\' (value expected)\n']]);
    check('print(math.ult(1, -1), math.ult(-1, 1), math.ult(5, 5), math.ult(math.maxinteger, math.mininteger), math.ult(1, 2))', [['5.3 5.4 5.5', 'true\tfalse\tfalse\ttrue\ttrue\n']]);
    check('print(pcall(math.ult, 1.5, 2)) print(pcall(math.ult, 1))', [['5.3 5.4 5.5', 'false\tbad argument #1 to \'math.ult\' (number has no integer representation)\nfalse\tbad argument #2 to \'math.ult\' (number expected, got no value)\n']]);
    check('print(math.type(0), math.type(0.0), math.type(2^63), math.type(math.mininteger), math.type("1"), math.type(nil)) print(pcall(math.type))', [['5.3 5.4 5.5', 'integer\tfloat\tfloat\tinteger\tnil\tnil\nfalse\tbad argument #1 to \'math.type\' (value expected)\n']]);
  });

  describe('correctly rounded results (glibc)', () => {
    check('print(math.sin(-0.80590000000000117) == -0.72145415109001521, math.sin(1.8881999999999977) == 0.95004893540017255, math.sin(2.7989000000000033) == 0.33602439185381067)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.cos(0.3241999999999976) == 0.94790587016803818, math.cos(-1.1111000000000004) == 0.44367597936596376, math.cos(1.1491000000000042) == 0.40930876288208468)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.tan(-0.89170000000000016) == -1.2388996894985616, math.tan(-2.718) == 0.45088861532855357, math.tan(2.4557000000000002) == -0.81845420844438121)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.asin(0.58544444444444388) == 0.62542816391710587, math.asin(-0.8040277777777799) == -0.9340385469457414, math.asin(0.53641666666666687) == 0.56618546130544767)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.acos(0.67022222222222216) == 0.83628815370192744, math.acos(-0.86361111111111111) == 2.6131852986912745, math.acos(-0.22386111111111143) == 1.7965706605088496)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.atan(0.58649999999999913) == 0.53043388647456002, math.atan(-3.0232000000000028) == -1.2513497327293155, math.atan(0.71519999999999584) == 0.62085462963058491)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.exp(-3.109) == 0.044645578603527823, math.exp(-2.3698999999999995) == 0.093490074818105548, math.exp(-1.6308000000000007) == 0.19577289314835541)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.log(209.82500000000039) == 5.3462738499688927, math.log(278.92500000000098) == 5.6309429284792474, math.log(3.2408000000000357) == 1.1758202129063549)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\n']]);
    check('print(math.pow(2, 0.5) == 2^0.5, math.pow(10, -3), math.log(2^0.5, 2), math.log(8, 2) == 3)', [['5.1', 'true\t0.001\t0.34657359027997\tfalse\n'], ['5.2 5.3 5.4', 'true\t0.001\t0.5\ttrue\n']]);
    check('print(math.sin(1e22) == -0.8522008497671888, math.cos(2^60) == -0.55679608227664168, math.sin(-1e300) == 0.81788191211590855, math.tan(1e15) == -1.672414782127583, math.exp(700.5) == 1.6721859620674984e+304)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\ttrue\ttrue\n']]);
  });

  describe('random (glibc rand in 5.1-5.3)', () => {
    check('local r = {} for i = 1, 10 do r[i] = math.random(100) end print(table.concat(r, " "))', [['5.1 5.2 5.3', '85 40 79 80 92 20 34 77 28 56\n']]);
    check('local r = {} for i = 1, 5 do r[i] = math.random(-5, 5) end print(table.concat(r, " "), math.random(3, 3))', [['5.1 5.2 5.3', '4 -1 3 3 5\t3\n']]);
    check('print(math.random(), math.random())', [['5.1 5.2', '0.84018771715471\t0.39438292681909\n'], ['5.3', '0.84018771676347\t0.39438292663544\n']]);
    check('math.randomseed(12345) local r = {} for i = 1, 8 do r[i] = math.random(1000) end print(table.concat(r, " "))', [['5.1', '179 400 167 213 62 55 276 48\n'], ['5.2 5.3', '400 167 213 62 55 276 48 322\n']]);
    check('local r = {} for _, s in ipairs({0, 1, -7, 2^31 + 5, 4294967299, 1.5}) do math.randomseed(s) r[#r + 1] = math.random(1000000) end print(table.concat(r, " "))', [['5.1', '840188 840188 471993 420218 561381 840188\n'], ['5.2', '394383 394383 87616 136413 224984 809677\n'], ['5.3', '394383 394383 87616 136413 224984 394383\n']]);
    check('math.randomseed(99) print(math.random(0, 2^40), math.random(math.mininteger, -1))', [['5.3', '961633036288\t-541861230206255104\n']]);
    check('print(pcall(math.random, 0)) print(pcall(math.random, 2, 1)) print(pcall(math.random, 1, 2, 3))', [['5.1', 'false\tbad argument #1 to \'?\' (interval is empty)\nfalse\tbad argument #2 to \'?\' (interval is empty)\nfalse\twrong number of arguments\n'], ['5.2', 'false\tbad argument #1 to \'math.random\' (interval is empty)\nfalse\tbad argument #2 to \'math.random\' (interval is empty)\nfalse\twrong number of arguments\n'], ['5.3', 'false\tbad argument #1 to \'math.random\' (interval is empty)\nfalse\tbad argument #1 to \'math.random\' (interval is empty)\nfalse\twrong number of arguments\n']]);
    check('print(pcall(math.random, 1.5)) print(pcall(math.random, -3)) print(pcall(math.random, "x"))', [['5.1', 'true\t1\nfalse\tbad argument #1 to \'?\' (interval is empty)\nfalse\tbad argument #1 to \'?\' (number expected, got string)\n'], ['5.2', 'true\t2\nfalse\tbad argument #1 to \'math.random\' (interval is empty)\nfalse\tbad argument #1 to \'math.random\' (number expected, got string)\n'], ['5.3', 'false\tbad argument #1 to \'math.random\' (number has no integer representation)\nfalse\tbad argument #1 to \'math.random\' (interval is empty)\nfalse\tbad argument #1 to \'math.random\' (number expected, got string)\n']]);
    check('print(pcall(math.random, math.mininteger, math.maxinteger))', [['5.3', 'false\tbad argument #1 to \'math.random\' (interval too large)\n']]);
    check('print(pcall(math.randomseed)) print(select("#", math.randomseed(3)))', [['5.1', 'false\tbad argument #1 to \'?\' (number expected, got no value)\n0\n'], ['5.2 5.3', 'false\tbad argument #1 to \'math.randomseed\' (number expected, got no value)\n0\n']]);
  });

  describe('random (xoshiro256** in 5.4+)', () => {
    check('math.randomseed(42) print(math.random(1, 100), math.random(0))', [['5.4 5.5', '50\t-8358531260401861301\n']]);
    check('math.randomseed(42) print(math.random())', [['5.4', '0.93081217803957\n']]);
    check('math.randomseed(42) local r = {} for i = 1, 10 do r[i] = math.random(1000) end print(table.concat(r, " "))', [['5.4 5.5', '742 50 332 342 950 576 263 626 153 259\n']]);
    check('math.randomseed(1, 2) print(math.random(math.mininteger, math.maxinteger), math.random(0, 2^40), math.random(-3, 3))', [['5.4 5.5', '-931678988166199167\t137874660023\t-3\n']]);
    check('math.randomseed(7) local r = {} for i = 1, 8 do r[i] = math.random(3, 7) end print(table.concat(r, " "))', [['5.4 5.5', '5 4 4 6 3 3 3 4\n']]);
    check('math.randomseed(123) local x = math.random() print(x >= 0 and x < 1, math.type(x), math.floor(x * 2^53))', [['5.4 5.5', 'true\tfloat\t1928071978934914\n']]);
    check('math.randomseed(-1, -1) print(math.random(0), math.random(2^62))', [['5.4 5.5', '-1629708565441205637\t1392864485325296299\n']]);
    check('print(math.randomseed(5)) print(math.randomseed(5, 6)) print(math.type((math.randomseed(5.0))))', [['5.4 5.5', '5\t0\n5\t6\ninteger\n']]);
    check('print(pcall(math.randomseed, 1.5)) print(pcall(math.random, math.maxinteger + 0.0)) print(pcall(math.random, 2, 1))', [['5.4 5.5', 'false\tbad argument #1 to \'math.randomseed\' (number has no integer representation)\nfalse\tbad argument #1 to \'math.random\' (number has no integer representation)\nfalse\tbad argument #1 to \'math.random\' (interval is empty)\n']]);
    check('print(math.random(math.mininteger, math.mininteger), math.random(5, 5), select("#", math.randomseed()))', [['5.4 5.5', '-9223372036854775808\t5\t2\n']]);
  });
});

import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('math');
