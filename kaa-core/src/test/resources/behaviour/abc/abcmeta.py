# abc.ABCMeta on _abc: abstract methods, instantiation errors, register, subclass hooks, caches and tokens
import abc
import _abc
from abc import ABC, ABCMeta, abstractmethod, get_cache_token

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(abc.ABCMeta.__module__, ABCMeta.register.__qualname__, _abc.__name__)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name}: {self.area()}'
print(sorted(Shape.__abstractmethods__))
show(lambda: Shape())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(sorted(Square.__abstractmethods__))
show(lambda: Square(2))
class Named(Square):
    name = 'square'
print(Named.__abstractmethods__, Named(3).describe(), isinstance(Named(1), Shape), issubclass(Named, Shape))

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
print(isinstance([], Sized), isinstance(1, Sized), issubclass(str, Sized), issubclass(int, Sized))
token = get_cache_token()
class Registered: pass
class Child(Registered): pass
print(Sized.register(Registered) is Registered, get_cache_token() == token + 1)
print(isinstance(Registered(), Sized), issubclass(Child, Sized), Sized.register(Registered) is Registered)
print(get_cache_token() == token + 1)
show(lambda: Sized.register(1))
show(lambda: Registered.register)
class Base(ABC): pass
class Derived(Base): pass
show(lambda: Derived.register(Base))
print(Base.register(Base) is Base)
show(lambda: issubclass(1, Sized))
print(issubclass(bool, Sized), isinstance(True, Sized))

class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 'yes'
show(lambda: issubclass(int, Bad))

class Meta(ABCMeta): pass
class UsesMeta(metaclass=Meta):
    @abstractmethod
    def f(self): ...
show(lambda: UsesMeta())
dump = _abc._get_dump(Sized)
print(type(dump), len(dump), type(dump[0]).__name__, len(dump[0]), dump[3] == get_cache_token())
_abc._reset_caches(Sized)
print(_abc._get_dump(Sized)[1], isinstance('x', Sized))
_abc._reset_registry(Sized)
print(isinstance(Registered(), Sized))
print(type(Sized._abc_impl).__name__, type(Sized._abc_impl).__module__)
Sized._abc_impl = 1
show(lambda: isinstance(1, Sized))

class Later(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
class Partly(Later):
    def a(self): return 1
print(sorted(Partly.__abstractmethods__))
Partly.b = lambda self: 2
abc.update_abstractmethods(Partly)
print(Partly.__abstractmethods__, Partly().b())
