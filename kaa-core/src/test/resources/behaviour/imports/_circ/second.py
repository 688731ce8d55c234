from _circ.first import X
