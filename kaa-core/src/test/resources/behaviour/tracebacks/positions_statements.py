# Where statements' instructions point: imports cover the statement (no markers), decorators their own line
import sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def import_missing():
    import no_such_module_here


def import_dotted():
    import sys.nothing as n


def from_import_missing():
    from sys import no_such_name


def from_import_parenthesized():
    from sys import (path,
                     no_such_name)


def failing(f):
    raise TypeError("not this one")


def decorated_function():
    @staticmethod
    @failing
    def g():
        pass


def decorated_class():
    @failing
    class K:
        pass


def assertion():
    assert 1 > 2, "one is not greater"


def unpacking():
    a, b = [1, 2, 3]


def augmented():
    n = None
    n += 1


def deletion():
    d = {}
    del d["missing"]


for f in (import_missing, import_dotted, from_import_missing, from_import_parenthesized, decorated_function,
          decorated_class, assertion, unpacking, augmented, deletion):
    show(f)
