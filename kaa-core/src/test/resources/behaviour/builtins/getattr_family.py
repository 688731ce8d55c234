class C:
    x = 1


c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 5)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
for f in (lambda: getattr(c, 1), lambda: setattr(c, 2, 3), lambda: hasattr(c, None), lambda: delattr(c, 4)):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    delattr(c, "zzz")
except AttributeError as e:
    print(e)
