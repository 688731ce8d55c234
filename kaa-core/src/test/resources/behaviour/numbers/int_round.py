print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(123456, -3), round(5, 3))
print(round(5), type(round(5)))
