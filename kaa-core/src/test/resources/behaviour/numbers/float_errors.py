for f in (lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1,
          lambda: 2.0 ** 10000, lambda: 10 ** 400 + 1.0, lambda: pow(2.0, 3, 5)):
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
