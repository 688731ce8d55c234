def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: repr('abc'))
show(lambda: repr("it's"))
show(lambda: repr('a"b\'c'))
show(lambda: repr('\x00\n\t\x7f'))
show(lambda: repr('\xa0\u2028\U0001f600é'))
show(lambda: ascii('é\U0001f600'))
show(lambda: repr('\ud800'))
show(lambda: str('\u00e9'))
