# _testinternalcapi's compiler stages: code generation, the flow-graph passes and assembly, one at a time.
import ast
import dis
import types
from _testinternalcapi import compiler_codegen, optimize_cfg, assemble_code_object

source = "total = 0\nfor i in range(4):\n    total += i\nprint(total)\n"
insts, meta = compiler_codegen(ast.parse(source), "stages.py", 0)
print(type(insts).__name__, type(meta).__name__)
print(all(type(i) is tuple and len(i) == 6 and all(type(x) is int for x in i) for i in insts))
names = [dis.opname[op] for op, *_ in insts]
print("FOR_ITER" in names, "JUMP" in names, "GET_ITER" in names)
jump = insts[names.index("JUMP")]
print("the loop jumps back to", names[jump[1]])
store = insts[names.index("STORE_NAME")]
print("first store:", store[2:])
print({k: meta[k] for k in ("name", "names", "varnames", "cellvars", "freevars", "argcount")})
print(sorted(meta["consts"], key=repr))

# assembled as generated, it runs (CPython needs the keys codegen does not give)
meta.update(qualname="<module>", firstlineno=1, fasthidden={})
code = assemble_code_object("stages.py", insts, meta)
print(type(code) is types.CodeType, code.co_names, code.co_filename)
exec(code, {})

# the flow-graph passes drop code after a return, and the constants only it used
op = dis.opmap
consts = [None, "unused", 42]
listing = [
    (op["RESUME"], 0, 1, 1, 0, 0),
    (op["LOAD_CONST"], 2, 1, 1, 0, 2),
    (op["RETURN_VALUE"], 0, 1, 1, 0, 2),
    (op["LOAD_CONST"], 1, 2, 2, 0, 2),
    (op["RETURN_VALUE"], 0, 2, 2, 0, 2),
]
optimized = optimize_cfg(listing, consts, 0)
print(consts, len(optimized) < len(listing))
print([dis.opname[i[0]] for i in optimized if i[0] == op["RESUME"]])

# a function body assembled by hand: return (x + y) / 2
fmeta = {"name": "avg", "qualname": "stats.avg", "filename": "avg.py", "consts": {2: 0}, "argcount": 2,
         "posonlyargcount": 0, "kwonlyargcount": 0, "firstlineno": 1, "names": {}, "varnames": {"x": 0, "y": 1},
         "cellvars": {}, "freevars": {}, "fasthidden": {}}
body = [(op["RESUME"], 0, 1, 1, 0, 0), (op["LOAD_FAST"], 0, 1, 1, 0, 1), (op["LOAD_FAST"], 1, 1, 1, 0, 1),
        (op["BINARY_OP"], 0, 1, 1, 0, 1), (op["LOAD_CONST"], 0, 1, 1, 0, 1), (op["BINARY_OP"], 11, 1, 1, 0, 1),
        (op["RETURN_VALUE"], 0, 1, 1, 0, 1)]
avg = types.FunctionType(assemble_code_object("avg.py", body, fmeta), {})
print(avg.__code__.co_qualname, avg.__code__.co_varnames, avg.__code__.co_consts, avg(3, 4), avg(10, 18))

try:
    compiler_codegen("x = 1", "f.py", 0)
except TypeError as e:
    print("TypeError")
