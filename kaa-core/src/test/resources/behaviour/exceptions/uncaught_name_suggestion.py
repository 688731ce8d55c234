def total(values):
    result = 0
    for value in values:
        result = result + valeu
    return result
total([1])
