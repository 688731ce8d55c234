# string.Formatter and string.Template over _string's parser.
import _string
import string

print(list(_string.formatter_parser('a{0!r:>{w}}b{{c}}{x.y[1]}{}end')))
print(list(_string.formatter_parser('{!s}')), list(_string.formatter_parser('')), list(_string.formatter_parser('}}x{{')))
first, rest = _string.formatter_field_name_split('a.b[0][x]')
print(first, type(rest).__name__, list(rest))
first, rest = _string.formatter_field_name_split('10.b')
print(repr(first), list(rest), _string.formatter_field_name_split('')[0] == '')
for s in ['{', '}', '{0!}', '{0!rr}', '{0[}', 'ok{']:
    try:
        print(list(_string.formatter_parser(s)))
    except ValueError as e:
        print('ValueError:', e)
try:
    list(_string.formatter_field_name_split('a[')[1])
except ValueError as e:
    print('ValueError:', e)
print(type(_string.formatter_parser('')).__name__)

f = string.Formatter()
print(f.format('{0}-{name}-{1:>5}-{x[0]}-{o.real}', 'a', 2.5, name='n', x=[7], o=3))
print(f.vformat('{} {}', ('x', 'y'), {}), f.format('{!r:^9}', 'hi'))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('a{0}b{1:x}', 'xyz', 255))
try:
    f.format('{0}{}', 1, 2)
except ValueError as e:
    print('ValueError:', e)

t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)
print(string.capwords(' hello   world '), string.ascii_letters, string.punctuation)
