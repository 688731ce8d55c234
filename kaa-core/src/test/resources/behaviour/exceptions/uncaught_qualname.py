class Outer:
    class Inner(Exception):
        pass
def make():
    class Local(Exception):
        pass
    return Local
try:
    raise make()('local')
except Exception as e:
    print(type(e).__qualname__)
raise Outer.Inner('nested')
