# BaseExceptionGroup/ExceptionGroup: construction rules, split/subgroup with types and predicates, derive, nesting
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError), repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))) == repr(eg))
match, rest = eg.split((TypeError, KeyError))
print(repr(match), repr(rest))
match, rest = eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 2)
print(repr(match), repr(rest))
print(eg.split(Exception)[1], eg.split(Exception)[0] is eg, eg.subgroup(Exception) is eg)
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(b).__name__, type(BaseExceptionGroup("all normal", [ValueError()])).__name__)
m, r = b.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(r))
for make in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]),
             lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x"), lambda: ExceptionGroup("x", ValueError()),
             lambda: eg.split(1), lambda: eg.subgroup("x")):
    try:
        print(repr(make()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
mg.add_note("a note")
mg.__cause__ = KeyError("cause")
sub = mg.subgroup(ValueError)
print(type(sub).__name__, sub.message, sub.__notes__, repr(sub.__cause__), sub.exceptions)
plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
plain.add_note("kept")
print(plain.subgroup(ValueError).__notes__, type(plain.derive([KeyError()])).__name__, plain.derive([KeyError()]).message)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
try:
    raise ExceptionGroup("raised", [ValueError("a"), OSError("b")])
except* ValueError as group:
    print("caught ValueError part:", repr(group))
except* OSError as group:
    print("caught OSError part:", repr(group))
