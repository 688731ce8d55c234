# _locale over the C and C.UTF-8 locales: setlocale's names, the conventions, collation, and the errors.
import _locale
import locale

saved = _locale.setlocale(_locale.LC_ALL)

print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME, _locale.LC_COLLATE, _locale.LC_MONETARY,
      _locale.LC_MESSAGES, _locale.LC_ALL, _locale.CHAR_MAX)
print(_locale.Error is locale.Error, _locale.Error.__module__, _locale.Error.__mro__[1:])

print(_locale.setlocale(_locale.LC_ALL, 'C'), _locale.setlocale(_locale.LC_ALL))
print(_locale.nl_langinfo(_locale.CODESET), _locale.getencoding())
print(_locale.setlocale(_locale.LC_CTYPE, 'C.UTF-8'), _locale.nl_langinfo(_locale.CODESET), _locale.getencoding())
print(_locale.setlocale(_locale.LC_ALL))
print(_locale.setlocale(_locale.LC_NUMERIC, 'POSIX'), _locale.setlocale(_locale.LC_NUMERIC))
composite = _locale.setlocale(_locale.LC_ALL, 'C.UTF-8')
print(composite, _locale.setlocale(_locale.LC_ALL))
for spelling in ['C.utf8', 'C.UTF8', 'C.utf-8', 'C.UTF-8@euro']:
    print(spelling, _locale.setlocale(_locale.LC_TIME, spelling))
mixed = _locale.setlocale(_locale.LC_ALL)
print(mixed)
_locale.setlocale(_locale.LC_ALL, 'C')
print(_locale.setlocale(_locale.LC_ALL, mixed) == mixed, _locale.setlocale(_locale.LC_TIME))
print(locale.getlocale(locale.LC_TIME), locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale())

for args in [(_locale.LC_ALL, 'de_DE.UTF-8'), (_locale.LC_ALL, 'c'), (_locale.LC_ALL, 'posix'),
             (_locale.LC_ALL, 'LC_CTYPE=C'), (_locale.LC_ALL, 'LC_CTYPE=C;LC_NUMERIC=C'), (99,), (99, 'C'),
             (-1,), (_locale.LC_ALL, 5), ('x',), (_locale.LC_ALL, 'C\0'), (2 ** 40,)]:
    try:
        print(args, _locale.setlocale(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(_locale.setlocale(_locale.LC_ALL))

print(_locale.localeconv())
print(locale.localeconv() == _locale.localeconv(), locale.format_string('%.2f', 1234567.891, grouping=True))
for name in ['CODESET', 'RADIXCHAR', 'THOUSEP', 'DAY_1', 'ABDAY_7', 'MON_1', 'ABMON_12', 'D_T_FMT', 'D_FMT', 'T_FMT',
             'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ALT_DIGITS', '_DATE_FMT']:
    print(name, getattr(_locale, name), repr(_locale.nl_langinfo(getattr(_locale, name))))
for key in [0, 99, -1, 'x']:
    try:
        print(_locale.nl_langinfo(key))
    except Exception as e:
        print(key, type(e).__name__, e)

print(_locale.strcoll('a', 'b'), _locale.strcoll('b', 'a'), _locale.strcoll('a', 'a'), _locale.strcoll('B', 'a'))
print(_locale.strcoll('\U0001F600', '\uffff'), _locale.strcoll('é', 'f'), _locale.strcoll('ab', 'a'))
print(repr(_locale.strxfrm('abcé\U0001F600')), sorted(['b', 'B', 'a', 'é'], key=locale.strxfrm))
for f, args in [(_locale.strcoll, ('a', 1)), (_locale.strcoll, (1, 'a')), (_locale.strxfrm, (1,)),
                (_locale.strxfrm, ('a\0',)), (_locale.strcoll, ('a\0', 'b'))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

_locale.setlocale(_locale.LC_ALL, saved)
print(_locale.setlocale(_locale.LC_ALL) == saved)
