# A subclass keeps its type through split by overriding derive
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag=None):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag=None):
        super().__init__(message, excs)
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)
t = Tagged('t', [ValueError(1), KeyError(2)], tag='x')
m, r = t.split(ValueError)
print(type(m).__name__, m.tag, repr(m), repr(r))
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    Bad('b', [ValueError(), KeyError()]).split(ValueError)
except TypeError as e:
    print('TypeError:', e)
print(repr(ExceptionGroup('plain', [ValueError()]).derive([KeyError()])))
