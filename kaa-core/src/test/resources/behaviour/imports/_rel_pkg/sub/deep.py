from .. import mod_a
from ..mod_a import VALUE
from ... import nothing_there
