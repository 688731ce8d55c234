# __text_signature__ of built-ins without optional parameters, and inspect.signature built on it
import inspect
import types

for f in [len, [].append, list.append, str.join, "".join, object.__setattr__, object.__init__, list.copy]:
    print(repr(f.__text_signature__), inspect.signature(f))
print(inspect.signature(types.CodeType.__init__))
# a module's built-in function: inspect drops the module
print(inspect.signature(isinstance))
