name = input("name? ")
print("hello", name)
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
