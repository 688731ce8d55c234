def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def implicit():
    try:
        [][1]
    except IndexError:
        raise TypeError("during handling")
try:
    implicit()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__ is None)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)
def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_overrides())
def nested_handlers():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            raise KeyError(2)
        finally:
            print("inner finally")
    except KeyError as e:
        return repr(e) + " ctx=" + repr(e.__context__)
print(nested_handlers())
class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Custom(42)
except Exception as e:
    print(type(e).__name__, e, e.code, type(e) is Custom)
try:
    raise Custom
except TypeError as e:
    print("TypeError:", e)
def handler_name_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError:
        return "err unbound"
print(handler_name_cleared())
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (KeyError, 5):
        pass
except TypeError as e:
    print(e)
e = ValueError("tb")
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__.tb_lineno)
def reraise_in_finally():
    try:
        raise KeyError("k")
    finally:
        print("cleanup")
try:
    reraise_in_finally()
except KeyError as e:
    print("propagated", repr(e))
try:
    assert 1 == 2, "assertion message"
except AssertionError as e:
    print(repr(e))
try:
    assert False
except AssertionError as e:
    print(repr(e))
