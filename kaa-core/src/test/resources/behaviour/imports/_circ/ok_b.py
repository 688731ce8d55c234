from _circ import ok_a
NAME = "ok_b"
def later():
    return ok_a.NAME
