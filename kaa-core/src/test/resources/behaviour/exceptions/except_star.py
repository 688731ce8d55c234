# except* takes the matching part of a group
def run(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* ValueError as e:
        print('ValueError part:', repr(e))
    except* TypeError as e:
        print('TypeError part:', repr(e))
run([ValueError(1), TypeError(2), ValueError(3)])
run([TypeError('only')])
try:
    run([KeyError('left')])
except ExceptionGroup as rest:
    print('left over:', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as e:
    print('wrapped:', repr(e), type(e.exceptions[0]).__name__)
