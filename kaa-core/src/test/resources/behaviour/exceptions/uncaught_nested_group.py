inner = ExceptionGroup('inner', [KeyError('k'), ValueError('v')])
inner.add_note('from the inner group')
raise BaseExceptionGroup('outer', [inner, TypeError('t')])
