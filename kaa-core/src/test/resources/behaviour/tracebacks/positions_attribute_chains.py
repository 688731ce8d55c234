# A failing attribute or method call in a chain split over lines points at the line of its .name
import sys
def show(f):
    try:
        f()
    except Exception as e:
        sys.__excepthook__(type(e), e, e.__traceback__)
class A: pass
a = A()
def f1():
    (a
      .b)
def f2():
    (a.
      c(1))
def f3():
    (a
      .d) = (a
      .e)
def f4():
    (a
      .zz) += 1
def f5():
    del (a
      .yy)
def f6():
    x = [1]
    (x.
     append(k=1))
for f in (f1, f2, f3, f4, f5, f6): show(f)
