# Regenerates set-cases.txt (python3.12 set-cases.py > set-cases.txt): random adds and discards, then every set
# operation, each line the inputs and the reprs CPython printed (SetMethodsTest reads it).
import random
random.seed(5)
ops=[]
for case in range(300):
    n=random.randint(0,60)
    xs=[random.randint(-50,300) for _ in range(n)]
    rm=[random.randint(-50,300) for _ in range(random.randint(0,30))]
    ys=[random.randint(-50,300) for _ in range(random.randint(0,40))]
    s=set()
    for x in xs: s.add(x)
    for r in rm: s.discard(r)
    t=set(ys)
    line=' '.join(map(str,xs))+'|'+' '.join(map(str,rm))+'|'+' '.join(map(str,ys))
    res=[s, s|t, s&t, s-t, t-s, s^t, t^s, set(xs), frozenset(s), s.union(ys), s.intersection(ys), s.difference(ys), s.symmetric_difference(ys)]
    u=set(s); u.update(ys); res.append(u)
    u=set(s); u.intersection_update(ys); res.append(u)
    u=set(s); u.difference_update(ys); res.append(u)
    u=set(s); u.symmetric_difference_update(ys); res.append(u)
    u=set(s); u.pop() if u else None; u.pop() if u else None; res.append(u)
    res.append(hash(frozenset(s)))
    res.append(set(dict.fromkeys(xs)))
    print(line+'#'+'#'.join(map(repr,res)))
