# resource: limits as tuples (the open-file limit is the descriptor table's), setrlimit's checks, getrusage's
# struct_rusage, getpagesize, and the errors CPython gives.
import os
import resource

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print("nofile soft <= hard:", soft <= hard or hard == resource.RLIM_INFINITY, soft > 0)
fsize = resource.getrlimit(resource.RLIMIT_FSIZE)
print("fsize:", fsize == (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
print("constants:", resource.RLIMIT_CPU, resource.RLIMIT_NOFILE, resource.RLIMIT_AS, resource.RLIMIT_OFILE,
      resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD, resource.RLIM_INFINITY)
print("error is OSError:", resource.error is OSError)

resource.setrlimit(resource.RLIMIT_FSIZE, fsize)
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print("setting the limits in force works")
print("prlimit:", resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard),
      resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE, (soft, hard)) == (soft, hard))

for call in [lambda: resource.getrlimit(99), lambda: resource.getrlimit(-1), lambda: resource.getrlimit("x"),
             lambda: resource.getrlimit(2**40), lambda: resource.setrlimit(resource.RLIMIT_CPU, (1, 2, 3)),
             lambda: resource.setrlimit(resource.RLIMIT_CPU, 5), lambda: resource.setrlimit(99, (1, 1)),
             lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard)) if hard != -1 else None,
             lambda: resource.setrlimit(resource.RLIMIT_CPU, ("a", 1)),
             lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (10**50, -1)),
             lambda: resource.getrusage(5), lambda: resource.getrusage("x"),
             lambda: resource.prlimit(-1, resource.RLIMIT_AS)]:
    try:
        call()
    except (OSError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for who in [resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD]:
    u = resource.getrusage(who)
    print(type(u).__name__, len(u), type(u.ru_utime).__name__, type(u.ru_maxrss).__name__,
          u.ru_utime >= 0, u.ru_stime >= 0, u[0] == u.ru_utime, u.ru_ixrss, u.ru_nswap)
t0 = resource.getrusage(resource.RUSAGE_THREAD).ru_utime
n = 0
for i in range(3_000_000):
    n += i
print("thread time grows:", resource.getrusage(resource.RUSAGE_THREAD).ru_utime + resource.getrusage(resource.RUSAGE_THREAD).ru_stime > t0)
print("self maxrss:", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0)
print(resource.struct_rusage.n_fields, resource.struct_rusage.__name__)
print("pagesize:", resource.getpagesize() == os.sysconf("SC_PAGESIZE"))
