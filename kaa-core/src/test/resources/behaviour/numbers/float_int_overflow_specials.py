# conversions at the limits: int(inf/nan), float of huge ints, true division overflow, float floor/mod with inf, nan and -0.0
for call in (lambda: int(float("inf")), lambda: int(float("-inf")), lambda: int(float("nan")), lambda: float(10**400),
             lambda: 10**400 / 1, lambda: 1 / 10**400, lambda: 10**400 / 10**399, lambda: (10**400) * 1.0, lambda: 2.0 ** 10000,
             lambda: (-8) ** 0.5, lambda: 10**400 // 1.5, lambda: float("1e400"), lambda: float("-1e-400"), lambda: 1e308 * 10,
             lambda: round(1e308 * 10), lambda: divmod(10**400, 1.0), lambda: (2**1024).__float__(), lambda: 2**1023 * 2.0):
    try:
        print(repr(call()))
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
inf, nan = float("inf"), float("nan")
for a, b in ((5.0, inf), (-5.0, inf), (inf, 5.0), (5.0, -inf), (-0.0, 1.0), (0.0, -1.0), (-7.5, 2.0), (7.5, -2.0), (1.0, nan)):
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 // 1, 0.0 % -1, -0.0 % 1, -1 % 3.0, 1e-320 // 1e-322, 5 // 0.5, 5 % 0.5, 1 % 1e-300)
print(inf - inf, inf * 0, nan == nan, nan != nan, inf == inf, -inf < 10**400, 10**400 < inf, 10**400 == float(10**300) * 10**100)
print(int(1e18), int(-1.9999999999999998), int(2**53 + 1.0), float(2**53 + 1), float(-(2**63)), 2**63 == float(2**63))
print(1 == 1.0000000000000002, 9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
