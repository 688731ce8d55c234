# json.dumps and json.loads of a mixed document (nested dicts, lists, strings with escapes, ints, floats), the
# _json speed path on both sides; prints a checksum.
import json

doc = {
    "users": [
        {"id": i, "name": "user %d \u00e9\"q\"" % i, "score": i * 1.25, "tags": ["a", "b\n", str(i)],
         "active": i % 3 == 0, "parent": None}
        for i in range(2000)
    ],
    "meta": {"count": 2000, "title": "r\u00e9sum\u00e9 \U0001f600", "nested": [[1, 2, [3, 4, {"x": -5e-3}]]] * 50},
}
total = 0
for _ in range(15):
    text = json.dumps(doc)
    back = json.loads(text)
    total += len(text) + len(back["users"]) + len(json.dumps(back, sort_keys=True, ensure_ascii=False))
print(total, back == doc)
