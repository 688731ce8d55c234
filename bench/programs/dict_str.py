# Dictionaries and strings: word counting, string building and formatting.
def words(n):
    out = []
    for i in range(n):
        out.append("w" + str(i % 997) + ("x" * (i % 7)))
    return out

def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts

ws = words(1000000)
c = count(ws)
top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(c), top)
text = " ".join(ws[:300000])
print(len(text.split()), text.upper().count("W1"), "%d-%s" % (len(text), text[:10]))
print(sum(len(f"{w}:{i}") for i, w in enumerate(ws[:600000])))
