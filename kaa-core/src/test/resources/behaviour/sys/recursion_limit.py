import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print(e)


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


sys.setrecursionlimit(100_000)
print(down(50_000))
