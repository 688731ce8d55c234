from _circ import ok_b
NAME = "ok_a"
def later():
    return ok_b.NAME
