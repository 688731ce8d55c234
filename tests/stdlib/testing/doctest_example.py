"""doctest: examples in docstrings checked programmatically, with a failing one reported."""
import doctest

def average(values):
    """Return the arithmetic mean.

    >>> average([1, 2, 3, 4])
    2.5
    >>> average([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> [round(average([x, x + 1]), 1) for x in range(3)]
    [0.5, 1.5, 2.5]
    """
    return sum(values) / len(values)

def broken():
    """
    >>> 1 + 1
    3
    >>> print("multi\\nline")
    multi
    line
    """

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(average) + finder.find(broken):
    runner.run(test, out=lambda s: print(s.replace(__file__, "FILE"), end=""))
print(runner.summarize(verbose=False))
print(doctest.testmod(verbose=False).__class__.__name__)
