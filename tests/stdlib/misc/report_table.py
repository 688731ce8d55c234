"""A report: records sorted with operator keys, aggregated, and printed as an aligned table with format specs."""
from operator import itemgetter
from collections import defaultdict
from statistics import mean

sales = [
    ("2024-01", "north", "widgets", 1200.5, 30),
    ("2024-01", "south", "gadgets", 850.0, 12),
    ("2024-02", "north", "gadgets", 430.25, 7),
    ("2024-02", "east", "widgets", 2999.99, 61),
    ("2024-03", "south", "widgets", 120.0, 3),
    ("2024-03", "east", "gizmos", 75.5, 1),
]
print(f"{'month':<8}{'region':<8}{'product':<9}{'revenue':>10}{'units':>7}")
print("-" * 42)
for month, region, product, revenue, units in sorted(sales, key=itemgetter(1, 0)):
    print(f"{month:<8}{region:<8}{product:<9}{revenue:>10,.2f}{units:>7d}")
totals = defaultdict(float)
for row in sales:
    totals[row[2]] += row[3]
print()
for product, total in sorted(totals.items(), key=itemgetter(1), reverse=True):
    share = total / sum(totals.values())
    print(f"{product:>10}: {total:>9.1f} {share:6.1%} {'#' * int(share * 40)}")
print(f"mean revenue {mean(r[3] for r in sales):.3f}; max units {max(sales, key=itemgetter(4))[1:3]}")
print(f"{12345.6789:e} {12345.6789:g} {0.000012:g} {42:#x} {42:#o} {42:b} {-42:+d} {3.5:=+8.2f} {'x':*^7}")
print(f"{1e20:,.0f} {123456789:_} {0.5:.0%} {float('nan'):f} {-0.0:g} {2**64:,}")
print("{:>{w}.{p}f}|{!r:^10}|{k[a]}".format(3.14159, "s", w=9, p=3, k={"a": "dict item"}))
print("%-6s|%6.2f|%03d|%x|%r|%%" % ("ab", 2.5, 7, 255, "q"))
