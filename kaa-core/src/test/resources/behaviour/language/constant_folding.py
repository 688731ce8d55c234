# Constant folding seen from Python: folded constants in co_consts, identity of folded tuples, limits on size.
def f():
    return 2 ** 10 + 3 * 4

print(f(), 1024 + 12 in f.__code__.co_consts)

def tuples():
    return (1, 2, (3, 4))

print(tuples() is tuples(), tuples.__code__.co_consts[-1])

def negative():
    return -5

print(-5 in negative.__code__.co_consts)

def big():
    return "ab" * 3, "x" * 5000

consts = big.__code__.co_consts
print("ababab" in consts, any(isinstance(c, str) and len(c) == 5000 for c in consts))

def no_fold_errors():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        return f"raised at run time: {e}"

print(no_fold_errors())

def subscripts():
    return "abc"[1], (1, 2, 3)[-1]

print(subscripts())

def huge_power():
    return 2 ** 1000

print(len(str(huge_power())))

print(1 if True else 2, "a" "b" "c", 0.1 + 0.2, 1e300 * 1e300, -(-0.0))
x = 5
print(x in (1, 5, 9), x in [1, 5, 9], x not in {5})

def in_list():
    return 5 in [1, 2, 3]

print([c for c in in_list.__code__.co_consts if isinstance(c, tuple)])
print(not not x, ~~x, -(-x), +x)
