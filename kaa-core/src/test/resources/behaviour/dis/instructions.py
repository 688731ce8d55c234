# dis.get_instructions and dis.Bytecode: Instruction's fields, Positions, the current-instruction marker
import dis


def pick(a, b):
    c = a
    return (c,
            b)


for i in dis.get_instructions(pick):
    print(i.opname, i.arg, repr(i.argval), repr(i.argrepr), i.offset, i.starts_line, i.is_jump_target)
    print("   ", i.positions, i.positions.lineno, i.positions.end_col_offset)
print(dis.Instruction._fields)
print(dis.Positions._fields, dis.Positions())
bc = dis.Bytecode(pick)
print(bc.first_line == pick.__code__.co_firstlineno, bc.codeobj is pick.__code__)
print([i.opname for i in bc])
print(bc.dis(), end="")
print("current offset 4")
print(dis.Bytecode(pick, current_offset=4).dis(), end="")
print(repr(dis.Bytecode("x")))
print("first_line 100")
print(dis.Bytecode(pick, first_line=100).dis(), end="")
only = list(dis.get_instructions("a"))
print(only[-1].opname, only[0]._replace(offset=99).offset, only[0]._asdict()["opname"])
