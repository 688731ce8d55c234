def cleanup():
    raise RuntimeError('cleanup failed')
try:
    {}['key']
except KeyError:
    cleanup()
