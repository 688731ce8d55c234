# MemoryError is raised for impossible allocations, caught, and the program goes on.
for make in (lambda: [0] * 10**12, lambda: "x" * 10**12, lambda: b"y" * 10**12, lambda: (1,) * 10**12,
             lambda: bytearray(10**12)):
    try:
        make()
    except MemoryError as e:
        print(type(e).__name__, repr(e), isinstance(e, Exception))
try:
    [0] * 2**62
except MemoryError:
    print("MemoryError for 2**62")
try:
    [0] * 2**63
except OverflowError as e:
    print("OverflowError:", e)
print("still running", len([0] * 1000))
