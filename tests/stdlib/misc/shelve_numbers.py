"""shelve over dbm.dumb files, the numbers ABCs, and time functions that do not depend on the clock."""
import dbm.dumb
import numbers
import os
import shelve
import tempfile
import time
from decimal import Decimal
from fractions import Fraction

with tempfile.TemporaryDirectory() as tmp:
    db = dbm.dumb.open(os.path.join(tmp, "store"), "c")
    with shelve.Shelf(db) as shelf:
        shelf["config"] = {"retries": 3, "hosts": ["a", "b"]}
        shelf["count"] = 10
        print(sorted(shelf.keys()), shelf["config"]["hosts"], "count" in shelf)
    db = dbm.dumb.open(os.path.join(tmp, "store"), "r")
    with shelve.Shelf(db) as shelf:
        print(shelf["count"], len(shelf))
for x in [1, 2.5, 1j, Fraction(1, 3), Decimal("1.1"), True]:
    print(type(x).__name__, [abc.__name__ for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(x, abc)])
t = time.gmtime(1_700_000_000)
print(t, t.tm_year, t.tm_wday, time.strftime("%Y-%m-%dT%H:%M:%SZ", t), time.asctime(t))
print(time.strptime("2024-02-29", "%Y-%m-%d")[:7], time.gmtime(0).tm_zone)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), type(time.time()), time.monotonic() <= time.monotonic())
print(time.get_clock_info("monotonic").monotonic, time.perf_counter_ns() > 0, isinstance(time.time_ns(), int))
