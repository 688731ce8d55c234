# mappingproxy: | with either side a proxy, reversed, comparisons and hash are the mapping's, |= refused
import types

m = types.MappingProxyType({"a": 1})
print(m | {"b": 2}, {"b": 2} | m, m | m, list(reversed(m)))
print(m == {"a": 1}, m != {"a": 1}, types.MappingProxyType[int])
for f in [lambda: types.MappingProxyType.__or__(m, 1), lambda: hash(m), lambda: m < {}]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
try:
    m |= {}
except TypeError as e:
    print("TypeError", e)
