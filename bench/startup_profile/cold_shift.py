"""The same live work of a start (three failed imports: importlib's meta path and path finder over sys.path, as site's
sitecustomize and usercustomize imports do) timed right after importlib's bootstrap (`first`), or after the modules
site imports have run and warmed the JVM (`after`). A snapshot that skips those modules' bodies leaves the live work
as cold as `first`. Run: `./kaa -S bench/startup_profile/cold_shift.py first|after`."""
import sys
import time


def work(count):
    for i in range(count):
        try:
            __import__('_no_such_module_%d' % i)
        except ImportError:
            pass


if sys.argv[1] == 'after':
    import _collections_abc, _sitebuiltins, abc, io, os, posixpath, stat  # noqa: F401
t0 = time.thread_time()
work(3)
print(sys.argv[1], round((time.thread_time() - t0) * 1e3, 1))
