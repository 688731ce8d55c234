try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("values", repr(e))
except* TypeError as e:
    print("types", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as e:
    print("rest", repr(e))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as e:
    print("raised", repr(e))
except TypeError as e:
    print("plain", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
