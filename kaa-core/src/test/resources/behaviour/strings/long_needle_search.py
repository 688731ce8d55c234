# find/rfind/count/replace/in with needles of 64 chars or more (searched in linear time): periodic text that makes a
# naive search quadratic, bounds, and astral characters and lone surrogates around the matches.
import random

N = 200_000
A, B = 'a' * N, 'b' * N
haystack = A + A + B + A + A
needle = A + B + B + A
print(haystack.find(needle), haystack.count(needle), (haystack + needle).find(needle) == len(haystack))
print((haystack + needle).count(needle), needle in haystack, needle in haystack + needle)
small = 'a' * 2000 + 'b' * 2000
print(('a' * 4000 + small).rfind(small), (small + 'a' * 4000).rfind(small))

random.seed(5)
for trial in range(400):
    s = ''.join(random.choice('ab\U0001F600\ud83d') for _ in range(random.randint(0, 300)))
    sub = ''.join(random.choice('ab') for _ in range(random.randint(60, 80)))
    if random.random() < 0.5 and len(s) > 70:
        i = random.randint(0, len(s) - 65)
        sub = s[i:i + random.randint(64, 70)]
    st = random.randint(-10, len(s))
    en = random.randint(-10, len(s) + 5)
    print(s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, st, en), s.rfind(sub, st, en), s.count(sub, st, en),
          len(s.replace(sub, '-')), sub in s)
