"""random with a fixed seed gives CPython's exact sequences: choice, shuffle, sample, distributions."""
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print(random.randint(1, 100), random.randrange(0, 100, 7), random.getrandbits(70))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice("abcdefg"), random.sample(range(100), 5))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(round(random.uniform(1, 2), 10), round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))
rng = random.Random("a string seed")
print(rng.random(), rng.randbytes(5).hex())
rng2 = random.Random(b"bytes seed")
print(rng2.randint(0, 10**30))
state = rng.getstate()
a = [rng.random() for _ in range(2)]
rng.setstate(state)
print(a == [rng.random() for _ in range(2)])
random.seed(7, version=2)
print(random.binomialvariate(20, 0.3), random.sample(["x", "y", "z"], k=3, counts=[2, 1, 1]) if False else random.sample("xyzw", 2))
