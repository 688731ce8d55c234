# Run by python3.12 (SreOracleTest): prints a Python program that drives _sre directly with the code lists
# python3.12's own re._compiler makes for each pattern below, so Kaa's engine is checked against CPython's before
# Kaa can import the re package itself. The program's output under python3.12 is the expected output.
import re, sys, json
from re import _compiler, _parser
CASES = [
  (r'abc', 0, ['abc', 'xabcx', 'ab', '']),
  (r'a.c', 0, ['abc', 'a\nc', 'xxaxc']),
  (r'(?s)a.c', 0, ['a\nc']),
  (r'a*', 0, ['', 'aaa', 'baaa']),
  (r'a*?b', 0, ['aaab', 'b', 'xaab']),
  (r'(a|b)*c', 0, ['ababc', 'abab', 'c']),
  (r'(a+)(b+)?', 0, ['aab', 'aa', 'b']),
  (r'(?P<x>\d+)-(?P<y>\d+)', 0, ['12-34', 'a1-2b', '--']),
  (r'\bfoo\b', 0, ['foo', 'a foo b', 'foobar', '']),
  (r'\Bfoo', 0, ['xfoo', 'foo']),
  (r'^a', re.M, ['a\na', 'b\na']),
  (r'a$', re.M, ['a\na', 'a\nb']),
  (r'a$', 0, ['a\n', 'a\nb', 'ba']),
  (r'\Aa\Z', 0, ['a', 'a\n']),
  (r'(?i)hello', 0, ['HeLLo', 'hello', 'HELLX']),
  (r'(?i)[a-z]+', 0, ['ABCdef1', '1']),
  (r'(?i)ǅ', 0, ['ǆ', 'Ǆ', 'ǅ']),
  (r'(?i)ſ', 0, ['s', 'S', 'ſ']),
  (r'(?i)[ſ]', 0, ['s', 'S', 'K']),
  (r'(?i)[k-m]', 0, ['K', 'K']),
  (r'[^abc]+', 0, ['xyzabc', 'abc']),
  (r'[\d\s]+', 0, ['1 2 3x', '١٢٣']),
  (r'(?a)[\d\s]+', 0, ['1 2 3x', '١٢٣']),
  (r'\w+', 0, ['héllo wörld', '_a1']),
  (r'(?a)\w+', 0, ['héllo']),
  (r'[\u0100-\u0200\U0001F600]+', 0, ['āĀ😀x']),
  (r'[α-ωΑ-Ω]+', 0, ['αβγΔ', 'x']),
  (r'(a)(?(1)b|c)', 0, ['ab', 'c', 'ac']),
  (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'ac']),
  (r'(?=abc)a', 0, ['abc', 'abd']),
  (r'(?!abc)a', 0, ['abc', 'abd']),
  (r'(?<=a)b', 0, ['ab', 'cb']),
  (r'(?<!a)b', 0, ['ab', 'cb']),
  (r'(?>a+)b', 0, ['aaab', 'aaa']),
  (r'(?>a|ab)c', 0, ['abc', 'ac']),
  (r'a++b', 0, ['aaab']),
  (r'a++a', 0, ['aaa']),
  (r'(?:ab)++c', 0, ['ababc', 'ababab']),
  (r'(?:ab)*+ab', 0, ['abab']),
  (r'(ab){2,3}', 0, ['ababababab', 'ab']),
  (r'(ab){2,3}?', 0, ['ababab']),
  (r'(?:a|b){2,}?c', 0, ['ababc']),
  (r'(a)\1', 0, ['aa', 'ab']),
  (r'(?i)(a)\1', 0, ['aA']),
  (r'(a*)*', 0, ['aaa', 'b']),
  (r'(a*)+', 0, ['aaa', 'b']),
  (r'(a|)*b', 0, ['aab']),
  (r'(?:(a)|b)*', 0, ['ab', 'ba']),
  (r'(?:x(y)?)+', 0, ['xyx']),
  (r'((a)|(b))+', 0, ['ab', 'ba']),
  (r'x*', 0, ['axxb']),
  (r'\b', 0, ['a b', '']),
  (r'', 0, ['abc']),
  (r'(?m)^$', 0, ['a\n\nb\n']),
  (r'[a-c]|x', 0, ['zzc']),
  (r'foo|bar|baz', 0, ['xxbazyy', 'ba']),
  (r'(foo|bar)+baz', 0, ['foobarbaz', 'foofoo']),
  (r'\d{3}-\d{4}', 0, ['call 555-1234 now']),
  (r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}', 0, ['mail bob.smith@example.com or x@y.org']),
  (r'(\w+)\s*=\s*(\w+)', 0, ['a = b, c=d']),
  (r'(?s).*?x', 0, ['aaxbbx']),
  (r'.*x', 0, ['aaxbbx']),
  (r'(?:a{0,3}){0,3}b', 0, ['aaaaaaab']),
  (r'(a{2})*', 0, ['aaaaa']),
  (r'(?:()|a)*', 0, ['aa']),
  (r'(?:a|())*?b', 0, ['aab']),
  (b'ab+', 0, [b'xabbb', b'a']),
  (b'(?i)AB', 0, [b'ab', b'aB']),
  (b'\\w+', 0, [b'ab\xe9c']),
  (b'[\\x80-\\xff]+', 0, [b'a\x90\xffb']),
  (r'(?x) a b # comment', 0, ['ab']),
  (r'[^\n]+', 0, ['ab\ncd']),
  (r'(?i)Σ+', 0, ['σςΣ']),
  (r'(?i)[^k]', 0, ['K', 'K', 'x']),
  (r'\s+', 0, ['a \t\x1c\x85\u2028b']),
  (r'(?a)\s+', 0, ['a \t\x1c\x85b']),
  (r'.', 0, ['\U0001F600x']),
  (r'(?i)ß', 0, ['SS', 'ß', 'ẞ']),
  (r'(?<=ab)c|(?<=a)d', 0, ['abc', 'ad']),
  (r'(?<=\bfoo)bar', 0, ['foobar', 'xfoobar']),
  (r'(a)(?=(b))', 0, ['ab']),
  (r'(?!(a)b)', 0, ['ab']),
  (r'(?:(?:a|b)(?:c|d))*', 0, ['acbdad']),
  (r'^(?:\d+\.)*\d+$', 0, ['1.2.3', '1..2']),
  (r'(a|ab)(c|bcd)(d*)', 0, ['abcd']),
  (r'(?:a+|b)*?c', 0, ['aabac']),
  (r'x(?:ab)*?y', 0, ['xababy']),
  (r'(?:(a)|(b)|(c))+', 0, ['abcab']),
  (r'(a)|(b)', 0, ['b']),
]
out = []
out.append('import _sre')
out.append('def show(label, f):')
out.append('    try: r = f()')
out.append('    except Exception as e: r = "%s: %s" % (type(e).__name__, e)')
out.append('    print(label, r if not hasattr(r, "span") else (r.span(), r.groups(), r.lastindex, r.lastgroup, r.groupdict(), repr(r)))')
for i, (pat, flags, subjects) in enumerate(CASES):
    p = _parser.parse(pat, flags)
    code = _compiler._code(p, flags)
    gi = p.state.groupdict
    ig = [None] * p.state.groups
    for k, v in gi.items(): ig[v] = k
    out.append('p = _sre.compile(%r, %d, %r, %d, %r, %r)' % (pat, flags | p.state.flags, [int(c) for c in code], p.state.groups - 1, dict(gi), tuple(ig)))
    for j, s in enumerate(subjects):
        L = '%d.%d' % (i, j)
        out.append('show(%r, lambda: p.match(%r))' % (L + ' match', s))
        out.append('show(%r, lambda: p.fullmatch(%r))' % (L + ' full', s))
        out.append('show(%r, lambda: p.search(%r))' % (L + ' search', s))
        out.append('show(%r, lambda: p.search(%r, 1))' % (L + ' search1', s))
        out.append('show(%r, lambda: p.findall(%r))' % (L + ' findall', s))
        out.append('show(%r, lambda: [m.span() for m in p.finditer(%r)])' % (L + ' finditer', s))
        out.append('show(%r, lambda: p.split(%r))' % (L + ' split', s))
        out.append('show(%r, lambda: p.subn(%r, %r))' % (L + ' subn', '<>' if isinstance(s, str) else b'<>', s))
        out.append('show(%r, lambda: p.sub(lambda m: m.group(0)[::-1]*2, %r, 2))' % (L + ' subf', s))
print('\n'.join(out))
