# _stat, the C module stat.py imports over its own definitions: constants, the S_IS* tests, S_IMODE, S_IFMT,
# filemode, and the mode conversion's errors (an int only, 0 to 2**32 - 1).
import _stat, stat, os, tempfile

class Index:
    def __index__(self): return 16384

for value in [1.5, True, Index(), 2**64, -2**70, -1, 2**31, 2**32 - 1, 2**32, None]:
    for f in (_stat.S_ISDIR, _stat.filemode, _stat.S_IMODE, _stat.S_IFMT, _stat.S_ISDOOR):
        try:
            print(repr(f(value)), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' | ')
    print()

for mode in (0o20644, 0o60644, 0o10644, 0o120777, 0o140755, 0o40755, 0o100644, 0o1777, 0o4744, 0o2754,
             0o7000, 0o7777, 0o170000, 0):
    print(oct(mode), _stat.filemode(mode), [f.__name__ for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK,
          _stat.S_ISREG, _stat.S_ISFIFO, _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR, _stat.S_ISPORT,
          _stat.S_ISWHT) if f(mode)], oct(_stat.S_IMODE(mode)), oct(_stat.S_IFMT(mode)))

print(sorted((n, getattr(_stat, n)) for n in dir(_stat) if n.isupper() and isinstance(getattr(_stat, n), int)))
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
print(_stat.S_ISDIR.__doc__)
print(_stat.filemode.__doc__)
print(_stat.__doc__.splitlines()[:3], len(_stat.__doc__.splitlines()))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f')
    open(path, 'w').close()
    os.chmod(path, 0o640)
    os.symlink(path, path + '-link')
    print(stat.filemode(os.stat(d).st_mode)[0], stat.filemode(os.stat(path).st_mode),
          stat.filemode(os.lstat(path + '-link').st_mode)[0], stat.S_ISLNK(os.lstat(path + '-link').st_mode))
