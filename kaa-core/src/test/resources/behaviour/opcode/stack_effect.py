# _opcode.stack_effect: the instructions Kaa shares with CPython have CPython's effects; its errors are CPython's.
import _opcode
import dis
import opcode

op = dis.opmap
print(_opcode.stack_effect is not None, opcode.stack_effect is _opcode.stack_effect)
print(_opcode.stack_effect(op['POP_TOP']), _opcode.stack_effect(op['POP_TOP'], None))
print([_opcode.stack_effect(op['BUILD_SLICE'], n) for n in (2, 3)])
print([_opcode.stack_effect(op['BUILD_TUPLE'], n) for n in (0, 1, 5)])
print(_opcode.stack_effect(op['BUILD_MAP'], 2), _opcode.stack_effect(op['CALL'], 3), _opcode.stack_effect(op['COPY'], 1))
print(_opcode.stack_effect(op['UNPACK_SEQUENCE'], 3), _opcode.stack_effect(op['LOAD_CONST'], 0))
print(_opcode.stack_effect(op['STORE_NAME'], 2 ** 20), _opcode.stack_effect(op['BINARY_OP'], 0))
for name in ['JUMP_FORWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_NONE']:
    print(name, [_opcode.stack_effect(op[name], 0, jump=j) for j in (None, True, False)])
print(_opcode.stack_effect(True), _opcode.get_specialization_stats())

for args, kwargs in [((op['BUILD_SLICE'],), {}), ((op['POP_TOP'], 0), {}), ((-1,), {}), ((30000, 0), {}),
                     (('x',), {}), ((op['BUILD_TUPLE'], 'x'), {}), ((op['BUILD_TUPLE'], -1), {}),
                     ((2 ** 70,), {}), ((1.0,), {}), ((op['BUILD_TUPLE'], 2 ** 31), {}),
                     ((op['POP_TOP'],), {'jump': 1}), ((op['POP_TOP'],), {'jump': 'x'}), ((), {}),
                     ((1, 2, 3), {}), ((op['POP_TOP'],), {'x': 1})]:
    try:
        print(_opcode.stack_effect(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
