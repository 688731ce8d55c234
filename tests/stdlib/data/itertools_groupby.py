"""Grouping records: itertools.groupby over sorted data, with operator.itemgetter keys."""
from itertools import groupby
from operator import itemgetter, attrgetter

sales = [
    {"region": "north", "product": "tea", "amount": 120},
    {"region": "south", "product": "coffee", "amount": 200},
    {"region": "north", "product": "coffee", "amount": 80},
    {"region": "east", "product": "tea", "amount": 50},
    {"region": "south", "product": "tea", "amount": 75},
    {"region": "north", "product": "tea", "amount": 30},
]
by_region = itemgetter("region")
for region, rows in groupby(sorted(sales, key=by_region), key=by_region):
    rows = list(rows)
    print(f"{region:<6} {len(rows)} sales, total {sum(r['amount'] for r in rows):>4}")

print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print([k for k, _ in groupby([1, 1, 2, 3, 3, 3, 1])])

class Item:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __repr__(self):
        return f"Item({self.name!r})"

items = [Item("apple", "fruit"), Item("kale", "veg"), Item("fig", "fruit"), Item("leek", "veg")]
items.sort(key=attrgetter("kind", "name"))
print({k: list(g) for k, g in groupby(items, key=attrgetter("kind"))})
print(sorted(sales, key=itemgetter("amount"), reverse=True)[0])
