# A class's name and docstring must be encodable in UTF-8 (CPython keeps both as C strings): a lone surrogate is a
# UnicodeEncodeError, a NUL in the name a ValueError; anything else, astral characters included, is accepted.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', ascii(cls.__name__), ascii(cls.__doc__))
    except (UnicodeEncodeError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt('plain', lambda: type('Plain', (), {'__doc__': 'a doc'}))
attempt('astral name', lambda: type('A\U0001F600', (), {}))
attempt('astral doc', lambda: type('A', (), {'__doc__': 'd\U0001F600c'}))
attempt('lone surrogate name', lambda: type('A\udc80', (), {}))
attempt('high surrogate name', lambda: type('\ud800B', (), {}))
attempt('lone surrogate doc', lambda: type('A', (), {'__doc__': 'x\udfff'}))
attempt('doc not a str', lambda: type('A', (), {'__doc__': b'\xff'}))
attempt('nul name', lambda: type('A\0B', (), {}))


class Renamed:
    pass


for name in ('Fine\U0001F600', 'Bad\udc80', 'Nul\0'):
    try:
        Renamed.__name__ = name
        print('rename ok', ascii(Renamed.__name__))
    except (UnicodeEncodeError, ValueError) as e:
        print('rename', type(e).__name__, e)

# os.fsencode / os.fsdecode: UTF-8 with surrogateescape, both ways
import os
print(os.fsencode('a\udcff\U0001F600'), ascii(os.fsdecode(b'a\xff\xf0\x9f\x98\x80')))
print(os.fsdecode(os.fsencode('round\udc80trip')) == 'round\udc80trip')
try:
    os.fsencode('high\ud800')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
