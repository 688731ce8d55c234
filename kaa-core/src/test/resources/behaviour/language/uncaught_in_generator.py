# An uncaught exception raised inside a generator resumed by a for loop: the traceback shows both frames.
def numbers():
    yield 1
    yield 2 // 0

total = 0
for n in numbers():
    total += n
    print("got", n)
print("not reached")
