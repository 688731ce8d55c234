# Exceptions raised in except and finally blocks, bare raise, the handled exception restored after a handler.
import sys

def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

try:
    in_except()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def bare_raise():
    try:
        raise KeyError("k")
    except KeyError:
        raise

try:
    bare_raise()
except KeyError as e:
    print("re-raised", repr(e), e.__context__)

try:
    raise
except RuntimeError as e:
    print(e)

def reraise_after_other():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise

try:
    reraise_after_other()
except ValueError as e:
    print("bare raise re-raises", e)

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())

def name_unbound_after_except():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print(type(e).__name__, e)

name_unbound_after_except()

def in_finally():
    try:
        raise ValueError("try")
    finally:
        raise KeyError("finally")

try:
    in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))

for exc_class in (ValueError, IndexError, ZeroDivisionError):
    try:
        raise exc_class("x")
    except (IndexError, ZeroDivisionError) as e:
        print("tuple caught", type(e).__name__)
    except Exception as e:
        print("fallback", type(e).__name__)

try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)

try:
    raise 42
except TypeError as e:
    print(e)

class NotAnException:
    pass

try:
    raise NotAnException
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
