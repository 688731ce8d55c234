# exec/eval of code objects taken from functions: free variables need closure= (3.11+), arguments are not passed,
# and a function's code runs with the given globals.
def make():
    x = "captured"
    def inner():
        return x
    return inner

inner = make()
try:
    exec(inner.__code__)
except TypeError as e:
    print(e)
cell = inner.__closure__[0]
exec(inner.__code__, {}, None, closure=(cell,))
print("exec with closure ran (its return value is dropped)")
for bad in [(), (cell, cell), (5,)]:
    try:
        exec(inner.__code__, {}, closure=bad)
    except TypeError as e:
        print(e)
try:
    exec("x = 1", {}, closure=(cell,))
except TypeError as e:
    print(e)

def uses_global():
    print("sees", value)

exec(uses_global.__code__, {"value": "from exec globals", "print": print})

def takes_args(a):
    return a

try:
    exec(takes_args.__code__, {})
except TypeError as e:
    print(e)
print(eval(compile("value * 2", "<e>", "eval"), {"value": 21}))
