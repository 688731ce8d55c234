# The lines a trace sees when break, continue and return leave a with or a try/finally: the statement's own line
# first, then the with's exit on the with's line or the finally body, then where the jump or return lands.
import sys

class C:
    def __enter__(self):
        return self
    def __exit__(*args):
        pass

def break_with():
    for i in (1, 2):
        with C():
            break
    pass

def continue_with():
    for i in (1, 2):
        with C():
            continue
    pass

def return_with():
    with C():
        return

def return_const_with():
    with C():
        return 42

def return_value_finally(x):
    try:
        return (
            x
        )
    finally:
        x = 0

def return_const_multiline():
    try:
        return (
            7
        )
    finally:
        pass

def break_finally():
    while True:
        try:
            break
        finally:
            pass
    return 1

def trace(frame, event, arg):
    code = frame.f_code
    if code.co_name != 'trace' and code.co_filename == __file__ and code.co_name[0] != '_':
        print(' ', code.co_name, event, frame.f_lineno - code.co_firstlineno)
    return trace

for fn, args in ((break_with, ()), (continue_with, ()), (return_with, ()), (return_const_with, ()),
                 (return_value_finally, (5,)), (return_const_multiline, ()), (break_finally, ())):
    print(fn.__name__)
    sys.settrace(trace)
    fn(*args)
    sys.settrace(None)
