# The opcode module describes the instructions the interpreter runs: every name CPython's has, dis and opcode agree,
# and each property the lists claim holds of real code objects (whatever the numbering).
import dis
import opcode

public = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree",
          "hasexc", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "stack_effect", "ENABLE_SPECIALIZATION",
          "is_pseudo", "oplists", "MIN_PSEUDO_OPCODE", "MAX_PSEUDO_OPCODE", "MIN_INSTRUMENTED_OPCODE"]
private = ["_pseudo_ops", "_nb_ops", "_intrinsic_1_descs", "_intrinsic_2_descs", "_specializations",
           "_specialized_instructions", "_cache_format", "_inline_cache_entries"]
print([n for n in public + private if not hasattr(opcode, n)])
print(sorted(opcode.__all__))
print(all(getattr(dis, n) is getattr(opcode, n) for n in opcode.__all__), sorted(set(opcode.__all__) - set(dis.__all__)))
print(opcode.cmp_op, type(opcode.cmp_op).__name__)

# names and numbers
opmap, opname = opcode.opmap, opcode.opname
print(all(opname[v] == k for k, v in opmap.items()), len(opname) == opcode.MAX_PSEUDO_OPCODE + 1)
print(all(opname[i] == '<%d>' % i for i in range(256) if i not in opmap.values()))
print([len(ops) for ops in opcode.oplists] == [len(opcode.hasarg), len(opcode.hasconst), len(opcode.hasname), len(opcode.hasjrel), len(opcode.hasjabs), len(opcode.haslocal), len(opcode.hascompare), len(opcode.hasfree), len(opcode.hasexc)])
print(all(opcode.is_pseudo(v) == (v >= 256) for v in opmap.values()), opcode.MIN_PSEUDO_OPCODE)
print(sorted(opcode._pseudo_ops) == sorted(n for n, v in opmap.items() if v >= 256))
print(all(real in opmap and opmap[real] < 256 for reals in opcode._pseudo_ops.values() for real in reals))
print(sorted(n for n, v in opmap.items() if v >= 256 and v in opcode.hasexc))
print(all(op >= opcode.HAVE_ARGUMENT for op in opcode.hasarg if op < 256), opcode.hasjrel == [] or opcode.hasjabs == [])
print(0 <= opcode.EXTENDED_ARG < 256, 0 < opcode.MIN_INSTRUMENTED_OPCODE <= 256)
print(opcode._nb_ops[0], opcode._nb_ops[13], len(opcode._nb_ops), opcode._intrinsic_1_descs[1],
      opcode._intrinsic_2_descs[1])
print(len(opcode._inline_cache_entries), all(isinstance(n, int) for n in opcode._inline_cache_entries))
print(sorted(opcode._specialized_instructions) == sorted(i for f in opcode._specializations.values() for i in f))
print(isinstance(opcode.ENABLE_SPECIALIZATION, bool))


# the lists describe real instructions
def sample(a, b=2, *args):
    global g
    for i in range(a):
        if i is None or i in args:
            continue
        b = [b < i, a.x, f"{i!r}"]
    try:
        g = lambda: a
    except KeyError as e:
        return e
    return sample(b, key=1)


def codes(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, type(code)):
            yield from codes(c)


instrs = [i for c in codes(sample.__code__) for i in dis.get_instructions(c)]
print(all(i.opcode == opmap[i.opname] and i.opcode < 256 for i in instrs))
print(all((i.arg is not None) == (i.opcode in opcode.hasarg) for i in instrs))
print(sorted({i.opname for i in instrs if i.opcode in opcode.hasconst}))
print(sorted({i.opname for i in instrs if i.opcode in opcode.haslocal}))
print(sorted({i.opname for i in instrs if i.opcode in opcode.hasname}))
print(sorted({i.opname for i in instrs if i.opcode in opcode.hasfree}))
print(sorted({i.opname for i in instrs if i.opcode in opcode.hascompare}), {i.argval for i in instrs if i.opcode in opcode.hascompare})
print(all(isinstance(i.argval, int) and i.argrepr == 'to %d' % i.argval
          for i in instrs if i.opcode in opcode.hasjabs + opcode.hasjrel))
print({i.opname for i in instrs if 'JUMP' in i.opname} <= {opname[op] for op in opcode.hasjabs + opcode.hasjrel})
print(any(i.opcode == opcode.EXTENDED_ARG for i in instrs))
print([opcode.stack_effect(opmap[n]) for n in ('POP_TOP', 'PUSH_NULL', 'RETURN_VALUE')],
      opcode.stack_effect(opmap['LOAD_CONST'], 0), opcode.stack_effect(opmap['BUILD_TUPLE'], 3))
