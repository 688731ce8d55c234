# A built-in type's __init__ parsed as CPython's Argument Clinic parses it names the type in its argument errors
# ("BufferedReader() takes at most 2 arguments (4 given)"), not "__init__()".
import io

# A missing argument is reported before an unknown keyword, as CPython checks leftover keywords last.
for tp in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper, io.FileIO,
           io.BytesIO, io.StringIO, io.IncrementalNewlineDecoder, bytearray, property):
    for args, kw in (((io.BytesIO(), 1, 2, 3, 4, 5, 6, 7), {}), ((), {}), ((io.BytesIO(),), {"nope": 1})):
        try:
            tp(*args, **kw)
            print(tp.__name__, "accepted")
        except TypeError as e:
            print(tp.__name__, e)
        except Exception as e:
            print(tp.__name__, type(e).__name__)
