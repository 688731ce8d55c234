# CPython's AST and flow-graph rewrites that show in co_consts: % formatting as f-strings, big dict displays.
def f(a, b):
    x = "=?%s?q?%s?=" % (a, b)
    y = "%r and %-5s and %5.2a %% done" % (a, b, a)
    z = "%d" % (a,)
    w = "%s" % (a,)
    v = "%s %s" % (a,)
    u = "%123s" % (a,)
    t = "%.s|%0s|%#r" % (a, a, a)
    return "%s" % ("k",)

table = {
    1: 7,
    2: 14,
    3: 21,
    4: 28,
    5: 35,
    6: 42,
    7: 49,
    8: 56,
    9: 63,
    10: 70,
    11: 77,
    12: 84,
    13: 91,
    14: 98,
    15: 105,
    16: 112,
    17: 119,
    18: 126,
    19: 133,
    20: 140,
    21: 147,
    22: 154,
    23: 161,
    24: 168,
    25: 175,
    26: 182,
    27: 189,
    28: 196,
    29: 203,
    30: 210,
    31: 217,
    32: 224,
    33: 231,
    34: 238,
    35: 245,
    36: 252,
    37: 259,
    38: 266,
    39: 273,
    40: 280,
}
def constant_pairs(x):
    x[0]: float
    match ...:
        case _:
            pass

def none_tests(loop, self):
    if loop is None:
        raise RuntimeError("x")
    while loop is not None and not (self is None):
        loop = 1
    return loop


def constant_call_arguments(g, kw):
    g(**kw)
    g(1, "a", **kw)
    g(*(), **kw)


def constant_tests(x):
    while True:
        if x in {1, 1.0, True, 2, (1, 2), (1.0, 2)}:
            return 1
        if 1:
            pass
    return "a", True


quotients = 4 / 3, 2 ** 80 / 3, 1 / 3, -7 / 9
