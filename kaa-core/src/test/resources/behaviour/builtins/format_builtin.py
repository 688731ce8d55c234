print(format(3.14159, ".2f"), format(42, "08b"), format("x", ">5"), format(7), repr(format("", "")))
print(format(1234567, ","), format(0.5, "%"))
try:
    format(1, 2)
except TypeError as e:
    print(e)
