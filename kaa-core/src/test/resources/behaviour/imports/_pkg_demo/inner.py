from . import top_value


def deep():
    return "deep " + top_value
