class A:
    def __str__(self):
        return "A-str"

    def __repr__(self):
        return "A-repr"


print(A())
print([A()])
print(repr(A()), str(A()))
print(ascii("naïve ☃ 𝄞"), repr("naïve"))
