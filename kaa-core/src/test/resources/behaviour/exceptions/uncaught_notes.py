e = ValueError('bad value')
e.add_note('while reading config.ini')
e.add_note('line 3:\n  x = ?')
raise e
