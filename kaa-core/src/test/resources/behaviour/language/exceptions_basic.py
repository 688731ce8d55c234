def f():
    try:
        return 1
    finally:
        print("finally")
print(f())
def g():
    for i in [1, 2, 3]:
        try:
            if i == 2:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
def h():
    try:
        undefined
    except NameError as e:
        print("caught", e)
    else:
        print("no")
    finally:
        print("done")
h()
def nested():
    try:
        try:
            x = unknown
        finally:
            print("inner finally")
    except NameError:
        print("outer caught")
nested()
def ctx():
    try:
        a
    except NameError:
        try:
            b
        except NameError as e:
            print("ctx", e)
ctx()
def raiser():
    try:
        a
    except NameError as e:
        raise
try:
    raiser()
except NameError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print(e)
def tb():
    try:
        zz
    except NameError as e:
        return e.__traceback__
print(type(tb()) if False else "tb")
try:
    try:
        a
    except NameError:
        raise TypeError from None
except Exception as e:
    print(type(e).__name__ if False else "x")
def loop_break():
    for i in [1,2,3]:
        try:
            if i == 2: break
        finally:
            print("f", i)
    return i
print(loop_break())
x = 5
del x
try:
    x
except NameError as e:
    print(e)
def unb():
    print(q)
    q = 1
try:
    unb()
except UnboundLocalError as e:
    print(e)
def free():
    def inner(): return w
    try:
        inner()
    except NameError as e:
        print(e)
    w = 1
free()
