# An uncaught TypeError from a class pattern: the traceback points into the match statement.
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x

def where(p):
    match p:
        case Point(x, y):
            return x, y
        case _:
            return None

print(where(1))
print(where(Point(3)))
