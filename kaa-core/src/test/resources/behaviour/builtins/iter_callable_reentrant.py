# iter(callable, sentinel): exhausted from inside the callable, the outer call's value is dropped
NO_MORE = object()


def spam():
    if spam.inside:
        return NO_MORE
    spam.inside = True
    print("inner drained", list(spam.iterator))
    return "value"


spam.inside = False
spam.iterator = iter(spam, NO_MORE)
print(next(spam.iterator, "exhausted"))


class Sentinel:
    def __eq__(self, other):
        print("sentinel compared first")
        return True


print(list(iter(lambda: 1, Sentinel())))
