# Properties of any disassembly, whatever the instructions: jumps name their target offset, targets are marked
# ">>", the exception table's handlers are targets, the current instruction is marked "-->" (distb: the failing one)
import dis
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def lines(self):
        return "".join(self.parts).split("\n")


def work(items, limit):
    total = 0
    for item in items:
        try:
            total += item // limit
        except ZeroDivisionError:
            continue
        finally:
            limit -= 1
        while total > 100:
            total -= 7
    return total


instructions = list(dis.get_instructions(work))
offsets = {i.offset for i in instructions}
targets = {i.offset for i in instructions if i.is_jump_target}
jumps = [i for i in instructions if i.opcode in dis.hasjabs or i.opcode in dis.hasjrel]
print("jumps found:", len(jumps) > 3)
print("jump argrepr is 'to ' + argval:", all(i.argrepr == "to %d" % i.argval for i in jumps))
print("jump targets are instructions:", all(i.argval in offsets for i in jumps))
print("jump targets are marked:", all(i.argval in targets for i in jumps))
out = Capture()
dis.dis(work, file=out)
lines = out.lines()
table = lines[lines.index("ExceptionTable:") + 1:]
entries = [line.split() for line in table if line]
print("table entries:", len(entries) > 0, all(e[1] == "to" and e[3] == "->" and e[5] in ("[0]", "[1]", "[2]", "[3]")
                                              for e in entries))
marked = {int(line.split(">>")[1].split()[0]) for line in lines if ">>" in line}
print("handlers are marked >>:", all(int(e[4]) in marked for e in entries))
print("some handler pushes lasti:", any(e[-1] == "lasti" for e in entries))
print("jump targets are marked >>:", targets <= marked)
line_numbers = [line.split()[0] for line in lines if line[:3].strip()]
print("line numbers shown:", line_numbers[0] == str(work.__code__.co_firstlineno), len(line_numbers) > 5)
current = instructions[3].offset
marked = [line for line in dis.Bytecode(work, current_offset=current).dis().split("\n") if "-->" in line]
print("one current instruction:", len(marked) == 1, marked[0].split("-->")[1].split()[0] == str(current))


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
out = Capture()
dis.distb(tb.tb_next, file=out)
failing = [line for line in out.lines() if "-->" in line]
print("distb marks the failing instruction:", [line.split()[2] for line in failing])
print("Bytecode.from_traceback:", dis.Bytecode.from_traceback(tb).current_offset == tb.tb_next.tb_lasti)
