try:
    [].pop()
except IndexError:
    raise LookupError('nothing to take') from None
