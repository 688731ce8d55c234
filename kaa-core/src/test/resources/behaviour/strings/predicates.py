def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'abc'.isalpha())
show(lambda: 'abc1'.isalnum())
show(lambda: '123'.isdigit())
show(lambda: '½'.isnumeric())
show(lambda: '٣'.isdecimal())
show(lambda: ' \t\n'.isspace())
show(lambda: ''.isspace())
show(lambda: 'Title Case'.istitle())
show(lambda: 'ABC'.isupper())
show(lambda: 'abc'.islower())
show(lambda: 'x1'.isidentifier())
show(lambda: '1x'.isidentifier())
show(lambda: '\x7f'.isprintable())
show(lambda: 'é'.isascii())
show(lambda: 'abc'.isascii())
