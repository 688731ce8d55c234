# input(): reads lines from stdin without the newline, prompt on stdout, EOFError at the end
name = input("name? ")
print("hello", repr(name))
print(repr(input()), repr(input("> ")))
rest = []
try:
    while True:
        rest.append(input())
except EOFError as e:
    print("EOFError:", repr(str(e)))
print(rest)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError:", e)
