"""Disassembler of Kaa's bytecode into mnemonics.

Kaa's own dis: the interface and the layout of CPython 3.12's dis module, over Kaa's instruction set (see
docs/bytecode.md for how it differs from CPython's: one word per instruction, absolute jumps, no caches).
"""

import sys
import _kaa_bytecode

from opcode import *
from opcode import __all__ as _opcodes_all
# the instruction set is opcode's, read from the same table: dis and opcode cannot disagree
from opcode import (_cache_format, _inline_cache_entries, _nb_ops, _intrinsic_1_descs, _intrinsic_2_descs,
                    _specializations, _specialized_instructions)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

# Kaa has no specialised instructions, so nothing to map back to its family and every name is a real opcode's.
deoptmap = {}
_all_opname = opname
_all_opmap = opmap


def _function():
    pass


class _Class:
    def method(self):
        pass


_CodeType = type(_function.__code__)
_have_code = (type(_Class().method), type(_function), _CodeType, classmethod, staticmethod, type)
del _function, _Class

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                return ", ".join(names)
    names.append(hex(flags))
    return ", ".join(names)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


# ---- records (CPython's are named tuples)

def _record(name, fields, doc, defaults=()):
    """A tuple subclass with named fields, as collections.namedtuple makes them (Kaa's dis needs no collections)."""
    first_default = len(fields) - len(defaults)

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for i in range(len(args), len(fields)):
            field = fields[i]
            if field in kwargs:
                values.append(kwargs.pop(field))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                raise TypeError(f"{name}.__new__() missing required argument: '{field}'")
        if kwargs:
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"

    def _replace(self, **changes):
        return type(self)(**{f: changes.pop(f, v) for f, v in zip(fields, self)})

    def _asdict(self):
        return dict(zip(fields, self))

    namespace = {"__slots__": (), "__doc__": doc, "_fields": tuple(fields), "__new__": __new__, "__repr__": __repr__,
                 "_replace": _replace, "_asdict": _asdict, "__getnewargs__": lambda self: tuple(self)}
    for i, field in enumerate(fields):
        namespace[field] = property(lambda self, i=i: self[i], doc=f"Alias for field number {i}")
    return type(name, (tuple,), namespace)


Positions = _record("Positions", ("lineno", "end_lineno", "col_offset", "end_col_offset"),
                    "Positions(lineno, end_lineno, col_offset, end_col_offset)", (None, None, None, None))

_Instruction = _record("_Instruction", ("opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
                                        "is_jump_target", "positions"),
                       "_Instruction(opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, "
                       "positions)", (None,))

_ExceptionTableEntry = _record("_ExceptionTableEntry", ("start", "end", "target", "depth", "lasti"),
                               "_ExceptionTableEntry(start, end, target, depth, lasti)")

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """
    __slots__ = ()

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of a disassembly: line number, current marker, jump target marker, offset, name, operand."""
        columns = []
        if lineno_width:
            columns.append(' ' * lineno_width if self.starts_line is None
                           else str(self.starts_line).rjust(lineno_width))
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append('(' + self.argrepr + ')')
        return ' '.join(columns).rstrip()


# ---- finding the code

def _try_compile(source, name):
    """Compiles source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap(x):
    """The code object behind a method, function, generator or coroutine; x itself otherwise."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attribute in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if isinstance(x, _CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


# ---- code_info

