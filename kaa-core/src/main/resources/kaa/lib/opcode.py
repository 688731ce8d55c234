"""The names and properties of Kaa's instructions, for dis and any other tool that reads bytecode.

Kaa's own opcode module: every name CPython 3.12's has, describing Kaa's instruction set (docs/bytecode.md), read
from the one table the compiler, the interpreter and dis use (_kaa_bytecode). Where Kaa's bytecode has no such
thing, the name says so: no jump is relative (hasjrel is empty), no instruction is specialised or has inline caches.
"""

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG"]

import _kaa_bytecode

try:
    from _opcode import stack_effect
    __all__.append('stack_effect')
except ImportError:
    pass

cmp_op = tuple(_kaa_bytecode.cmp_op)

hasarg = list(_kaa_bytecode.hasarg)
hasconst = list(_kaa_bytecode.hasconst)
hasname = list(_kaa_bytecode.hasname)
# Kaa's jump operands are instruction indexes counted from the start of the code: every jump is absolute.
hasjrel = []
hasjabs = list(_kaa_bytecode.hasjump)
haslocal = list(_kaa_bytecode.haslocal)
hascompare = list(_kaa_bytecode.hascompare)
hasfree = list(_kaa_bytecode.hasfree)
# The compiler's handler pseudo-instructions (SETUP_*): never in a code object.
hasexc = list(_kaa_bytecode.hasexc)

# Kaa does not specialise instructions (its second tier compiles hot code to JVM classes instead).
ENABLE_SPECIALIZATION = False

oplists = [hasarg, hasconst, hasname, hasjrel, hasjabs,
           haslocal, hascompare, hasfree, hasexc]

# Real opcodes are below 256, the compiler's pseudo-instructions from 256 on.
opname = list(_kaa_bytecode.opname)
opmap = {name: op for op, name in enumerate(opname) if not name.startswith('<')}

MIN_PSEUDO_OPCODE = 256
MAX_PSEUDO_OPCODE = len(opname) - 1


def is_pseudo(op):
    return op >= MIN_PSEUDO_OPCODE and op <= MAX_PSEUDO_OPCODE


# Each pseudo-instruction's name, and the names of the real instructions it may become.
_pseudo_ops = dict(_kaa_bytecode.pseudo_ops)

# Every Kaa instruction is one word with a 24-bit operand field, so all of them "have" an argument in CPython's
# sense (the field is there; hasarg says which ones use it): no opcode is below the dividing line.
HAVE_ARGUMENT = 0
# No instruction: a 24-bit operand needs no prefix. The number is one no opcode takes, so comparing with it is false.
EXTENDED_ARG = _kaa_bytecode.EXTENDED_ARG
# Kaa has no instrumented instructions (tracing is the eval loop's, docs/tracing.md): none is at or above this.
MIN_INSTRUMENTED_OPCODE = MIN_PSEUDO_OPCODE

# BINARY_OP's operands (NB_ADD is 0, in-place forms after the plain ones) and the intrinsics' names.
_nb_ops = list(_kaa_bytecode.nb_ops)
_intrinsic_1_descs = list(_kaa_bytecode.intrinsic_1_descs)
_intrinsic_2_descs = list(_kaa_bytecode.intrinsic_2_descs)

# No specialised instruction families, no inline cache entries: the instruction stream is one word per instruction.
_specializations = {}
_specialized_instructions = []
_cache_format = {}
_inline_cache_entries = [0] * 256
