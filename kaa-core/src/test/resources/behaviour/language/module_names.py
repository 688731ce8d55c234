# The main module's names: what globals() holds at start (in order), __builtins__ (a module here), __file__, and
# how builtins are looked up past globals (shadowed, deleted, patched).
import builtins

print(__name__, type(__builtins__).__name__, __builtins__ is builtins)
print(__file__.endswith("module_names.py"), __spec__, __package__)
print(list(globals()))
print(len is builtins.len, globals()["__builtins__"] is builtins)
builtins.new_global_builtin = "visible everywhere"
print(new_global_builtin)
del builtins.new_global_builtin
try:
    new_global_builtin
except NameError as e:
    print(e)

def uses_len():
    return len("abc")

len = lambda s: "module-level shadow"
print(uses_len())
del len
print(uses_len())
builtins_len = builtins.len
builtins.len = lambda s: "patched builtin"
print(uses_len())
builtins.len = builtins_len
print(uses_len())
if __name__ == "__main__":
    print("run as a script")
