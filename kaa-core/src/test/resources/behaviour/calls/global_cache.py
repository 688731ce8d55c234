# Global lookups stay exact whatever happens to the dicts after a lookup was cached
import builtins

def use_len():
    return len([1, 2, 3])

def use_x():
    return x

x = 1
print(use_x(), use_x())
x = 2                      # rebinding: the value changes, the dict's layout does not
print(use_x())
del x                      # deleted: NameError, then a new binding is found again
try:
    use_x()
except NameError as e:
    print(e)
x = 'back'
print(use_x())

print(use_len(), use_len())
len = lambda s: 'shadowed'  # a global added later shadows the builtin
print(use_len())
del len
print(use_len())
builtins.len = lambda s: 'rebound builtin'
print(use_len())
del builtins.len            # the builtin itself gone: NameError
try:
    use_len()
except NameError as e:
    print(e)
def _len(s):
    return s.__len__()
builtins.len = _len
print(use_len())

# one code object, two globals dicts: each function sees its own module
src = "def f():\n    return y\n"
code = compile(src, "<shared>", "exec")
g1, g2 = {'y': 'one'}, {'y': 'two'}
exec(code, g1)
exec(code, g2)
for _ in range(3):
    print(g1['f'](), g2['f']())
g2['y'] = 'TWO'
g1.pop('y')
try:
    g1['f']()
except NameError as e:
    print(e)
print(g2['f']())

# many globals added between calls (the dict grows and is rebuilt)
def use_z():
    return z
z = 0
for i in range(50):
    globals()['extra%d' % i] = i
    z = i
    assert use_z() == i
print(use_z())

# a global statement stores into the module dict
def set_counter(v):
    global counter
    counter = v
set_counter(5)
print(counter)
set_counter(6)
print(counter, use_x())
