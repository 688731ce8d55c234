# _tokenize.TokenizerIter: what 3.12's tokenize module reads (extra_tokens=True), token by token.
import _tokenize

src = '''def f(a, b):  # c
    """doc
    more"""
    return a <> b if 0 else f"x{a!r:>{b}}y" + 'é'

x = [1,
  2] ; y = 3.5e1 @ $
'''
for t in _tokenize.TokenizerIter(iter(src.splitlines(keepends=True)).__next__, extra_tokens=True):
    print(t)
for src in ['x = 1', 'if x:\n  y = (1 +\n 2)\n', 'a = 1 + \\\n  2\n', '"""a\nb', '  x\n y\n', '(\n',
            'def f():\n    pass\n\n\n', "f'{x", '']:
    try:
        for t in _tokenize.TokenizerIter(iter(src.splitlines(keepends=True)).__next__, extra_tokens=True):
            print(t)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
    print('--')
lines = iter(['x = (1,\n', '2)\n'])
print(list(_tokenize.TokenizerIter(lambda: next(lines), extra_tokens=True)))
data = iter(['é = "ü"\n'.encode('latin-1'), b''])
print(list(_tokenize.TokenizerIter(data.__next__, encoding='latin-1', extra_tokens=True)))
