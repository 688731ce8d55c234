# An uncaught error raised by __exit__ while another propagates: both tracebacks, joined by "During handling".
class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        raise RuntimeError(f"cleanup failed after {kind.__name__}")

with Faulty():
    items = {}
    items["missing"]
