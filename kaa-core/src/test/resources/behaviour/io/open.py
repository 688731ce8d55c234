# open(): mode parsing and every argument check, the classes it stacks, text round trips in a real file.
import posix
import sys

tmp = f'/tmp/kaa-io-open-{sys.implementation.name}-{posix.getpid()}'


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(tmp, 'TMP'))


for args in ((1.5,), ([],), (tmp, 'rt+b'), (tmp, 'rr'), (tmp, 'rw'), (tmp, 'b'), (tmp, 'rU'), (tmp, 3), (tmp, 'q')):
    show(lambda: open(*args))
for kw in (dict(encoding='x'), dict(errors='x'), dict(newline='x')):
    show(lambda: open(tmp, 'rb', **kw))
for kw in (dict(buffering=0), dict(buffering='x'), dict(newline='x'), dict(encoding=1), dict(closefd=False)):
    show(lambda: open(tmp, 'w', **kw))
f = open(tmp, 'w', encoding='utf-8')
print(f.mode, f.buffer.mode, f.buffer.raw.mode, type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
f.close()
f = open(tmp, 'a+', encoding='utf-8')
print(f.mode, type(f.buffer).__name__, f.buffer.mode)
f.close()
f = open(tmp, 'rb', buffering=0)
print(type(f).__name__, f.mode)
f.close()
print(open(tmp, 'wt', buffering=1, encoding='utf-8').line_buffering)
with open(tmp, 'w', encoding='utf-8') as f:
    for i in range(5):
        f.write(f'line {i}\n')
    print(f.tell())
with open(tmp, encoding='utf-8') as f:
    print(f.readline(), end='')
    p = f.tell()
    print(f.read(3))
    f.seek(p)
    print(f.readlines())
with open(tmp, 'rb') as f:
    print(f.read(7), f.readline(), f.tell(), len(f.read()))
with open(tmp, 'r+', encoding='utf-8') as f:
    f.seek(0, 2)
    f.write('end\n')
print(open(tmp, encoding='utf-8').read().splitlines()[-2:])
with open(tmp, 'a', encoding='utf-8') as f:
    print(f.tell())
    f.write('x')
with open(tmp, 'rb') as f:
    f.seek(-2, 2)
    print(f.read())
show(lambda: open(tmp + '/missing'))
with open(tmp, 'w', encoding='latin-1', newline='\r\n') as f:
    f.write('caf\xe9\nbar\n')
with open(tmp, 'rb') as f:
    print(f.read())
with open(tmp, encoding='latin-1') as f:
    print(f.read().encode('utf-8'), f.newlines)
with open(tmp, 'x' if False else 'w', encoding='utf-8') as f:
    f.writelines(['a\n', 'b\n'])
with open(tmp, encoding='utf-8') as f:
    print(list(f), f.closed)
print(f.closed)
show(lambda: open(tmp, 'x'))
posix.unlink(tmp)
