print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0))
print(pow(2, 10), pow(2.0, 3), pow(2, -2), pow(1j, 2), pow(4, 0.5))
try:
    divmod(1j, 1)
except TypeError as e:
    print(e)
try:
    pow('a', 2)
except TypeError as e:
    print(e)
try:
    pow(2, 3, 'a')
except TypeError as e:
    print(e)
