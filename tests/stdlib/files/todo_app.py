"""A small to-do application: dataclasses persisted as JSON in a temp directory, driven by argparse commands."""
import argparse
import json
import tempfile
from dataclasses import dataclass, asdict, field
from pathlib import Path

@dataclass
class Task:
    id: int
    title: str
    done: bool = False
    tags: list[str] = field(default_factory=list)

class Store:
    def __init__(self, path: Path):
        self.path = path
    def load(self) -> list[Task]:
        if not self.path.exists():
            return []
        return [Task(**d) for d in json.loads(self.path.read_text())]
    def save(self, tasks):
        self.path.write_text(json.dumps([asdict(t) for t in tasks], indent=1))

def main(argv, store):
    parser = argparse.ArgumentParser(prog="todo")
    sub = parser.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add")
    add.add_argument("title")
    add.add_argument("--tag", action="append", default=[])
    done = sub.add_parser("done")
    done.add_argument("id", type=int)
    sub.add_parser("list")
    args = parser.parse_args(argv)
    tasks = store.load()
    if args.cmd == "add":
        tasks.append(Task(max((t.id for t in tasks), default=0) + 1, args.title, tags=args.tag))
        print("added", tasks[-1])
    elif args.cmd == "done":
        for t in tasks:
            if t.id == args.id:
                t.done = True
                print("completed", t.title)
    else:
        for t in tasks:
            print(f"[{'x' if t.done else ' '}] {t.id}: {t.title} {' '.join('#' + g for g in t.tags)}".rstrip())
    store.save(tasks)

with tempfile.TemporaryDirectory() as tmp:
    store = Store(Path(tmp) / "todo.json")
    for argv in [["add", "write tests", "--tag", "kaa"], ["add", "run benchmarks", "--tag", "perf", "--tag", "kaa"],
                 ["add", "ship it"], ["done", "2"], ["list"]]:
        main(argv, store)
    print(len(store.path.read_text().splitlines()), json.loads(store.path.read_text())[1]["done"])