def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        lines.append("Constants:")
        lines.extend("%4d: %r" % item for item in enumerate(co.co_consts))
    for title, names in (("Names:", co.co_names), ("Variable names:", co.co_varnames),
                         ("Free variables:", co.co_freevars), ("Cell variables:", co.co_cellvars)):
        if names:
            lines.append(title)
            lines.extend("%4d: %s" % item for item in enumerate(names))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file*.

    If *file* is not provided, the output is printed on stdout.
    """
    print(code_info(co), file=file)


# ---- instructions

def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    last = None
    for index, position in enumerate(_kaa_bytecode.positions(code)):
        line = position[0]
        if line is not None and line != last:
            last = line
            yield 2 * index, line


def findlabels(code):
    """Detect all offsets in a code object which are jump targets.

    Return the list of offsets.
    """
    labels = []
    for opcode, arg, argval, argrepr in _kaa_bytecode.instructions(code):
        if opcode in hasjabs and argval not in labels:
            labels.append(argval)
    return labels


def _find_imports(co):
    """Find the imports in a code object: (name, level, fromlist) for each IMPORT_NAME whose level and fromlist
    are the constants loaded just before it (what modulefinder reads)."""
    instructions = list(get_instructions(co))
    for i, instr in enumerate(instructions):
        if instr.opname != 'IMPORT_NAME' or i < 2:
            continue
        level, fromlist = instructions[i - 2], instructions[i - 1]
        if level.opcode in hasconst and fromlist.opcode in hasconst:
            yield instr.argval, level.argval, fromlist.argval


def _find_store_names(co):
    """Find the names a code object stores to (STORE_NAME, STORE_GLOBAL), in order, repeats included."""
    for instr in get_instructions(co):
        if instr.opname in ('STORE_NAME', 'STORE_GLOBAL'):
            yield instr.argval


def _parse_exception_table(code):
    return [_ExceptionTableEntry(*entry) for entry in _kaa_bytecode.exception_table(code)]


def _instructions(co, linestarts, line_offset=0, exception_entries=()):
    labels = set(findlabels(co))
    labels.update(entry.target for entry in exception_entries)
    positions = _kaa_bytecode.positions(co)
    for index, (op, arg, argval, argrepr) in enumerate(_kaa_bytecode.instructions(co)):
        offset = 2 * index
        starts_line = linestarts.get(offset)
        if starts_line is not None:
            starts_line += line_offset
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, starts_line, offset in labels,
                          Positions(*positions[index]))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _instructions(co, dict(findlinestarts(co)), line_offset)


# ---- disassembly

def _disassembly(co, lasti=-1, linestarts=None, line_offset=0):
    """The lines of one code object's disassembly (nested code objects not included)."""
    if linestarts is None:
        linestarts = dict(findlinestarts(co))
    exception_entries = _parse_exception_table(co)
    if linestarts:
        top = max(linestarts.values()) + line_offset
        lineno_width = len(str(top)) if top >= 1000 else 3
    else:
        lineno_width = 0
    count = len(_kaa_bytecode.positions(co))
    offset_width = max(4, len(str(2 * count - 2)))
    for instr in _instructions(co, linestarts, line_offset, exception_entries):
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            yield ""
        yield instr._disassemble(lineno_width, instr.offset == lasti, offset_width)
    if exception_entries:
        yield "ExceptionTable:"
        for entry in exception_entries:
            lasti_mark = " lasti" if entry.lasti else ""
            yield f"  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{lasti_mark}"


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    for line in _disassembly(co, lasti):
        print(line, file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is not None and depth <= 0:
        return
    for const in co.co_consts:
        if isinstance(const, _CodeType):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=None if depth is None else depth - 1)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):  # a class or a module
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, _CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("Kaa's dis cannot disassemble raw bytes: Kaa's bytecode lives in code objects")
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    if tb is None:
        try:
            tb = sys.last_exc.__traceback__ if hasattr(sys, 'last_exc') else sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _instructions(self.codeobj, self._linestarts, self._line_offset, self.exception_entries)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        lasti = -1 if self.current_offset is None else self.current_offset
        lines = _disassembly(self.codeobj, lasti, self._linestarts, self._line_offset)
        return "".join(line + "\n" for line in lines)


def main():
    """python -m dis [infile]: disassembles a source file (standard input by default), as CPython's."""
    args = sys.argv[1:]
    if '-h' in args or '--help' in args:
        print("usage: dis.py [-h] [infile]\n\npositional arguments:\n  infile\n\n"
              "options:\n  -h, --help  show this help message and exit")
        sys.exit(0)
    options = [a for a in args if a.startswith('-') and a != '-']
    files = [a for a in args if a not in options]
    if not files or files[0] == '-':
        name, source = '<stdin>', sys.stdin.read()
    else:
        name = files[0]
        try:
            # Kaa has no open() before issue 5's io module: the file is read by Kaa's bytecode module
            source = _kaa_bytecode.read_source(name)
        except OSError as e:
            _usage_error(f"argument infile: can't open '{name}': {e}")
    if options or len(files) > 1:
        _usage_error("unrecognized arguments: " + " ".join(options + files[1:]))
    dis(compile(source, name, "exec"))


def _usage_error(message):
    print("usage: dis.py [-h] [infile]", file=sys.stderr)
    print("dis.py: error: " + message, file=sys.stderr)
    sys.exit(2)


if __name__ == "__main__":
    main()
