class Name(str):
    def shout(self):
        return self.upper() + '!'

    def __repr__(self):
        return 'Name(' + str.__repr__(self) + ')'


n = Name('ada')
print(n, repr(n), n.shout())
print(type(n).__name__, type(n + 'x').__name__, type(n.upper()).__name__, type(str(n)).__name__)
print(n == 'ada', n in {'ada': 1}, len(n), n[0], n[::-1])
n.extra = 5
print(n.extra, isinstance(n, str), issubclass(Name, str))


class Tagged(str):
    def __new__(cls, value, tag):
        self = str.__new__(cls, value)
        self.tag = tag
        return self


t = Tagged('text', 'T')
print(t, t.tag, t.split('x'))
print('{0} {0.tag}'.format(t))
print('%s' % t, f'{t!r}')


class Upper(str):
    def __str__(self):
        return self.upper()


print(str(Upper('quiet')), '%s' % Upper('x'), f'{Upper("y")}', '{}'.format(Upper('z')))
