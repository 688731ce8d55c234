# dis.dis of a class: each member with code, sorted by name, under "Disassembly of NAME:"
import dis


class Shapes:
    sides = 4

    def area(self, width):
        return width

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls

    class Inner:
        def name(self):
            return self


dis.dis(Shapes)
print("method")
dis.dis(Shapes().area)
print("function of a class")
dis.dis(Shapes.__dict__["unit"])
