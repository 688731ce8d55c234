print(hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 64), hash(True))
print(hash(1) == hash(1.0) == hash(1 + 0j))
print(len({1, 1.0, True, 1 + 0j}))
