import builtins
names = [n for n in dir(builtins) if n.endswith(("Error", "Exception", "Warning", "Exit", "Interrupt", "Group"))]
print(len(names))
print(names)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
