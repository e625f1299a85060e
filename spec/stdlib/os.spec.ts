/**
 * The os library: dates (in UTC, so the results do not depend on the time zone), times, files, processes.
 * Every expected output below was printed by the official interpreters (lua5.1-lua5.4 of
 * Debian, the reference lua5.5) for the same snippet run with `lua -e`; a snippet lists
 * the output of each group of dialects (59 expectations in all).
 */
import { check } from '../support/snippets.js';

describe('stdlib: os', () => {
  // the expected outputs were printed with TZ=UTC; local times depend on the zone
  const savedTZ = process.env.TZ;
  before(() => {
    process.env.TZ = 'UTC';
  });
  after(() => {
    if (savedTZ === undefined) delete process.env.TZ;
    else process.env.TZ = savedTZ;
  });

  describe('library contents', () => {
    check('local t = {} for k in pairs(os) do t[#t + 1] = k end table.sort(t) print(table.concat(t, " "))', [['5.1 5.2 5.3 5.4 5.5', 'clock date difftime execute exit getenv remove rename setlocale time tmpname\n']]);
  });

  describe('date', () => {
    check('print(os.date("!%a %A %b %B %c %d %D %e %F %g %G %h %H %I %j %m %M %p %r %R %S %T %u %U %V %w %W %x %X %y %Y %z %Z %%", 86400 * 45 + 3600 * 15 + 61))', [['5.1 5.2 5.3 5.4 5.5', 'Sun Sunday Feb February Sun Feb 15 15:01:01 1970 15 02/15/70 15 1970-02-15 70 1970 Feb 15 03 046 02 01 PM 03:01:01 PM 15:01 01 15:01:01 7 07 07 0 06 02/15/70 15:01:01 70 1970 +0000 GMT %\n']]);
    check('print(os.date("!%c", 0)) print(os.date("!%x", 1e9)) print(os.date("!%Y-%m-%d", -86400 * 365 * 80))', [['5.1 5.2 5.3 5.4 5.5', 'Thu Jan  1 00:00:00 1970\n09/09/01\n1890-01-20\n']]);
    check('print(os.date("!%n|%t|%I|%p|%r", 43200), os.date("!%I %p", 0), os.date("!%I %p", 46800))', [['5.1 5.2 5.3 5.4 5.5', '\n|\t|12|PM|12:00:00 PM\t12 AM\t01 PM\n']]);
    check('print(os.date("!%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", 1234567890))', [['5.2 5.3 5.4 5.5', 'Fri Feb 13 23:31:30 2009|20|02/13/09|23:31:30|09|2009|13|13|23|11|02|31|30|5|06|07|5|06|09\n']]);
    check('print(pcall(os.date, "%Ez abc")) print(pcall(os.date, "%Q")) print(pcall(os.date, "%"))', [['5.1', 'true\t%Ez abc\ntrue\t%Q\ntrue\t%\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'os.date\' (invalid conversion specifier \'%Ez abc\')\nfalse\tbad argument #1 to \'os.date\' (invalid conversion specifier \'%Q\')\nfalse\tbad argument #1 to \'os.date\' (invalid conversion specifier \'%\')\n']]);
    check('print(pcall(os.date, "abc %")) print(pcall(os.date, "%E")) print(pcall(os.date, "!%5d", 0))', [['5.1', 'true\tabc %\ntrue\t%E\ntrue\t   %5d\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'os.date\' (invalid conversion specifier \'%\')\nfalse\tbad argument #1 to \'os.date\' (invalid conversion specifier \'%E\')\nfalse\tbad argument #1 to \'os.date\' (invalid conversion specifier \'%5d\')\n']]);
    check('print(pcall(os.date, "!%k|%l|%s|%P|%C|%+", 0))', [['5.1', 'true\t 0|12|0|am|19|%+\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #1 to \'os.date\' (invalid conversion specifier \'%k|%l|%s|%P|%C|%+\')\n']]);
    check('local t = os.date("!*t", 1234567890) print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)', [['5.1 5.2 5.3 5.4 5.5', '2009\t2\t13\t23\t31\t30\t6\t44\tfalse\n']]);
    check('local t = os.date("!*t", 0) print(math.type and math.type(t.year) or type(t.year), t.isdst, os.date("!*t", 0).yday)', [['5.1 5.2', 'number\tfalse\t1\n'], ['5.3 5.4 5.5', 'integer\tfalse\t1\n']]);
    check('print(pcall(os.date, "*t", "x")) print(pcall(os.date, "!%d", 1.5)) print(pcall(os.date, "%d", 2^60)) print(pcall(os.date, 1))', [['5.1', 'false\tbad argument #2 to \'?\' (number expected, got string)\ntrue\t01\ntrue\tnil\ntrue\t1\n'], ['5.2', 'false\tbad argument #2 to \'os.date\' (number expected, got string)\ntrue\t01\ntrue\tnil\ntrue\t1\n'], ['5.3', 'false\tbad argument #2 to \'os.date\' (number expected, got string)\nfalse\tbad argument #2 to \'os.date\' (number has no integer representation)\nfalse\ttime result cannot be represented in this installation\ntrue\t1\n'], ['5.4 5.5', 'false\tbad argument #2 to \'os.date\' (number expected, got string)\nfalse\tbad argument #2 to \'os.date\' (number has no integer representation)\nfalse\tdate result cannot be represented in this installation\ntrue\t1\n']]);
    check('print(os.date("!%Y|%C|%y|%G|%g", -62167219200)) print(os.date("!%Y|%C|%y", -62135596800 + 86400 * 365 * 4)) print(os.date("!%Y|%C|%y|%G", -62135596800 - 86400 * 366 * 2))', [['5.1 5.2 5.3 5.4 5.5', '0|0|00|-1|99\n4|0|04\n-2|-1|98|-2\n']]);
    check('print(os.date("!%Y|%C", 2^40)) print(os.date("!%Y|%C|%y", -2^40)) print(os.date("!%c", 2^50)) print(os.date("!%c|%x|%y|%C", 253402300800))', [['5.1 5.2 5.3 5.4 5.5', '36812|368\n-32873|-329|27\nTue Sep 25 18:57:04 35680317\nSat Jan  1 00:00:00 10000|01/01/00|00|100\n']]);
    check('for _, y in ipairs({1999, 2000, 2004, 2009, 2010, 2021}) do local o = {} for _, d in ipairs({1, 2, 3, 4, 5, 362, 363, 364, 365}) do local t = (os.time({year = y, month = 1, day = 1, hour = 12}) - os.time({year = 1970, month = 1, day = 1, hour = 12})) + (d - 1) * 86400 o[#o + 1] = os.date("!%j %a %U %W %V %G %g %u %w", t) end print(table.concat(o, "|")) end', [['5.1 5.2 5.3 5.4 5.5', '001 Fri 00 00 53 1998 98 5 5|002 Sat 00 00 53 1998 98 6 6|003 Sun 01 00 53 1998 98 7 0|004 Mon 01 01 01 1999 99 1 1|005 Tue 01 01 01 1999 99 2 2|362 Tue 52 52 52 1999 99 2 2|363 Wed 52 52 52 1999 99 3 3|364 Thu 52 52 52 1999 99 4 4|365 Fri 52 52 52 1999 99 5 5\n001 Sat 00 00 52 1999 99 6 6|002 Sun 01 00 52 1999 99 7 0|003 Mon 01 01 01 2000 00 1 1|004 Tue 01 01 01 2000 00 2 2|005 Wed 01 01 01 2000 00 3 3|362 Wed 52 52 52 2000 00 3 3|363 Thu 52 52 52 2000 00 4 4|364 Fri 52 52 52 2000 00 5 5|365 Sat 52 52 52 2000 00 6 6\n001 Thu 00 00 01 2004 04 4 4|002 Fri 00 00 01 2004 04 5 5|003 Sat 00 00 01 2004 04 6 6|004 Sun 01 00 01 2004 04 7 0|005 Mon 01 01 02 2004 04 1 1|362 Mon 52 52 53 2004 04 1 1|363 Tue 52 52 53 2004 04 2 2|364 Wed 52 52 53 2004 04 3 3|365 Thu 52 52 53 2004 04 4 4\n001 Thu 00 00 01 2009 09 4 4|002 Fri 00 00 01 2009 09 5 5|003 Sat 00 00 01 2009 09 6 6|004 Sun 01 00 01 2009 09 7 0|005 Mon 01 01 02 2009 09 1 1|362 Mon 52 52 53 2009 09 1 1|363 Tue 52 52 53 2009 09 2 2|364 Wed 52 52 53 2009 09 3 3|365 Thu 52 52 53 2009 09 4 4\n001 Fri 00 00 53 2009 09 5 5|002 Sat 00 00 53 2009 09 6 6|003 Sun 01 00 53 2009 09 7 0|004 Mon 01 01 01 2010 10 1 1|005 Tue 01 01 01 2010 10 2 2|362 Tue 52 52 52 2010 10 2 2|363 Wed 52 52 52 2010 10 3 3|364 Thu 52 52 52 2010 10 4 4|365 Fri 52 52 52 2010 10 5 5\n001 Fri 00 00 53 2020 20 5 5|002 Sat 00 00 53 2020 20 6 6|003 Sun 01 00 53 2020 20 7 0|004 Mon 01 01 01 2021 21 1 1|005 Tue 01 01 01 2021 21 2 2|362 Tue 52 52 52 2021 21 2 2|363 Wed 52 52 52 2021 21 3 3|364 Thu 52 52 52 2021 21 4 4|365 Fri 52 52 52 2021 21 5 5\n']]);
  });

  describe('time', () => {
    check('print(os.time({year = 2009, month = 2, day = 13, hour = 23, min = 31, sec = 30}) - os.time({year = 1970, month = 1, day = 1, hour = 0}))', [['5.1 5.2 5.3 5.4 5.5', '1234567890\n']]);
    check('local base = os.time({year = 2000, month = 1, day = 1, hour = 0}) print(os.time({year = 2000, month = 13, day = 1, hour = 0}) - base, os.time({year = 2000, month = 1, day = 0, hour = -1, min = 70, sec = -5}) - base)', [['5.1 5.2 5.3 5.4 5.5', '31622400\t-85805\n']]);
    check('local t = {year = 2000, month = 14, day = 35, hour = 25} os.time(t) print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.yday, t.wday, t.isdst)', [['5.1 5.2', '2000\t14\t35\t25\tnil\tnil\tnil\tnil\tnil\n'], ['5.3 5.4 5.5', '2001\t3\t8\t1\t0\t0\t67\t5\tfalse\n']]);
    check('print(pcall(os.time, {year = 2000, month = 1})) print(pcall(os.time, {year = 2000, day = 1})) print(pcall(os.time, {month = 1, day = 1}))', [['5.1 5.2 5.3 5.4 5.5', 'false\tfield \'day\' missing in date table\nfalse\tfield \'month\' missing in date table\nfalse\tfield \'year\' missing in date table\n']]);
    check('print(pcall(os.time, {})) print(pcall(os.time, {day = 1}))', [['5.1 5.2 5.3', 'false\tfield \'day\' missing in date table\nfalse\tfield \'month\' missing in date table\n'], ['5.4 5.5', 'false\tfield \'year\' missing in date table\nfalse\tfield \'year\' missing in date table\n']]);
    check('local base = os.time({year = 2000, month = 1, day = 1}) print(pcall(os.time, {year = "x", month = 1, day = 1})) local ok, t = pcall(os.time, {year = 2000, month = 1.5, day = 1}) print(ok, ok and t - base or t)', [['5.1 5.2', 'false\tfield \'year\' missing in date table\ntrue\t0\n'], ['5.3 5.4 5.5', 'false\tfield \'year\' is not an integer\nfalse\tfield \'month\' is not an integer\n']]);
    check('local a = os.time({year = "2000", month = "1", day = "1"}) print(a == os.time({year = 2000, month = 1, day = 1}))', [['5.1 5.2 5.3 5.4 5.5', 'true\n']]);
    check('print(pcall(os.time, {year = 2^31 + 1900, month = 1, day = 1})) print(pcall(os.time, {year = 2000, month = 1, day = 1, hour = 2^31}))', [['5.3 5.4 5.5', 'false\tfield \'year\' is out-of-bound\nfalse\tfield \'hour\' is out-of-bound\n']]);
    check('local base = os.time({year = 2000, month = 1, day = 1}) local ok, t = pcall(os.time, {year = 2000, month = 1, day = 1, hour = "x"}) print(ok, ok and t - base or t) print(pcall(os.time, 1))', [['5.1', 'true\t0\nfalse\tbad argument #1 to \'?\' (table expected, got number)\n'], ['5.2', 'true\t0\nfalse\tbad argument #1 to \'os.time\' (table expected, got number)\n'], ['5.3 5.4 5.5', 'false\tfield \'hour\' is not an integer\nfalse\tbad argument #1 to \'os.time\' (table expected, got number)\n']]);
    check('print(math.type and math.type(os.time()) or type(os.time()), os.time() > 1.6e9)', [['5.1 5.2', 'number\ttrue\n'], ['5.3 5.4 5.5', 'integer\ttrue\n']]);
  });

  describe('difftime and clock', () => {
    check('print(os.difftime(10, 5), pcall(os.difftime))', [['5.1', '5\tfalse\tbad argument #1 to \'?\' (number expected, got no value)\n'], ['5.2', '5\tfalse\tbad argument #1 to \'os.difftime\' (number expected, got no value)\n'], ['5.3 5.4 5.5', '5.0\tfalse\tbad argument #1 to \'os.difftime\' (number expected, got no value)\n']]);
    check('print(pcall(os.difftime, 10))', [['5.1 5.2', 'true\t10\n'], ['5.3 5.4 5.5', 'false\tbad argument #2 to \'os.difftime\' (number expected, got no value)\n']]);
    check('print(pcall(os.difftime, 1.5, 1))', [['5.1 5.2', 'true\t0\n'], ['5.3 5.4 5.5', 'false\tbad argument #1 to \'os.difftime\' (number has no integer representation)\n']]);
    check('local c = os.clock() print(type(c), c >= 0, math.type and math.type(c))', [['5.1 5.2', 'number\ttrue\tnil\n'], ['5.3 5.4 5.5', 'number\ttrue\tfloat\n']]);
  });

  describe('environment and files', () => {
    check('print(os.getenv("LUNA_SPEC_SURELY_UNSET"), pcall(os.getenv)) print(type(os.getenv("PATH")))', [['5.1', 'nil\tfalse\tbad argument #1 to \'?\' (string expected, got no value)\nstring\n'], ['5.2 5.3 5.4 5.5', 'nil\tfalse\tbad argument #1 to \'os.getenv\' (string expected, got no value)\nstring\n']]);
    check('print(os.remove("/nonexistent-dir/x")) print(os.rename("/nonexistent-dir/x", "/nonexistent-dir/y"))', [['5.1', 'nil\t/nonexistent-dir/x: No such file or directory\t2\nnil\t/nonexistent-dir/x: No such file or directory\t2\n'], ['5.2 5.3 5.4 5.5', 'nil\t/nonexistent-dir/x: No such file or directory\t2\nnil\tNo such file or directory\t2\n']]);
    check('local n = os.tmpname() print(type(n), os.remove(n)) print(select(3, os.remove(n)))', [['5.1 5.2 5.3 5.4 5.5', 'string\ttrue\n2\n']]);
    check('local a, b = os.tmpname(), os.tmpname() local r1 = os.rename(a, b) local r2 = os.remove(b) local r3 = os.remove(a) print(a ~= b, r1, r2, r3)', [['5.1 5.2 5.3 5.4 5.5', 'true\ttrue\ttrue\tnil\n']]);
    check('print(os.setlocale(), os.setlocale("C"), os.setlocale("POSIX"), os.setlocale("xx_YY"), os.setlocale(nil, "numeric"))', [['5.1 5.2 5.3 5.4 5.5', 'C\tC\tC\tnil\tC\n']]);
    check('print(pcall(os.setlocale, "C", "bogus"))', [['5.1', 'false\tbad argument #2 to \'?\' (invalid option \'bogus\')\n'], ['5.2 5.3 5.4 5.5', 'false\tbad argument #2 to \'os.setlocale\' (invalid option \'bogus\')\n']]);
    check('print(os.execute())', [['5.1', '1\n'], ['5.2 5.3 5.4 5.5', 'true\n']]);
    check('print(os.execute("exit 3")) print(os.execute("true")) print(os.execute("kill -9 $$"))', [['5.1', '768\n0\n9\n'], ['5.2 5.3 5.4 5.5', 'nil\texit\t3\ntrue\texit\t0\nnil\tsignal\t9\n']]);
  });
});

import { describeDifferential } from '../fixtures/io/differential.js';

await describeDifferential('os');
