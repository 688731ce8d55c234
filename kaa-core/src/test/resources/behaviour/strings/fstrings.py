name = 'Ada'
word = 'snake\u00e9'
print(f'{name}!', f'{name!r}', f'{word!a}', f'{name:>6}|', f'{name:*^9}', f'{name:.2}')
print(f'{name + word}', f'{name.upper()}', f'{len(word)}', f"{'nested'!r:>10}")
print(f'{name=}', f'{word = }', f'{name!s:<5}|')
print(f'{{literal}} {name}', f'{"\\N{BULLET}" if False else "-"}')
width = 7
print(f'{name:{width}}|', f'{name:>{width}}|', f'{name:{"^"}{width}}|')


class Shout(str):
    def __format__(self, spec):
        return self.upper() + spec


print(f'{Shout("hey")}', f'{Shout("hey"):!}', format(Shout('x'), '?'))
try:
    f'{name:d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{name:=5}'
except ValueError as e:
    print('ValueError:', e)
