# __cause__, __context__ and __suppress_context__, set by raise and by assignment
try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        raise ValueError('outer') from k
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    print(repr(e.__cause__), type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('hidden') from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError()
for name, value in [('__cause__', 5), ('__context__', 'x'), ('__traceback__', 1), ('__suppress_context__', 1)]:
    try:
        setattr(e, name, value)
    except TypeError as t:
        print(name, 'TypeError:', t)
for name in ['__cause__', '__context__', '__traceback__', '__suppress_context__']:
    try:
        delattr(e, name)
    except TypeError as t:
        print(name, 'TypeError:', t)
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
