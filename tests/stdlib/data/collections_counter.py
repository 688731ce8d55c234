"""Word frequencies and inventory arithmetic with collections.Counter."""
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs over the hill"""
words = Counter(text.split())
print(words.most_common(4))
print(words["fox"], words["cat"])
print(sorted(words.elements())[:6])
a = Counter(apples=3, pears=1, plums=0)
b = Counter(apples=1, pears=4, figs=2)
print(a + b)
print(a - b)
print(a & b, a | b)
print(+Counter(x=2, y=-1), -Counter(x=2, y=-1))
a.update(pears=2)
a.subtract({"apples": 5})
print(a, a.total())
print(sorted(Counter("mississippi").items()))
print(Counter("abracadabra") == Counter("aabbrrcaaad"))
print(repr(Counter()), Counter(a=1) < Counter(a=2))
