"""json: dumps/loads with options, files, errors, ordering, floats and unicode."""
import json
import io

data = {
    "name": "Kaa",
    "version": [3, 12],
    "fast": True,
    "gil": None,
    "ratio": 1.29,
    "tags": ["jvm", "python", "ünïcode", "😀"],
    "nested": {"a": {"b": {"c": [1, 2.5, -3e10]}}},
}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":"))[:60])
back = json.loads(text)
print(back == data, type(back["version"]), back["tags"][-1])
print(json.loads('{"x": 1e400, "y": NaN, "z": -Infinity}'))
print(json.dumps([float("inf"), 1e-7, 123456789012345678901234567890, 0.1 + 0.2]))
print(json.loads("[1, 2.0, \"\\u00e9\\ud83d\\ude00\"]"))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
buf.seek(0)
print(json.load(buf))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads("3.25", parse_float=lambda s: "float:" + s), json.loads('{"1": 2}', object_hook=lambda d: sorted(d)))
print(json.dumps({"b": 1, 2: 3, None: 4, 1.5: 5}))
