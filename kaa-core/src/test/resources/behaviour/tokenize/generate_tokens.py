# tokenize over _tokenize.TokenizerIter: the tokens, their positions and lines, errors as TokenError.
import io
import tokenize

src = '''def f(a, b):  # c
    """doc
    more"""
    return a <> b if 0 else f"x{a!r:>{b}}y" + 'é'

x = [1,
  2] ; y = 3.5e1 @ $
'''
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(t)
for src in ['x = 1', 'if x:\n  y = (1 +\n 2)\n', 'a = 1 + \\\n  2\n', '"""a\nb', '  x\n y\n', '(\n',
            'def f():\n    pass\n\n\n']:
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))
    except (tokenize.TokenError, SyntaxError) as e:
        print(type(e).__name__, e)
    print('--')
data = b'# coding: latin-1\nx = "\xe9"\n'
for t in tokenize.tokenize(io.BytesIO(data).readline):
    print(t)
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO('a  =  (1,\n  2)\n').readline)))
