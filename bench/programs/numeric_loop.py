# Integer arithmetic in a tight while loop: the eval loop's dispatch and the small-int fast paths.
def collatz_steps(limit):
    total = 0
    n = 1
    while n < limit:
        x = n
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            total += 1
        n += 1
    return total

print(collatz_steps(150000))
