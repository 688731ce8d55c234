def f(x):
    return int(x)


print("start")
f("not a number")
