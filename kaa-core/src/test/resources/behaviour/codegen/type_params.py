def identity[T](x: T) -> T:
    return x


class Box[T]:
    def get(self) -> T:
        pass


type IntList = list[int]
type Pair[A, B: (int, str)] = tuple[A, B]
print(identity(3), identity.__type_params__, Box.__type_params__, Box.__mro__)
print(IntList, IntList.__value__, Pair.__type_params__, Pair.__type_params__[1].__constraints__)
