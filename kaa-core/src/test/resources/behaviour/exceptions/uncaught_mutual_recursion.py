def ping(n):
    return pong(n + 1)
def pong(n):
    if n > 6:
        raise OverflowError('too deep: ' + str(n))
    return ping(n + 1)
ping(0)
