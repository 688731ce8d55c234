"""What a start-up snapshot would have to hold: every object reachable from the modules in sys.modules when this runs
(run it as the program of a start: `./kaa bench/startup_profile/census.py`, beside python3.12), counted by kind, without
following into other modules; built-in types and functions are counted as references (a snapshot names them).
Note that this script's own imports (collections, types and what they import) are counted too."""
import collections
import sys
import types

HEAP_TYPE = 1 << 9
SCALARS = (int, float, complex, str, bytes, bool, type(None), type(Ellipsis), type(NotImplemented))
BUILTIN_CALLABLES = (types.BuiltinFunctionType, types.WrapperDescriptorType, types.MethodDescriptorType,
                     types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType,
                     types.MethodWrapperType)
kinds = collections.Counter()
instances = collections.Counter()
seen = set()
modules = {id(m) for m in sys.modules.values()}


def walk(obj):
    if id(obj) in seen:
        return
    seen.add(id(obj))
    kind = type(obj)
    if id(obj) in modules:
        kinds['module (reference)'] += 1
    elif kind in SCALARS:
        kinds[kind.__name__] += 1
    elif isinstance(obj, BUILTIN_CALLABLES):
        kinds['built-in callable (reference)'] += 1
    elif isinstance(obj, type):
        if not obj.__flags__ & HEAP_TYPE:
            kinds['built-in type (reference)'] += 1
            return
        kinds['class'] += 1
        if kind is not type:
            kinds['class of metaclass ' + kind.__name__] += 1
        for value in list(obj.__dict__.values()) + list(obj.__bases__):
            walk(value)
    elif kind is types.FunctionType:
        kinds['function'] += 1
        walk(obj.__code__)
        for cell in obj.__closure__ or ():
            kinds['closure cell'] += 1
            try:
                walk(cell.cell_contents)
            except ValueError:
                pass
        for part in (obj.__defaults__, obj.__kwdefaults__, obj.__dict__ or None, obj.__annotations__ or None):
            if part is not None:
                walk(part)
    elif kind is types.CodeType:
        kinds['code'] += 1
        for const in obj.co_consts:
            if type(const) is types.CodeType:
                walk(const)
    elif kind in (tuple, list, set, frozenset):
        kinds[kind.__name__] += 1
        for item in obj:
            walk(item)
    elif kind is dict:
        kinds['dict'] += 1
        for key, value in obj.items():
            walk(key)
            walk(value)
    elif kind in (staticmethod, classmethod):
        kinds[kind.__name__] += 1
        walk(obj.__func__)
    elif kind is property:
        kinds['property'] += 1
        for part in (obj.fget, obj.fset, obj.fdel):
            if part is not None:
                walk(part)
    else:
        kinds['instance'] += 1
        instances[kind.__module__ + '.' + kind.__qualname__] += 1
        state = getattr(obj, '__dict__', None)
        if isinstance(state, dict):
            walk(state)


per_module = {}
for name in sorted(sys.modules):
    if name == '__main__':
        continue
    before = sum(kinds.values())
    for key, value in list(sys.modules[name].__dict__.items()):
        walk(key)
        walk(value)
    per_module[name] = sum(kinds.values()) - before
print(len(per_module), 'modules:', ' '.join(per_module))
print('objects by kind:', dict(kinds.most_common()))
print('instances by type:', dict(instances.most_common()))
print('objects per module:', dict(sorted(per_module.items(), key=lambda item: -item[1])))
