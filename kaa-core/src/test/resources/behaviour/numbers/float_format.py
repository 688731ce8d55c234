print(format(1.5, ''), format(1.5, '.3f'), format(1e100, 'g'), format(1.5, '%'), format(1234.5, ',.1f'))
print(f'{3.14159:.2f} {2.5:e} {0.000012345:g} {1e16:g} {12.0:n} {-0.0:+.1f} {-0.0:z.1f}')
print('%.3f %e %g %10.2f|' % (3.14159, 2.5, 1e-10, 2.5))
try:
    format(1.5, 'd')
except ValueError as e:
    print(e)
