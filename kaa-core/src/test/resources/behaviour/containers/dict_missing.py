# __missing__ in a dict subclass
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, c.get("zzz"))
class Default(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value
d = Default()
d["x"].append(1)
print(d)
class Plain(dict):
    pass
try:
    Plain()["nope"]
except KeyError as e:
    print("KeyError:", e)
