print(2 ** 10, 2 ** -1, (-2) ** -3, 0 ** 0, 10 ** 20)
print(pow(2, 10, 1000), pow(3, -1, 7), pow(2, 3, -5), pow(-3, 3, 5))
for args in ((2, -1, 4), (2, 3, 0), (2, 3, 5.0), (2, 0.5, 5)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
