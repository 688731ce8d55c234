# f-strings: nesting, the = specifier, conversions, nested format specs, quotes reused inside (PEP 701), escapes.
name = "kaa"
value = 3.14159
width, precision = 10, 3
items = {"k": [1, 2]}
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{value:.2f}|{value:{width}.{precision}}|{value:>{width}}|{name:^9}|{42:#x}|{1234567:,}|{0.25:%}")
print(f"{value=}", f"{name = }", f"{1 + 1=}", f"{name=!s}", f"{value=:.1f}", f"{ name = !r:>8}")
print(f"{items['k'][1]}", f"{items["k"][0]}", f"{f"{f"{1}"}"}", f"{'nested ' + f'{name}'}")
print(f"{{literal braces}} {{{name}}}")
print(f"{3:{'>'}{5}}", f"{'x':{'*'}^{7}}")
print(f"{name:}", f"{'':}", f"{None}", f"{[1, 2]!r:>10}")
print(f"{'multi'
        'line'}", f"""{
    name
}""")
print(f"{(lambda x: x * 2)(4)}", f"{ {'a': 1}['a'] }", f"{(1, 2)}", f"{3 if value > 3 else 0}")
print(f"\t{name}\n".strip(), rf"\n{name}", fr"{name}\d")
print(f"{value!r:^12}", format(value, ""), f"{-0.0:+}", f"{10:{'0'}{'5'}}")

class Custom:
    def __format__(self, spec):
        return f"<format {spec!r}>"
    def __repr__(self):
        return "<repr>"
    def __str__(self):
        return "<str>"

c = Custom()
print(f"{c}", f"{c:spec}", f"{c!r}", f"{c!s:>7}", f"{c=}", f"{c=:x}")
for bad in ["f'{}'", "f'{!r}'", "f'{x!z}'", "f'{x'", "f'}'", "f'{x:{y:{z}}}'", "f'{a b}'"]:
    try:
        compile(bad, "<f>", "eval")
        print(bad, "compiles")
    except SyntaxError as e:
        print(bad, "->", e.msg)
try:
    f"{name:d}"
except ValueError as e:
    print(e)
try:
    f"{c!r:d}"
except ValueError as e:
    print(e)
