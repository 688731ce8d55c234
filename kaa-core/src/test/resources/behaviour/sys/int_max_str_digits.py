import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
