for n in (0, 1, -1, 255, -255, 2**70, True):
    print(bin(n), oct(n), hex(n))


class Idx:
    def __index__(self):
        return 10


print(bin(Idx()), hex(Idx()))
for bad in (1.5, "x"):
    try:
        hex(bad)
    except TypeError as e:
        print(e)
