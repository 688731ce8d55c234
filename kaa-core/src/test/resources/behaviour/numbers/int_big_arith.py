a = 3 ** 200
b = 7 ** 100
print(a + b)
print(a * b % 1000000007)
print(a // b, a % b)
print(-a // b, -a % b)
print(a / b)
