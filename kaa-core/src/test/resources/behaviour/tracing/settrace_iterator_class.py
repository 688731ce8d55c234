# A for loop (and a comprehension) over a class whose __next__ is Python code: the StopIteration that ends the
# loop is an exception event in the loop's frame, on the loop's line, with the exception __next__ raised, as CPython's.
import sys
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration(42)
        self.n -= 1
        return self.n
def f():
    total = 0
    for x in It(2):
        total += x
    y = [z for z in It(1)]
    for q in It(0): pass
    return total
def tr(frame, event, arg):
    if event == 'exception': arg = (arg[0].__name__, arg[1].args, arg[2].tb_frame.f_code.co_name, arg[2].tb_next)
    print(frame.f_code.co_name, frame.f_lineno, event, arg if event == "exception" else "")
    return tr
sys.settrace(tr); f(); sys.settrace(None)
