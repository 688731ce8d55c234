answer = 42


def twice(x):
    return x * 2
