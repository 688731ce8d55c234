# Private name mangling: __names inside a class body become _Class__names, in attributes, calls, and nested code.
class Account:
    __count = 0
    def __init__(self, balance):
        self.__balance = balance
        Account.__count += 1
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret(), self.__balance, getattr(self, "_Account__balance")
    def dunder_not_mangled(self):
        return self.__class__.__name__
    def nested(self):
        def inner():
            return self.__balance
        return inner(), (lambda: self.__balance)(), [self.__balance for _ in range(1)]

a = Account(10)
print(a.reveal(), a.dunder_not_mangled(), a.nested())
print(sorted(k for k in vars(a)), "_Account__count" in Account.__dict__)
try:
    a.__balance
except AttributeError as e:
    print(e)

class _Leading:
    def get(self):
        self.__x = 1
        return list(vars(self))

class __Dunders:
    def get(self):
        self.__y = 2
        return list(vars(self))

print(_Leading().get(), __Dunders().get())

class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)

print(Sub(5).peek())

class Names:
    def m(self, __arg):
        __local = __arg
        return sorted(locals())
    __attr: int = 1

print(Names().m(3), Names.__annotations__, Names.m.__code__.co_varnames)

class ImportsMangled:
    def run(self):
        try:
            import __missing_module_name
        except ImportError as e:
            return e.name

print(ImportsMangled().run())
print(getattr(Account, "__count", "not found unmangled"), Account._Account__count)
