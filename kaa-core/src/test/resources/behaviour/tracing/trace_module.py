# The trace module on sys.settrace: line counts of a function (what python -m trace --count writes) and the
# executed lines as --trace prints them.
import os
import trace

def square(n):
    return n * n

def main(k):
    total = 0
    for i in range(k):
        total += square(i)
    if total > 100:
        total = 0
    return total

counter = trace.Trace(count=1, trace=0)
print(counter.runfunc(main, 4))
for (filename, line), n in sorted(counter.results().counts.items()):
    print(os.path.basename(filename), line, n)

printer = trace.Trace(count=0, trace=1)
print(printer.runfunc(main, 2))
