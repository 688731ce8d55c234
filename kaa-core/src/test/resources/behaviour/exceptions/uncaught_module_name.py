class ProtocolError(Exception):
    pass
ProtocolError.__module__ = 'net.proto'
raise ProtocolError('bad frame')
