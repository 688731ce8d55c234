# NameError and UnboundLocalError messages: locals, free variables, class bodies, comprehensions, deleted names.
def local_before_assignment():
    print(value)
    value = 1

def free_before_assignment():
    def inner():
        return captured
    r = inner()
    captured = 1
    return r

def comprehension_uses_missing():
    return [missing_name for _ in range(1)]

class Body:
    try:
        print(not_defined_anywhere)
    except NameError as e:
        print("class body:", e)

def conditional(flag):
    if flag:
        result = "set"
    return result

for fn in [local_before_assignment, free_before_assignment, comprehension_uses_missing, lambda: conditional(False)]:
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e, e.name)

print(conditional(True))
print(issubclass(UnboundLocalError, NameError))
try:
    prnt("typo")
except NameError as e:
    print(e, e.name)
len = "shadowed"
del len
print(len("builtins visible again"))
try:
    del len
except NameError as e:
    print(e)

def deleted_global():
    global temp
    temp = 1
    del temp
    return temp

try:
    deleted_global()
except NameError as e:
    print(e)
