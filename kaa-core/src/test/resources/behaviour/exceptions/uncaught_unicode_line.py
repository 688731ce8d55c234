données = {'clé': 1}
def lire(k):
    return données['é'] + données[k]
lire('clé')
