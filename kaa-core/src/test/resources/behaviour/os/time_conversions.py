# time: struct_time, gmtime/localtime/mktime under TZ rules set with putenv+tzset, strftime's glibc directives.
import posix
import time

print(time.gmtime(0), time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
print(time.gmtime(-1.5), time.gmtime(1.99).tm_sec, time.gmtime(10**10)[:6])
print(time.asctime(time.gmtime(0)), '|', time.asctime((2001, 9, 9, 1, 46, 40, 6, 252, 0)))
t = time.struct_time((2000, 7, 1, 0, 0, 0, 0, 1, 0))
print(t, t.tm_zone, len(t), t[:3], time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(t.__reduce__())
for bad in (lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.gmtime(1e20),
            lambda: time.gmtime(float('nan')), lambda: time.strftime('%Y', (1, 2, 3)),
            lambda: time.strftime('%Y', 5), lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.get_clock_info('x'),
            lambda: time.struct_time((1, 2)), lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 400, 0))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

g = time.gmtime(1e9)
print(time.strftime('%a %A %b %B %c|%C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %S %t %T', g))
print(time.strftime('%u %U %V %w %W %x %X %y %Y %z %Z %% %Q %Ey %Od %-d %_d %05d %^a %#Z %10A %-5d|', g))
print(repr(time.strftime('%Z|%z', time.struct_time((2000, 7, 1, 0, 0, 0, 0, 1, 0), {'tm_zone': 'ABC', 'tm_gmtoff': 3600}))))
print(repr(time.strftime('%4Y|%E|%O|%+|%Ec|%v|%', (2000, 7, 1, 0, 0, 0, 0, 1, 0))), repr(time.strftime('', g)))
print(time.strftime('%Y', (12345, 7, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y|%C|%y|%G', (-5, 7, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y-%m-%d %j', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
for y in range(2000, 2030, 3):
    for d in (1, 2, 3, 360, 363, 365):
        print(time.strftime('%G-%V-%u %U %W %j', time.gmtime(time.mktime((y, 1, 1, 12, 0, 0, 0, 1, 0)) + (d - 1) * 86400)), end=' ')
    print()

for tz in ('UTC', 'Europe/Paris', 'EST+05EDT,M3.2.0,M11.1.0', 'Australia/Sydney', 'AAA+3', '<+0330>-3:30'):
    posix.putenv('TZ', tz)
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    lt = time.localtime(1e9)
    print(' ', lt, lt.tm_zone, lt.tm_gmtoff, time.ctime(1e9))
    print(' ', repr(time.strftime('%Z %z', lt)), repr(time.strftime('%Z %z', (2000, 7, 1, 0, 0, 0, 0, 1, 1))),
          repr(time.strftime('%Z %z', (2000, 7, 1, 0, 0, 0, 0, 1, -1))))
    print(' ', [time.mktime((2000, m, 1, 0, 0, 0, 0, 1, d)) for m in (1, 7) for d in (-1, 0, 1)],
          time.mktime((2000, 1, 32, 25, 61, 0, 0, 1, -1)))
