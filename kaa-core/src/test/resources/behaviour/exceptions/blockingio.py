# BlockingIOError.characters_written
e = BlockingIOError(11, 'would block', 7)
print(e.characters_written, e.args, e.filename)
e.characters_written = 3
print(e.characters_written)
del e.characters_written
try:
    e.characters_written
except AttributeError as a:
    print('AttributeError:', a)
try:
    OSError(5, 'x').characters_written
except AttributeError as a:
    print('AttributeError:', a)
print(BlockingIOError(11, 'x', 'file').filename)
