"""pickle: built-in types, classes, protocols, custom __reduce__/__getstate__, shared references, errors."""
import pickle
import io
from collections import OrderedDict, namedtuple
from dataclasses import dataclass

Point = namedtuple("Point", "x y")

@dataclass
class Account:
    owner: str
    balance: float = 0.0

class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = "not picklable state"
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reconnected"

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __reduce__(self):
        return (Temperature, (self.celsius,))
    def __repr__(self):
        return f"Temperature({self.celsius})"

shared = [1, 2]
obj = {
    "ints": [1, -2, 2**70], "floats": (1.5, float("inf")), "text": "ünïcode", "bytes": b"\x00\xff",
    "set": frozenset({3}), "none": None, "bools": [True, False], "complex": 1 + 2j,
    "od": OrderedDict(a=1), "point": Point(1, 2), "account": Account("ann", 10.5),
    "conn": Connection("db.local"), "temp": Temperature(21.5), "shared": (shared, shared),
}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(obj, protocol=proto)
    back = pickle.loads(data)
    print(proto, back["ints"], back["point"], back["account"], back["conn"].socket, back["temp"],
          back["shared"][0] is back["shared"][1], back == obj or "differs (conn/temp compare by identity)")
print(pickle.dumps([1, "a", None], protocol=2))
print(pickle.dumps((1, 2.0, "x", b"y"), protocol=4))
buf = io.BytesIO()
pickle.dump({"k": "v"}, buf)
buf.seek(0)
print(pickle.load(buf), pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    pickle.loads(b"not a pickle")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
