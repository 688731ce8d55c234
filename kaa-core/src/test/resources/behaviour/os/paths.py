# Paths through the posix module: directories, scandir, links, renames, times, and the errors each raises.
import errno
import posix

base = '/tmp/kaa-behaviour-paths-%d' % posix.getpid()


def show(e):
    return '%s %s %s' % (type(e).__name__, errno.errorcode[e.errno], str(e).replace(base, 'BASE'))


posix.mkdir(base, 0o755)
posix.mkdir(base + '/d')
fd = posix.open(base + '/f', posix.O_WRONLY | posix.O_CREAT, 0o644)
posix.write(fd, b'12345')
posix.close(fd)
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
with posix.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.path.replace(base, 'BASE'), e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size if e.is_file() else '-')
posix.symlink('f', base + '/link')
print(posix.readlink(base + '/link'), posix.readlink((base + '/link').encode()))
print(posix.stat(base + '/link').st_size, posix.lstat(base + '/link').st_mode & 0o170000 == 0o120000)
posix.utime(base + '/f', (1000000000, 1500000000.25))
st = posix.stat(base + '/f')
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8], st.st_atime_ns)
posix.utime(base + '/f', ns=(5, 7))
print(posix.stat(base + '/f').st_mtime_ns)
print(posix.access(base + '/f', posix.R_OK | posix.W_OK), posix.access(base + '/none', posix.F_OK))
posix.chmod(base + '/f', 0o600)
print(oct(posix.stat(base + '/f').st_mode))
posix.rename(base + '/f', base + '/g')
print(sorted(posix.listdir(base)))
posix.truncate(base + '/g', 2)
print(posix.stat(base + '/g').st_size)

for bad in (lambda: posix.mkdir(base), lambda: posix.rmdir(base), lambda: posix.rmdir(base + '/g'),
            lambda: posix.unlink(base + '/d'), lambda: posix.listdir(base + '/g'),
            lambda: posix.rename(base + '/d', base + '/g'), lambda: posix.rename(base + '/none', base + '/x'),
            lambda: posix.readlink(base + '/g'), lambda: posix.stat(''), lambda: posix.chdir(base + '/g'),
            lambda: posix.scandir(base + '/none'), lambda: posix.utime(base + '/none')):
    try:
        bad()
    except OSError as e:
        print(show(e))
for bad in (lambda: posix.utime(base, (1,)), lambda: posix.utime(base, (1, 2), ns=(1, 2)),
            lambda: posix.listdir(3.5), lambda: posix.fspath(3), lambda: posix.putenv('a=b', 'c')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

cwd = posix.getcwd()
posix.chdir(base)
print(posix.getcwd().replace(base, 'BASE'), posix.getcwdb().replace(base.encode(), b'BASE'),
      sorted(posix.listdir()), posix.stat('g').st_size)
posix.chdir(cwd)
for name in ('link', 'g'):
    posix.unlink(base + '/' + name)
posix.rmdir(base + '/d')
posix.rmdir(base)
print(posix.path.exists if hasattr(posix, 'path') else 'no path', errno.ENOTEMPTY, errno.errorcode[errno.EAGAIN])
