# Identifiers are NFKC-normalised when parsed: different spellings name the same variable; getattr does not normalise.
ﬁle = "ligature"
print(file)
ℌ = "script H"
print(H)
café = 1
print(café)
λ = lambda α, β: α + β
print(λ(1, 2), λ.__code__.co_varnames)

class Ωmega:
    𝐱 = "bold x"

print(Ωmega.x, Ωmega.__name__)
print(getattr(Ωmega, "𝐱", "getattr does not normalise"))
print("ﬁle" in globals(), "file" in globals())
print("café".isidentifier(), "1abc".isidentifier(), "ℌ".isidentifier(), "a-b".isidentifier())
for src in ["€ = 1", "a€b = 1", "x = 1\u00a0+ 1"]:
    try:
        compile(src, "<u>", "exec")
    except SyntaxError as e:
        print(e.msg)
