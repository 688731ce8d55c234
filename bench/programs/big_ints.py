# Big integers: factorials, powers, and the digits of a large number.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = factorial(25000)
print(f.bit_length(), f % 1000003)
p = 3 ** 8000
print(p.bit_length(), len(str(p)))
a, b = 0, 1
for _ in range(400000):
    a, b = b, a + b
print(a % 10**20)
