config = {'name': 'kaa'}
def lookup(key):
    return config[key]
print(lookup('name'))
lookup('version')
