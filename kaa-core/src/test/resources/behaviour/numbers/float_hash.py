print(hash(1.5), hash(-1.0), hash(1e300), hash(float('inf')), hash(-float('inf')), hash(0.5) == hash(complex(0.5, 0)))
print(hash(0.25) == hash(0.25 + 0j), hash(2.0 ** 61) == hash(2 ** 61))
