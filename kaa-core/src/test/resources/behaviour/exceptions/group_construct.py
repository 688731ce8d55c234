# ExceptionGroup construction rules
def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt(lambda: ExceptionGroup('m', [ValueError(1), TypeError(2)]))
attempt(lambda: BaseExceptionGroup('m', [ValueError(1)]))
attempt(lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup('m', []))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup('m', ValueError()))
attempt(lambda: ExceptionGroup('m', [1]))
attempt(lambda: ExceptionGroup('m'))
attempt(lambda: ExceptionGroup('m', (ValueError(),), 3))
attempt(lambda: ExceptionGroup('m', {ValueError()}))
g = ExceptionGroup('msg', (ValueError('a'),))
print(g.message, g.exceptions, g.args, str(g), str(ExceptionGroup('two', [ValueError(), ValueError()])))
class MyGroup(ExceptionGroup):
    pass
attempt(lambda: MyGroup('m', [SystemExit()]))
attempt(lambda: MyGroup('m', [ValueError()]))
print(issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
