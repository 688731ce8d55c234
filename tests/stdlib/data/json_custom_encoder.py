"""json with custom types: a JSONEncoder subclass, default=, object_hook decoding back to classes."""
import json
from dataclasses import dataclass, asdict
from datetime import date
from decimal import Decimal

@dataclass
class Book:
    title: str
    published: date
    price: Decimal

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        if isinstance(o, Book):
            return {"__book__": asdict(o)}
        return super().default(o)

def decode(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__decimal__" in d:
        return Decimal(d["__decimal__"])
    if "__book__" in d:
        return Book(**d["__book__"])
    return d

books = [Book("Dune", date(1965, 8, 1), Decimal("9.99")), Book("Neuromancer", date(1984, 7, 1), Decimal("12.50"))]
text = json.dumps(books, cls=Encoder, indent=1)
print(text)
back = json.loads(text, object_hook=decode)
print(back)
print(back == books)
print(json.dumps({"when": date(2000, 1, 1)}, default=str))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
print(list(Encoder().iterencode({"a": [1, 2]})))
