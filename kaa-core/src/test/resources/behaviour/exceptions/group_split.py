# split and subgroup keep the structure and copy the metadata
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('sub', [ValueError(3), OSError(4)])])
eg.add_note('note')
eg.__cause__ = KeyError('cause')
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(match.__notes__, match.__cause__, match.__suppress_context__, match.__notes__ is eg.__notes__)
print(eg.split((ValueError, OSError)))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(KeyError))
print(eg.subgroup(TypeError))
print(eg.subgroup(lambda e: isinstance(e, OSError) or e.args == (1,)))
print(eg.subgroup(lambda e: e is eg) is eg)
for bad in [5, ValueError(), (ValueError, 3)]:
    try:
        eg.split(bad)
    except TypeError as t:
        print('TypeError:', t)
