# SystemExit.code: None, the argument, or the args tuple
print(SystemExit().code, SystemExit(3).code, SystemExit('msg').code, SystemExit(1, 2).code)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('caught', e.code, repr(e))
import sys
try:
    sys.exit('bye')
except SystemExit as e:
    print('sys.exit', repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
