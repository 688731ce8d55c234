# try/finally: return, break and continue in finally override what was pending, including exceptions.
def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"

def return_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally won"

def finally_sees_pending_return():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)

def value_fixed_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2

print(return_overrides_return(), return_swallows_exception(), finally_sees_pending_return(), value_fixed_at_return())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out

def return_in_try_break_in_finally():
    for i in range(3):
        try:
            return "from try"
        finally:
            break
    return "after loop"

print(break_in_finally(), continue_in_finally(), return_in_try_break_in_finally())

def order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError
        except ValueError:
            log.append("except")
            raise TypeError
        else:
            log.append("else")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log

print(order())

def else_runs():
    log = []
    try:
        log.append("try")
    except Exception:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(else_runs())

def nested_loops():
    out = []
    for i in range(2):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if j == 2:
                    break
                out.append((i, j))
            finally:
                out.append("f")
    return out

print(nested_loops())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            if n < 3:
                continue
print(while_finally())
