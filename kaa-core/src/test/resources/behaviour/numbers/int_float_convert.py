for v in (float('inf'), float('-inf'), float('nan')):
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float(2 ** 100), float(-3))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
