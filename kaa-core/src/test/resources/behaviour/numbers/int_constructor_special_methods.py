class A:
    def __int__(self):
        return 5
class B:
    def __index__(self):
        return 6
class C:
    def __int__(self):
        return 'x'
print(int(A()), int(B()))
try:
    int(C())
except TypeError as e:
    print(e)
