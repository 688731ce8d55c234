try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(isinstance(True, int), issubclass(bool, int))
