"""decimal for money: contexts, quantize with rounding modes, exact sums, signals."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, DivisionByZero

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("0.20")]
print(sum(prices), sum(prices, Decimal("0")) == Decimal("25.30"), 0.1 + 0.2)
tax = Decimal("0.0825")
for p in prices:
    t = (p * tax).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print(p, t, p + t)
cents = Decimal("0.01")
for x in ["2.675", "2.665", "-1.005"]:
    d = Decimal(x)
    print(x, d.quantize(cents, ROUND_HALF_UP), d.quantize(cents, ROUND_HALF_EVEN), d.quantize(cents, ROUND_DOWN))
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    print(Decimal(2).sqrt())
print(getcontext().prec, Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"))
print(Decimal(0.1), Decimal("3.14159").as_tuple(), Decimal("-0"), Decimal("1e3").normalize(), Decimal("100").normalize())
print(Decimal("7.5") // 2, Decimal("-7.5") % 2, divmod(Decimal("10"), Decimal("3")), round(Decimal("2.5")), round(Decimal("3.14159"), 3))
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("1.000").compare(Decimal("1")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("invalid:", type(e).__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("div by zero:", type(e).__name__)
print(f"{Decimal('1234567.891'):,.2f}", format(Decimal("0.000012"), ".2e"), str(Decimal("1E+2")), int(Decimal("-3.9")))
