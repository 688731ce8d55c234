#!/usr/bin/env bash
# Import of a large generated module (default 5,000 lines), cold (no __pycache__: parse, compile, write the .pyc)
# vs cached (the .pyc loaded, nothing compiled), whole process, Kaa beside CPython 3.12 doing the same. The variants
# alternate RUNS times; medians of wall time and of CPU time (user + system, steadier on a shared machine) are
# printed, with `-c pass` as the start-up baseline.
#   bench/pyc_import.sh [RUNS] [LINES]        (default 9 runs, 5000 lines)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
PY="$(kaa_find_python312 || true)"
RUNS="${1:-9}" LINES="${2:-5000}"
unset PYTHONDONTWRITEBYTECODE  # the cache is what is measured
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
./kaa -c pass || exit 1
kaa_record_aot_cache --wait 2>/dev/null || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The module: functions, classes, loops, comprehensions, literals of every kind, about 10 lines a unit.
python3 - "$work/bigmod.py" "$LINES" <<'GEN'
import sys
path, lines = sys.argv[1], int(sys.argv[2])
out = ['"""A generated module for the .pyc benchmark."""', "TABLE = {}"]
i = 0
while len(out) < lines - 12:
    out += [
        f"def function_{i}(a, b=({i}, 'x{i}', 2.5), *args, key=None, **kw):",
        f"    total = a * {i} + len(args) - len(kw)",
        f"    for k in range({i % 7 + 1}):",
        f"        if k % 2 and total > {i}:",
        f"            total += k ** 2 // (k + 1)",
        f"        elif key is not None:",
        f"            total -= [x for x in b if isinstance(x, int)][0]",
        f"    return {{'total': total, 'name': 'function_{i}', 'big': {10**20 + i}, 'c': {i}j}}",
        f"class Class_{i}:",
        f"    attr = frozenset({{{i}, {i + 1}}})",
        f"    def method(self, x): return function_{i}(x, key=self.attr)",
        f"TABLE['function_{i}'] = function_{i}",
    ]
    i += 1
out.append("RESULT = sum(f(1)['total'] for f in TABLE.values())")
open(path, "w").write("\n".join(out) + "\n")
GEN
echo "module: $(wc -l < "$work/bigmod.py") lines, $(wc -c < "$work/bigmod.py") bytes"

ms() {  # "wall_ms cpu_ms" of one run of "$@" in $work
  (cd "$work" && /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2>&1) || { echo "failed: $*" >&2; return; }
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

IMPORT='import bigmod; bigmod.RESULT'
for _ in $(seq "$RUNS"); do
  ms "$KAA_ROOT/kaa" -c pass >> "$work/kaa_pass"
  rm -rf "$work/__pycache__"
  ms "$KAA_ROOT/kaa" -c "$IMPORT" >> "$work/kaa_cold"
  ms "$KAA_ROOT/kaa" -c "$IMPORT" >> "$work/kaa_cached"
  if [ -n "$PY" ]; then
    ms "$PY" -c pass >> "$work/py_pass"
    rm -rf "$work/__pycache__"
    ms "$PY" -c "$IMPORT" >> "$work/py_cold"
    ms "$PY" -c "$IMPORT" >> "$work/py_cached"
  fi
done
ls -l "$work/__pycache__" 2>/dev/null | awk 'NR > 1 {print "cache file: " $NF ", " $5 " bytes"}'
col() { awk -v c="$1" '{print $c}' "$2" | median; }
printf '%-10s %16s %16s %16s\n' "" "-c pass" cold cached
printf '%-10s %16s %16s %16s\n' "" "wall / cpu ms" "wall / cpu ms" "wall / cpu ms"
for who in kaa py; do
  [ -s "$work/${who}_pass" ] || continue
  name=$([ "$who" = kaa ] && echo kaa || echo python3.12)
  printf '%-10s' "$name"
  for v in pass cold cached; do printf ' %16s' "$(col 1 "$work/${who}_$v") / $(col 2 "$work/${who}_$v")"; done
  echo
done
echo "(medians of $RUNS alternating runs, whole process)"
