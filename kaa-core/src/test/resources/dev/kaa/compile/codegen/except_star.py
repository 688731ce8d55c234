# try/except*: matching, naming, re-raising, else and finally, nested in loops and functions.
def handle(fail):
    caught = []
    try:
        fail()
    except* ValueError as e:
        caught.append(("value", len(e.exceptions)))
    except* (TypeError, KeyError) as e:
        caught.append(("type or key", e))
        raise RuntimeError("from a clause")
    except* OSError:
        pass
    else:
        caught.append("nothing")
    finally:
        caught.append("finally")
    return caught


def in_loop(items):
    total = 0
    for item in items:
        try:
            item()
        except* ArithmeticError as group:
            for exc in group.exceptions:
                if exc is None:
                    break
                total += 1
    return total


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as module_level:
    seen = module_level
except* TypeError:
    seen = None
