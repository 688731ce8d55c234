# _csv: the reader state machine (quotes, escapes, multi-line fields, strict), writer quoting modes, dialects, errors
import _csv
def t(f, *a, **k):
    try: r = f(*a, **k); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
def rows(lines, **kw):
    try: print([r for r in _csv.reader(lines, **kw)])
    except Exception as e: print(type(e).__name__, e)
rows(['a,b,c\r\n', '1,"2,3",4\n', '\n', '"multi\n', 'line",x\n', 'x, y\n'])
rows(['a, b,  "c"\n'], skipinitialspace=True)
rows(['1,"a",,2.5\n'], quoting=_csv.QUOTE_NONNUMERIC)
rows(['1,"a",,2.5\n'], quoting=_csv.QUOTE_STRINGS)
rows(['1,"a",,""\n'], quoting=_csv.QUOTE_NOTNULL)
rows(['a\\,b,c\n'], escapechar='\\')
rows(['"a""b",c\n', '"a"b,c\n'])
rows(['"a"b,c\n'], strict=True)
rows(['"unterminated\n'])
rows(['"unterminated\n'], strict=True)
rows(['a;b;c\n'], delimiter=';')
rows(['a\rb\n'])
rows([b'a,b\n'])
rows(['a b\n', 'c d'], delimiter=' ', quoting=_csv.QUOTE_NONE)
for kw in [dict(delimiter='::'), dict(delimiter=1), dict(quotechar=None), dict(quoting=9), dict(quoting='x'), dict(lineterminator=1), dict(delimiter=','), dict(escapechar=','), dict(bogus=1), dict(quotechar=',')]:
    t(lambda: _csv.reader([], **kw).dialect.delimiter)
w = W(); wr = _csv.writer(w)
for row in [['a', 'b'], ['a,b', 'c"d', 'e\nf', None, 1, 2.5, True], [''], [], [None], ['x y', ' lead']]:
    print(repr(wr.writerow(row)), end=' ')
print(w.parts)
for kw in [dict(quoting=_csv.QUOTE_ALL), dict(quoting=_csv.QUOTE_NONNUMERIC), dict(quoting=_csv.QUOTE_STRINGS), dict(quoting=_csv.QUOTE_NOTNULL), dict(quoting=_csv.QUOTE_NONE, escapechar='\\'), dict(doublequote=False, escapechar='\\'), dict(lineterminator='\n', delimiter='\t')]:
    w = W(); _csv.writer(w, **kw).writerows([['a', 1, None, 'b"c', 'd\te', 2.0]]); print(kw, w.parts)
t(_csv.writer(W(), quoting=_csv.QUOTE_NONE).writerow, ['a,b'])
t(_csv.writer(W(), quoting=_csv.QUOTE_NONE).writerow, [''])
t(_csv.writer(W()).writerow, 5)
t(_csv.writer, 5)
_csv.register_dialect('semi', delimiter=';', quoting=_csv.QUOTE_ALL)
d = _csv.get_dialect('semi'); print(d.delimiter, d.quoting, d.quotechar, d.doublequote, repr(d.lineterminator), d.escapechar, d.skipinitialspace, d.strict)
print(sorted(_csv.list_dialects()))
t(_csv.get_dialect, 'nope'); t(_csv.unregister_dialect, 'nope'); _csv.unregister_dialect('semi'); print(_csv.list_dialects())
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit())
rows(['a' * 11 + '\n'])
r = _csv.reader(['a\n', 'b\n']); next(r); print(r.line_num)
print(_csv.Error.__module__, _csv.QUOTE_NOTNULL, sorted(x for x in dir(_csv) if not x.startswith('__')))
class D:
    delimiter = '|'; quotechar = "'"; escapechar = None; doublequote = True; skipinitialspace = False; lineterminator = '\n'; quoting = 0; strict = False
rows(["a|'b|c'\n"], dialect=D)
print(_csv.Dialect(D, delimiter='#').delimiter)
