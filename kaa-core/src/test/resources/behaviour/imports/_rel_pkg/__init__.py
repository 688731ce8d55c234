from . import mod_a
from .mod_a import VALUE as A_VALUE
