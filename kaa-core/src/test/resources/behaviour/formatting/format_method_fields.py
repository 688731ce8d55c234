# str.format: field names (auto/manual numbering, attributes, indexes), conversions, nested specs, escapes, errors
class P:
    x = 3
    items = ["zero", "one"]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "P-str"
p = P()
print("{}{}{}".format(1, 2, 3), "{0}{0}{1}".format("a", "b"), "{name}{0}".format(9, name="n"))
print("{0.x} {0.items[1]} {p.items[0]} {d[key]} {d[1]} {l[-1]}".format(p, p=p, d={"key": "v", 1: "int key"}, l={"-1": "str"}))
print("{!r} {!s} {!a} {!r:>8}|".format(p, p, "é", "r"), "{:{}{}}|".format("ab", ">", 6), "{:{fill}^{w}}".format("c", fill="*", w=5))
print("{{}} {{{}}} }}{{".format(7), "{0:{1}.{2}f}".format(3.14159, 8, 2), "{:}".format("empty spec"), "{0[0]}".format("xy"))
print("{0}".format(*["from star"]), "{a}".format(**{"a": "from dict"}), "{}".format(None), "{0.real}".format(5))
print("{:%}".format(0.25), "{:,}".format(1234567), "{:_b}".format(255), "{0:>{width}}|".format("r", width=4))
print("{0.__class__.__name__}".format([]), "{0[a b]}".format({"a b": 1}), "{0[ 0]}".format({" 0": "space"}))
def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
show("{0}{}", 1, 2)
show("{}{0}", 1, 2)
show("{1}", 1)
show("{}")
show("{a}")
show("{0.nope}", 1)
show("{0[5]}", [1])
show("{0[x]}", {"y": 1})
show("{0!x}", 1)
show("{0!}", 1)
show("{", 1)
show("}", 1)
show("{0:{1:{2}}}", 1, 2, 3)
show("{0:d}", 1.5)
show("{0:s}", 1)
show("{0.}", 1)
show("{0[}", 1)
show("{0[0]x}", [1])
show("{:=5}", "s")
show("{:,s}", "s")
show("{0:{a}}", 1)
show("{:{}}", 1)
print("{a}".format_map({"a": 1}))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} {unknown}".format_map(Missing(known="k")))
