print(abs(-3), abs(3.5), abs(-0.0), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(base=2, exp=3), pow(2, 3, mod=3))
print(round(2.5), round(3.5), round(-2.5), round(3.14159, 2), round(1234, -2), round(7))
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    round("x")
except TypeError as e:
    print(e)
try:
    divmod(1)
except TypeError as e:
    print(e)
