from _circ import second
X = 1
