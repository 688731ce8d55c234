from . import deep_ok
from .deep_ok import WHERE
