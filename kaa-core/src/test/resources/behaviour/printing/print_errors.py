for kwargs in ({"sep": 1}, {"end": 2.5}, {"foo": 1}):
    try:
        print("x", **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("x", file=1)
except AttributeError as e:
    print("AttributeError:", e)
