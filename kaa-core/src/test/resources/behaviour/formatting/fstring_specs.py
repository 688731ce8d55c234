# f-string format specs: nested replacement fields, conversions with specs, = debugging, literals beside fields
width, prec, value, name = 10, 3, 3.14159265, "kaa"
print(f"[{value:{width}.{prec}f}]", f"[{value:>{width}}]", f"[{name:^{width}}]", f"[{name!r:>{width}}]", f"[{name!a}]")
print(f"{value=}", f"{value = :.2f}", f"{name=!s}", f"{name = }", f"{1 + 2 = }", f"{width*2=:#x}")
print(f"{{}}", f"{{{name}}}", f"a{{b{name}c}}d", f"{'nested ' + name!r}", f"{name:{'*'}^9}")
print(f"{3.5:.0f} {2.5:.0f} {-0.0:+.1f} {1e20:,.0f} {255:#010b} {255:_x} {0.5:.1%} {1234.5:n}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{42:=+8}|{-42:08}")
print(f"{[1, 2]!s:>10}", f"{None!r}", f"{'é'!a}", f"{b'x'!r:5}|", f"{object.__name__:.3}")
items = {"k": [10, 20]}
print(f"{items['k'][1]:05d}", f"{len(items):d}", f"{(lambda: 7)()}", f"{'x' if True else 'y'}")
for bad in ("{value:d}", "{name:d}", "{value:{width}.{prec}q}"):
    try:
        print(eval("f" + repr(bad)))
    except ValueError as e:
        print("ValueError:", e)
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
    def __repr__(self):
        return "Fmt()"
print(f"{Fmt():abc}", f"{Fmt()!r:>8}", f"{Fmt():{width}}", f"{Fmt()=}", f"{Fmt()=:x}")
