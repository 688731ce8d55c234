def handle(fail):
    caught = []
    try:
        fail()
    except* ValueError as e:
        caught.append(("value", len(e.exceptions)))
    except* TypeError as e:
        caught.append(("type", len(e.exceptions)))
    else:
        caught.append("nothing")
    finally:
        caught.append("finally")
    return caught

def f1():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
def f2():
    pass
def f3():
    raise ValueError(5)
def f4():
    raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
print(handle(f1))
print(handle(f2))
print(handle(f3))
try:
    handle(f4)
except ExceptionGroup as g:
    print("escaped", repr(g.exceptions))
