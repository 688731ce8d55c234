import sys
x = 10 ** 5000
print(len(str(x // 10 ** 4000)))
try:
    str(x)
except ValueError as e:
    print(e)
try:
    int('9' * 5000)
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(x)))
