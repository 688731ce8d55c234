# Data and non-data descriptors, and their precedence over the instance dict
class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)


class Data:
    def __get__(self, obj, objtype=None):
        return "data"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class C:
    nd = NonData()
    d = Data()
    do = DeleteOnly()


c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
c.d = 5
c.__dict__["d"] = "instance loses to data"
print(c.d)
del c.do
print(C.__dict__["do"] is C.do)
c.__dict__["do"] = "dict"
print(c.do)


class Counter:
    def __init__(self):
        self.calls = 0

    def __get__(self, obj, objtype=None):
        self.calls += 1
        return self.calls


class K:
    n = Counter()


print(K.n, K().n, K.n)
