# With sys.setrecursionlimit(100_000), 50,000-deep Python recursion works (plain, mutual, through methods).
import sys

sys.setrecursionlimit(100_000)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

print(count(50_000))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(50_000), is_odd(49_999))

class Node:
    def __init__(self, next_node):
        self.next = next_node
    def length(self):
        return 1 if self.next is None else 1 + self.next.length()

head = None
for _ in range(50_000):
    head = Node(head)
print(head.length())

def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    else:
        yield "bottom"

print(next(gen_depth(10_000)))

def with_try(n):
    try:
        return with_try(n - 1) if n else "deep try"
    finally:
        pass

print(with_try(50_000))
