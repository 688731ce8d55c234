words = ['pear', 'Apple', 'banana', '\u00e9clair', 'apple', '\U0001f600smile', 'Zebra', '']
print(sorted(words))
print(sorted(words, key=str.lower))
print(max(words), min(words), sorted(words, key=len)[-1])
line = ''
for w in words:
    line += w.capitalize() + ','
print(line)
print(','.join(w[::-1] for w in words))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, 'mississippi'.count('ss'), 'mississippi'.replace('ss', 'SS', 1))
table = str.maketrans('aeiou', '12345')
print('education'.translate(table))
parts = 'key1=value1;key2=value2;;key3'.split(';')
print([p.partition('=') for p in parts])
print('a' < 'b' < 'c', 'abc' < 'abd' <= 'abd', 'Z' < 'a', '\uffff' < '\U00010000')
print(hash('same') == hash('sa' + 'me'), 'same' == 'sa' + 'me', 'x' * 0 == '')
text = 'The quick brown fox'
print(text.split(), text.lower().split('o'), text.title().swapcase())
print([s.strip() for s in ' a , b ,c '.split(',')])
print(str(3) + str(4.5) + str(True) + str(None) + str([1]) + str((2,)) + str({'k': 'v'}))
