#!/usr/bin/env bash
# Front-end speed, Kaa vs CPython 3.12, over every .py file of CPython's standard library held in memory:
#   Kaa (one warm JVM, dev.kaa.compile.FrontEndBench): tokenize, parse, parse+symtable;
#   CPython (one process): compile(src, f, 'exec', ast.PyCF_ONLY_AST) and full compile(src, f, 'exec').
# The two alternate RUNS times (each JVM first runs WARMUP unreported rounds); medians of all reported rounds and their
# ratios are printed. Files with syntax errors count up to the error on both sides.
#   bench/frontend.sh [RUNS [ROUNDS [WARMUP]]]     (default 3 runs of 3 rounds, 3 warm-up rounds)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
PY="$(kaa_find_python312 || true)"
[ -n "$PY" ] || { echo "bench/frontend.sh: CPython 3.12 not found; skipped"; exit 0; }
RUNS="${1:-3}" ROUNDS="${2:-3}" WARMUP="${3:-3}"
cd "$KAA_ROOT"
JAVA_HOME="$KAA_JAVA_HOME" mvn -o -q -B -pl kaa-core test-compile >&2 || { echo "bench/frontend.sh: build failed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stdlib="$("$PY" -c "import sysconfig; print(sysconfig.get_path('stdlib'))")"
find "$stdlib" -name '*.py' -not -path '*/site-packages/*' | sort > "$work/files"
echo "front end over $(wc -l < "$work/files") stdlib files ($(cat "$work/files" | xargs cat | wc -c) bytes), $RUNS runs x $ROUNDS rounds"

for run in $(seq "$RUNS"); do
  "$KAA_JAVA_HOME/bin/java" -Xss512m -Xmx4g -cp kaa-core/target/classes:kaa-core/target/test-classes \
    dev.kaa.compile.FrontEndBench "$ROUNDS" "$WARMUP" $(cat "$work/files") >> "$work/times" || exit 1
  "$PY" - "$ROUNDS" "$work/files" >> "$work/times" <<'PY' || exit 1
import ast, sys, time, warnings
warnings.simplefilter('ignore')
files = [line.rstrip('\n') for line in open(sys.argv[2])]
sources = [open(f, 'rb').read() for f in files]
def timed(flags):
    start = time.perf_counter()
    for src, f in zip(sources, files):
        try:
            compile(src, f, 'exec', flags, dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    return int((time.perf_counter() - start) * 1000)
for _ in range(int(sys.argv[1])):
    print('cpython-ast', timed(ast.PyCF_ONLY_AST))
    print('cpython-compile', timed(0))
PY
done

python3 - "$work/times" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    stage, ms = line.split()
    times.setdefault(stage, []).append(int(ms))
med = {s: statistics.median(v) for s, v in times.items()}
def row(stage, against):
    ratio = med[stage] / med[against] if med.get(against) else float('nan')
    print(f"  {stage:<18} {med[stage]:>8.0f} ms   {ratio:5.2f}x {against} (runs: {' '.join(map(str, times[stage]))})")
print("medians (lower is better; ratio > 1: Kaa slower):")
row('tokenize', 'cpython-ast')
row('parse', 'cpython-ast')
row('parse+symtable', 'cpython-compile')
for s in ('cpython-ast', 'cpython-compile'):
    print(f"  {s:<18} {med[s]:>8.0f} ms          (runs: {' '.join(map(str, times[s]))})")
PY
