# An exception class whose __module__ is not a str is printed as <unknown>.NAME
class E(Exception):
    pass
E.__module__ = None
raise E("m")
