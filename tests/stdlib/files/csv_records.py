"""csv: reading and writing with DictReader/DictWriter, dialects, quoting, sniffing."""
import csv
import io

raw = '''name,department,salary,notes
Ann,Engineering,120000,"likes ""quotes"""
Bob,Sales,80000,
"Smith, Jr.",Engineering,95000,"multi
line"
'''
rows = list(csv.DictReader(io.StringIO(raw)))
for r in rows:
    print(r)
by_dept = {}
for r in rows:
    by_dept.setdefault(r["department"], []).append(int(r["salary"]))
print({d: sum(v) / len(v) for d, v in sorted(by_dept.items())})
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "total"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
w.writerow({"name": "x,y", "total": 3.5})
w.writerows([{"name": 'say "hi"', "total": 1}, {"name": "plain", "total": 0}])
print(out.getvalue())
out = io.StringIO()
writer = csv.writer(out, delimiter="\t", lineterminator="\n")
writer.writerow(["a", "b c", None, 1.5, ""])
print(repr(out.getvalue()))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
dialect = csv.Sniffer().sniff("x|y|z\n1|2|3\n")
print(dialect.delimiter, csv.Sniffer().has_header("name,age\nann,3\nbob,4\n"))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(io.StringIO("1|2\n3|4\n"), "pipes")), csv.list_dialects().count("pipes"))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
