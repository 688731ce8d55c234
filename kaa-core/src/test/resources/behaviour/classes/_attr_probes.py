"""Probes for the attribute cache cases: each is one attribute instruction, run again and again on what it is given."""


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_m(o):
    return o.m()


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
