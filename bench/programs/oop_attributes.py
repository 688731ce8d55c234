# Classes: instance attribute reads and writes, method calls, properties, inheritance.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Particle(Vector):
    def __init__(self, x, y, vx, vy):
        super().__init__(x, y)
        self.v = Vector(vx, vy)

    def step(self):
        self.x += self.v.x
        self.y += self.v.y

def simulate(n, steps):
    ps = [Particle(i, -i, i % 3 - 1, i % 5 - 2) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.step()
    total = Vector(0, 0)
    for p in ps:
        total = total.add(p)
    return total.norm1 + sum(p.norm1 for p in ps)

print(simulate(1000, 15000))
