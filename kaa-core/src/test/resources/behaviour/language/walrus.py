# Assignment expressions: in conditions, in comprehensions (binding the enclosing scope), and their restrictions.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long", n)

values = [y for x in data if (y := x * 2) > 5]
print(values, y)

def in_function():
    [last := v for v in range(4)]
    return last

print(in_function())

def total_of():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total

print(total_of())

while (chunk := data[:2]):
    print(chunk)
    data = data[2:]

print((z := 3) + z)
print([(a, b) for a in range(3) if (b := a * a) % 2 == 0])

def nested():
    [[(w := i + j) for j in range(2)] for i in range(2)]
    return w

print(nested())

for source in ["[i := 0 for i in range(3)]", "[x for x in (y := [1])]", "class C:\n    [z := 1 for q in 'a']\n",
               "(a.b := 1)", "def f():\n    [(j := 1) for j in range(2)]\n"]:
    try:
        compile(source, "<s>", "exec")
        print("compiled", repr(source))
    except SyntaxError as e:
        print(e.msg)
