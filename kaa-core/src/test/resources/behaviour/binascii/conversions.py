# binascii: hex, base64 (strict and lenient), uu, quoted-printable, crc32/crc_hqx, with binascii.Error messages
import binascii as b
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
print(sorted(x for x in dir(b) if not x.startswith('__')))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)
t(b.hexlify, b'\x01\xab'); t(b.hexlify, b'\x01\xab\xcd', '-'); t(b.hexlify, b'\x01\xab\xcd', b':', 2); t(b.hexlify, b'\x01\xab\xcd', ':', -2)
t(b.hexlify, b'abc', 'xx'); t(b.hexlify, 'abc')
t(b.unhexlify, b'01ab'); t(b.unhexlify, '01AB'); t(b.unhexlify, '0'); t(b.unhexlify, 'zz'); t(b.unhexlify, 'é0')
t(b.a2b_base64, b'aGVsbG8='); t(b.a2b_base64, 'aGVsbG8'); t(b.a2b_base64, 'aGVsbG8=='); t(b.a2b_base64, 'a'); t(b.a2b_base64, 'ab$c=')
t(b.a2b_base64, 'aGVsbG8=', strict_mode=True); t(b.a2b_base64, 'aGVsbG8==', strict_mode=True); t(b.a2b_base64, ' aGVsbG8=', strict_mode=True)
t(b.a2b_base64, '=aGVsbG8', strict_mode=True); t(b.a2b_base64, 'aGVsbG8', strict_mode=True); t(b.a2b_base64, 'aGVs=bG8', strict_mode=True); t(b.a2b_base64, 'aGVs=bG8')
t(b.a2b_base64, 'aGVsbG8=x'); t(b.a2b_base64, 'aGVsbA==x'); t(b.a2b_base64, 'aGVsbG8=', strict_mode=False); t(b.a2b_base64, 'abcde')
t(b.a2b_base64, 'a==='); t(b.a2b_base64, 'ab=c'); t(b.a2b_base64, '')
t(b.b2a_base64, b'hello'); t(b.b2a_base64, b'hello', newline=False); t(b.b2a_base64, b'')
t(b.crc32, b'hello'); t(b.crc32, b'hello', 12345); t(b.crc32, b'hello', -1); t(b.crc32, b'hello', 2**40)
t(b.crc_hqx, b'hello', 0); t(b.crc_hqx, b'hello', 0xffff); t(b.crc_hqx, b'hello', 0x1ffff)
t(b.b2a_uu, b'hello'); t(b.b2a_uu, b'hello', backtick=True); t(b.b2a_uu, b''); t(b.b2a_uu, b'', backtick=True); t(b.b2a_uu, b'x'*46)
t(b.a2b_uu, b'%:&5L;&\\\n'); t(b.a2b_uu, b''); t(b.a2b_uu, b'\n'); t(b.a2b_uu, b'%:&5L;&\\'); t(b.a2b_uu, b'!!!!!'); t(b.a2b_uu, b'%:&5L;&\\   xx\n')
t(b.a2b_uu, b'` \n'); t(b.a2b_uu, b'#:&5L;&\\\n')
t(b.b2a_qp, b'hello = world\t\n'); t(b.b2a_qp, b'a'*100); t(b.b2a_qp, b'a b\n', quotetabs=True); t(b.b2a_qp, b'a_b c', header=True); t(b.b2a_qp, b'\xff\x00.\r\n')
t(b.b2a_qp, b'.\n'); t(b.b2a_qp, b'x\r\ny'); t(b.b2a_qp, b'x\ry', istext=False); t(b.b2a_qp, b'end ')
t(b.a2b_qp, b'hello =3D world=\nx'); t(b.a2b_qp, b'a_b', header=True); t(b.a2b_qp, b'=4'); t(b.a2b_qp, b'=zz'); t(b.a2b_qp, b'=\r\nx')
t(b.a2b_hex, 'abc'); t(b.b2a_hex, b'\xff')
for s in ['aGVs=', 'aGVs==', 'aGVs=bG8', '=', '==', 'aGVsbG8=', 'aGVsbA==', 'aGVsbA=', 'aGVsbA=x', 'aGVsbA===', 'aG=Vs', 'a=', 'aG=', 'aGV=x', 'aGVs\n', 'aGVs bG8=']:
    for strict in (False, True):
        print(repr(s), strict, end=' '); t(b.a2b_base64, s, strict_mode=strict)

data = bytes(range(256)) * 3
for n in range(0, 50):
    chunk = data[n:n * 7]
    assert b.a2b_base64(b.b2a_base64(chunk)) == chunk
    assert b.a2b_uu(b.b2a_uu(chunk[:45])) == chunk[:45]
    assert b.a2b_qp(b.b2a_qp(chunk)) == chunk, n
    assert b.unhexlify(b.hexlify(chunk)) == chunk
print(b.b2a_qp(data[:300]))
print(b.b2a_qp(data[:300], istext=False, quotetabs=True, header=True))
print(b.b2a_qp(b'line one  \nline two\t\r\nthree' + b'x' * 90 + b'\n' + b' ' * 80))
print(b.crc32(data), b.crc32(data, b.crc32(data)), b.crc_hqx(data, 0x1234))
print(b.hexlify(bytearray(b'\x00\xff')), b.hexlify(memoryview(b'xyz')), b.a2b_base64(bytearray(b'eHl6')))
