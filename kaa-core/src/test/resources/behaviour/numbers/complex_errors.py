for f in (lambda: (1 + 2j) / 0, lambda: 0j ** -1, lambda: pow(1j, 2, 3), lambda: (1 + 2j) % 2, lambda: (1 + 2j) // 2,
          lambda: 1j < 2j, lambda: abs(complex(1e308, 1e308)), lambda: (1e200 + 1e200j) ** 2):
    try:
        print(f())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
