# for/while else: runs when the loop ends without break, including empty loops; break, continue and return skip it.
def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")

search([1, 2, 3], 2)
search([1, 2, 3], 9)
search([], 1)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else, n =", n)
while False:
    pass
else:
    print("else of a loop that never ran")

def returns_from_loop():
    for x in range(5):
        if x == 2:
            return "returned"
    else:
        return "else"

print(returns_from_loop())
for i in range(3):
    continue
else:
    print("continue does not skip else, i =", i)
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("inner completed for outer", outer)
        continue
    print("inner broke for outer", outer)
for i in range(0):
    pass
try:
    i
except NameError:
    print("unreached: i keeps its previous value")
print("i is", i)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        break
print(list(it))
for x in []:
    pass
else:
    x = "set in else"
print(x)
