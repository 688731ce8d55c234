# | |= == and ordering
a = {1: "a", 2: "b"}
b = {2: "B", 3: "C"}
print(a | b, b | a)
a |= b
print(a)
a |= [(4, "d")]
print(a)
print({1: 1, 2: 2} == {2: 2, 1: 1}, {1: 1} == {1: 1.0}, {1: 1} != {1: 2}, {} == {})
print({"a": [1]} == {"a": [1]}, {1: 2} == [(1, 2)])
class D(dict):
    pass
x = D(a=1)
print(type(x | {}).__name__, type({} | x).__name__, x)
