# builtins.__build_class__ is an ordinary built-in function
import builtins

print(builtins.__build_class__, builtins.__build_class__.__module__, builtins.__build_class__.__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta", name, kw)
        return super().__new__(mcls, name, bases, ns)


C = builtins.__build_class__(lambda: None, "C", metaclass=Meta, flag=1)
print(type(C), C.__name__)
for args in [(), (1,), (lambda: None, 2)]:
    try:
        builtins.__build_class__(*args)
    except TypeError as e:
        print(e)
