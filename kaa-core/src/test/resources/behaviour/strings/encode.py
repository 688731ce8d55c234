def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(lambda: 'héllo'.encode())
show(lambda: 'héllo'.encode('latin-1'))
show(lambda: 'héllo'.encode('ascii'))
show(lambda: 'héllo'.encode('ascii', 'ignore'))
show(lambda: 'héllo'.encode('ascii', 'replace'))
show(lambda: 'h€llo'.encode('ascii', 'backslashreplace'))
show(lambda: 'h€llo'.encode('ascii', 'xmlcharrefreplace'))
show(lambda: 'a\U0001f600'.encode('utf-16'))
show(lambda: 'a'.encode('utf-16-be'))
show(lambda: 'a'.encode('utf-32'))
show(lambda: 'a\ud800'.encode('utf-8'))
show(lambda: 'a\udcff'.encode('utf-8', 'surrogateescape'))
show(lambda: 'a\ud800'.encode('utf-8', 'surrogatepass'))
show(lambda: 'a'.encode('nope'))
show(lambda: '\xff'.encode('ascii', 'nope'))
show(lambda: 'x'.encode(errors=1))
