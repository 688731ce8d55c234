# assert: message evaluated only on failure, any object as message, AssertionError args, assert with a tuple warns.
def check(value, message=None):
    try:
        if message is None:
            assert value
        else:
            assert value, message
        return "passed"
    except AssertionError as e:
        return f"AssertionError args={e.args!r}"

print(check(1))
print(check(0))
print(check([], "empty list"))
print(check("", ["list", "message"]))
print(check(None, 42))

calls = []
def expensive():
    calls.append("called")
    return "msg"

assert True, expensive()
print(calls)
try:
    assert False, expensive()
except AssertionError as e:
    print(e, calls)

AssertionError_ = AssertionError
def shadowed():
    AssertionError = ValueError
    try:
        assert False, "uses the builtin"
    except ValueError:
        return "shadowed name used"
    except AssertionError_:
        return "builtin AssertionError raised"

print(shadowed())
assert 1 == 1 and not [], "unreached"
x = 5
assert x > 10, f"x is {x}"
