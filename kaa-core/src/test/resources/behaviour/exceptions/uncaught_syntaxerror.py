raise SyntaxError('invalid thing', ('config.py', 2, 5, 'a = b c\n', 2, 8))
