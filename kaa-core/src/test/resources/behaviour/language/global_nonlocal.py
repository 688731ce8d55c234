# global and nonlocal: which binding an assignment reaches, UnboundLocalError, nested functions and classes.
x = "module"

def reads():
    return x

def assigns():
    x = "local"
    return x

def declares():
    global x
    x = "rebound"

print(reads(), assigns(), x)
declares()
print(x)

def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1

unbound_local()

def outer():
    y = 1
    def middle():
        def inner():
            nonlocal y
            y += 10
        inner()
        return y
    return middle()

print(outer())

def global_in_nested():
    x = "outer local"
    def inner():
        global x
        return x
    return inner()

print(global_in_nested())

def class_in_function():
    v = "function"
    class C:
        v = "class"
        def m(self):
            return v
        seen = v
    return C.seen, C().m()

print(class_in_function())

def nonlocal_from_class():
    z = 1
    class C:
        nonlocal z
        z = 2
    return z

print(nonlocal_from_class())

def global_new_name():
    global created_later
    created_later = "yes"

global_new_name()
print(created_later)

for source in ["def f():\n    x = 1\n    global x\n", "nonlocal q\n", "def f():\n    nonlocal q\n",
               "def f(a):\n    global a\n", "def f():\n    print(y)\n    global y\n"]:
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
