# What dis refuses, and its instruction table: opname/opmap, the has* lists, cmp_op
import dis

for bad in (42, [1]):
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    dis.code_info(type(None))
except TypeError as e:
    print("TypeError:", e)
try:
    dis.get_instructions(3.5)
except TypeError as e:
    print("TypeError:", e)
names = ["LOAD_CONST", "LOAD_FAST", "STORE_NAME", "RETURN_VALUE", "BINARY_OP", "CALL", "COMPARE_OP",
         "POP_JUMP_IF_FALSE", "JUMP_BACKWARD", "FOR_ITER", "LOAD_GLOBAL", "LOAD_DEREF"]
for name in names:
    op = dis.opmap[name]
    print(name, dis.opname[op] == name, op in dis.hasconst, op in dis.hasname, op in dis.haslocal,
          op in dis.hasfree, op in dis.hascompare, op in dis.hasjrel + dis.hasjabs)
print(dis.cmp_op)
print(len(dis.opname) >= 256, all(isinstance(n, str) for n in dis.opname))
print(dis.stack_effect(dis.opmap["LOAD_CONST"], 0), dis.stack_effect(dis.opmap["POP_TOP"]),
      dis.stack_effect(dis.opmap["BUILD_TUPLE"], 3), dis.stack_effect(dis.opmap["STORE_FAST"], 0))
try:
    dis.stack_effect(dis.opmap["LOAD_CONST"])
except ValueError as e:
    print("ValueError:", e)
try:
    dis.stack_effect(dis.opmap["POP_TOP"], 1)
except ValueError as e:
    print("ValueError:", e)
