# __cause__, __context__ and __suppress_context__: raise from, raise from None, implicit chaining, assignments.
def explicit():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e

try:
    explicit()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

def from_none():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("clean") from None

try:
    from_none()
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)

e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print(err)
try:
    e.__context__ = "s"
except TypeError as err:
    print(err)
e.__suppress_context__ = True
print(e.__suppress_context__)

def cycle():
    a = ValueError("a")
    b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as again:
            return again

r = cycle()
print(repr(r), repr(r.__context__), r.__context__.__context__)

def same_exception_not_self_context():
    err = ValueError("self")
    try:
        try:
            raise err
        except ValueError:
            raise err
    except ValueError as e:
        return e.__context__

print(same_exception_not_self_context())

def context_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            raise TypeError("b")
    except TypeError as e:
        return repr(e.__context__)

print(context_in_finally())
