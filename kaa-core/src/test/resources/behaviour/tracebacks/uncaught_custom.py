class Oops(Exception):
    pass


def level2():
    raise Oops("deep")


def level1():
    level2()


level1()
