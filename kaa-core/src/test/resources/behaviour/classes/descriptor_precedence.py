# descriptors: data vs non-data precedence against the instance dict, __get__ on class access, __delete__, __set_name__
class NonData:
    def __get__(self, obj, owner):
        return f"NonData.__get__({type(obj).__name__}, {owner.__name__})"
class Data:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("  __delete__", self.name)
        obj.__dict__.pop("_" + self.name, None)
class SetOnly:
    def __set__(self, obj, value):
        print("  SetOnly.__set__", value)
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
c = C()
print(c.nd, C.nd, C.d.name, c.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.d = 5
print(c.d, c.__dict__)
del c.d
print(c.d)
c.so = 1
print(c.so is C.so, "so" in c.__dict__)
c.__dict__["so"] = "in dict"
print(c.so)
class GetOnlyData:
    def __get__(self, obj, owner):
        return "get"
    def __delete__(self, obj):
        print("  delete only")
class D:
    g = GetOnlyData()
dd = D()
try:
    dd.g = 1
except AttributeError as e:
    print("AttributeError:", e)
del dd.g
class Meta(type):
    attr = NonData()
    mdata = Data()
class WithMeta(metaclass=Meta):
    attr = "class dict wins over metaclass non-data"
print(WithMeta.attr, WithMeta.mdata)
class Late:
    pass
Late.x = Data()
try:
    Late().x
except AttributeError as e:
    print("AttributeError:", e)
Late.x.__set_name__(Late, "x")
print(Late().x)
class Wrong:
    def __set_name__(self, owner, name):
        raise ValueError("set_name failed for " + name)
try:
    class Broken:
        attr = Wrong()
except ValueError as e:
    print(type(e).__name__ + ":", e, e.__notes__ if hasattr(e, "__notes__") else "")
class FuncAsAttr:
    def method(self):
        return self
f = FuncAsAttr()
print(FuncAsAttr.method.__get__(f)() is f, FuncAsAttr.__dict__["method"].__get__(None, FuncAsAttr) is FuncAsAttr.method)
