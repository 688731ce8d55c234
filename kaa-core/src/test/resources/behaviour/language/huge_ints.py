# 10**100_000 is computed; str() of it is refused by the int max str digits limit, which can be changed.
import sys

big = 10 ** 100_000
print(big.bit_length(), big % 997, (big - 1) % 10)
try:
    str(big)
except ValueError as e:
    print(e)
try:
    f"{big}"
except ValueError as e:
    print("f-string:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
print(len(hex(big)), len(str(10 ** 4299)))
sys.set_int_max_str_digits(200_000)
print(len(str(big)), str(big)[:5])
print(int("9" * 10_000) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 300_000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
