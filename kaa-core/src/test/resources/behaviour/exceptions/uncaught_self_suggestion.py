class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        count += 1
Counter().bump()
