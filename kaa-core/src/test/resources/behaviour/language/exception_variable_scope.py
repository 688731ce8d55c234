# "except E as name" unbinds name at the end of the handler, even a global or one bound before; nested functions
# see the deletion; the value can be kept by assigning it to another name.
e = "global value"
try:
    raise ValueError("v")
except ValueError as e:
    kept = e
try:
    e
except NameError as err:
    print(err)
print(repr(kept), kept.__traceback__ is not None)

def local_case():
    err = "before"
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return "err" in locals()

print(local_case())

def closure_case():
    try:
        raise KeyError("k")
    except KeyError as exc:
        def later():
            return exc
    try:
        later()
    except NameError as e2:
        print(type(e2).__name__, e2)

closure_case()

def del_in_handler():
    try:
        raise TypeError
    except TypeError as t:
        del t
    return "fine"

print(del_in_handler())

def rebound_in_handler():
    try:
        raise TypeError
    except TypeError as t:
        t = "rebound"
    return "t" in locals()

print(rebound_in_handler())
try:
    compile("try:\n    pass\nexcept E as a.b:\n    pass\n", "<s>", "exec")
except SyntaxError as s:
    print(s.msg)
try:
    compile("try:\n    pass\nexcept E as (a, b):\n    pass\n", "<s>", "exec")
except SyntaxError as s:
    print(s.msg)

class Holder:
    try:
        raise LookupError
    except LookupError as class_level:
        pass
    names = [k for k in locals() if not k.startswith("__")]

print(Holder.names)
