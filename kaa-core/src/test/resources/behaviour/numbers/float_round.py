print(round(2.5), round(3.5), round(-2.5), round(0.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.5, 0), round(-0.5, 0), round(1234.5, -2), round(1.5, 400), round(1.5, -400))
print(round(1.5, None))
for v in (float('inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
