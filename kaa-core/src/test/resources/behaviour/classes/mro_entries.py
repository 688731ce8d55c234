# A base that is not a class may stand for classes through __mro_entries__
class Real:
    pass


class Stand:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Real,)


class C(Stand()):
    pass


print(C.__bases__, C.__orig_bases__[0].__class__.__name__)


class G(list[int]):
    pass


print(G.__bases__, G.__mro__)
