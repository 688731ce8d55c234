# Python subclasses of built-in exceptions
class AppError(Exception):
    """Application error."""
class ConfigError(AppError, KeyError):
    def __init__(self, key, detail):
        super().__init__(key)
        self.detail = detail
e = ConfigError('port', 'missing')
print(type(e).__name__, e.args, e.detail, str(e), repr(e))
print(isinstance(e, LookupError), isinstance(e, AppError), ConfigError.__mro__[1].__name__)
try:
    raise ConfigError('host', 'bad')
except AppError as caught:
    print('caught', caught.detail, caught.__dict__)
class WithStr(ValueError):
    def __str__(self):
        return 'custom: ' + ', '.join(map(str, self.args))
print(str(WithStr(1, 2)), repr(WithStr(1, 2)))
class Coded(Exception):
    def __init__(self, code):
        self.code = code
c = Coded(404)
print(c.args, c.code, str(c), repr(c))
