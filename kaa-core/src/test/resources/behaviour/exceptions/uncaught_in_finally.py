def work():
    try:
        raise ValueError('in try')
    finally:
        raise RuntimeError('in finally')
work()
