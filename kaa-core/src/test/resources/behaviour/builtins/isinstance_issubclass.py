print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, (str,))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


print(isinstance("magic", Magic), isinstance("plain", Magic))
for f in (lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1)):
    try:
        f()
    except TypeError as e:
        print(e)
