print(format(255, 'x'), format(255, '#010b'), format(1234567, ','), format(1234567, '_'), format(-42, '+'))
print(f'{255:X} {255:o} {65:c} {5:.2f} {10**30:e} {42:>6} {42:<6}|')
print('%d %5d %-5d| %x %o %e' % (42, 42, 42, 255, 8, 12345))
try:
    format(5, 's')
except ValueError as e:
    print(e)
