# A slice bound whose __index__ empties the sequence: the length is read after it ran (CPython's PySlice_Unpack,
# then PySlice_AdjustIndices), for bytearray and array as for list.
import array
for make in (lambda: bytearray(b'abcdef'), lambda: array.array('b', b'abcdef'), lambda: list('abcdef')):
    x = make()
    class I:
        def __index__(self):
            del x[:]
            return 1
    try:
        print(type(x).__name__, x[I():5])
    except Exception as e:
        print(type(x).__name__, type(e).__name__, e)
    x = make()
    try:
        x[I():5] = x[:0] if not isinstance(x, list) else []
        print(type(x).__name__, 'assigned', x)
    except Exception as e:
        print(type(x).__name__, type(e).__name__, e)
