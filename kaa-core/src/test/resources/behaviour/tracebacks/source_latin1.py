# -*- coding: latin-1 -*-
# A source file in Latin-1: its lines are shown decoded as the cookie says, markers under the right characters
def f(x):
    return "été à " + x

f(1)
