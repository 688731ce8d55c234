# A subclass of property keeps its class through getter/setter copies
class logged(property):
    def __get__(self, obj, cls=None):
        if obj is not None:
            print("get", self.fget.__name__)
        return super().__get__(obj, cls)


class C:
    @logged
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v


c = C()
c.x = 7
print(c.x, type(C.__dict__["x"]).__name__)
print(isinstance(C.__dict__["x"], property))
