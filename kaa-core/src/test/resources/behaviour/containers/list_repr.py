# reprs of containers, including ones that contain themselves
a = [1, "two", 3.0, None, True]
print(a, repr(a), str(a))
a.append(a)
print(a)
d = {"k": a}
a.append(d)
print(a)
print(d)
t = (a,)
print(t)
print((), (1,), (1, 2), [()], [[]], ([],))
s = {1: {2: {3: {}}}}
print(s)
x = {}
x[1] = x
print(x, [x])
