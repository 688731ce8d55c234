def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'hello World'.upper())
show(lambda: 'Hello'.lower())
show(lambda: 'straße'.upper())
show(lambda: 'ΣΑΣ ΟΔΟΣ'.lower())
show(lambda: 'hello world'.title())
show(lambda: "they're bill's".title())
show(lambda: 'hELLO'.capitalize())
show(lambda: 'Hello'.swapcase())
show(lambda: 'ß'.casefold())
show(lambda: 'ǅ'.lower())
show(lambda: 'ﬁ'.upper())
show(lambda: 'İ'.lower())
