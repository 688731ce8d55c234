# _string: the format-string parser behind string.Formatter.
import _string

print(list(_string.formatter_parser('a{0!r:>{w}}b{{c}}{x.y[1]}{}end')))
print(list(_string.formatter_parser('{!s}')), list(_string.formatter_parser('')), list(_string.formatter_parser('}}x{{')))
first, rest = _string.formatter_field_name_split('a.b[0][x]')
print(first, type(rest).__name__, list(rest))
first, rest = _string.formatter_field_name_split('10.b')
print(repr(first), list(rest), _string.formatter_field_name_split('')[0] == '')
for s in ['{', '}', '{0!}', '{0!rr}', '{0[}', 'ok{', 'a{0}b}']:
    it = _string.formatter_parser(s)
    try:
        for chunk in it:
            print(chunk)
    except ValueError as e:
        print('ValueError:', e)
try:
    list(_string.formatter_field_name_split('a[')[1])
except ValueError as e:
    print('ValueError:', e)
for bad in [lambda: _string.formatter_parser(1), lambda: _string.formatter_field_name_split(b'x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(type(_string.formatter_parser('')).__name__, iter(_string.formatter_parser('x')) is not None)
