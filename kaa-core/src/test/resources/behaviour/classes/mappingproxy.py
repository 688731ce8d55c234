# A class's __dict__ is a read-only mapping proxy
class C:
    x = 1

    def m(self):
        pass


d = C.__dict__
print(type(d).__name__, d["x"], "m" in d, "zz" in d, d.get("zz", "none"), len(d) > 3)
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(type(d.copy()).__name__)
print(list(type("E", (), {}).__dict__))
