import sys
impl = sys.implementation
print(type(impl.name).__name__, impl.version[:2], impl.hexversion == sys.hexversion)
print(sys.version_info.releaselevel, sys.version_info.serial)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(e)
