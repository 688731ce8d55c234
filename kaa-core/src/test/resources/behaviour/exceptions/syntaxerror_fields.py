# SyntaxError's fields and str
e = SyntaxError('bad thing', ('dir/prog.py', 3, 5, 'x = = 1\n', 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(e))
print(str(SyntaxError('m', (None, 2, 1, 't'))), '|', str(SyntaxError('m', ('f.py', None, 1, 't'))))
print(str(SyntaxError()), '|', str(SyntaxError('only')), '|', SyntaxError('only').lineno)
for bad in [(1, 2), 5, ('f', 1, 2, 't', 3, 4, 5)]:
    try:
        SyntaxError('m', bad)
    except TypeError as t:
        print('TypeError:', t)
print(repr(IndentationError('m', ('f', 1, 2, 't'))), issubclass(TabError, SyntaxError))
