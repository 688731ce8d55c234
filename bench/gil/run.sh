#!/usr/bin/env bash
# The GIL's own figures (docs/gil.md), Kaa beside python3.12, alternating runs, medians:
#   (1) the median hold before a forced switch with two CPU-bound threads, for switch intervals of 1 and 5 ms;
#   (2) the shares of four CPU-bound threads (fairness);
#   (3) CPU throughput with 1, 2 and 4 threads (issue 6's benchmark (a)), Kaa under each policy.
#   bench/gil/run.sh [RUNS]      (default 3)
# The machine's load is printed first and last: these figures move with it.
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
PY="$(kaa_find_python312 || true)"
[ -n "$PY" ] || { echo "bench/gil/run.sh: CPython 3.12 not found; nothing to compare with"; exit 0; }
RUNS="${1:-3}"
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
here=bench/gil
echo "load: $(uptime | sed 's/.*load average/load average/')"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# The median over RUNS of field FIELD of the output of each command line given (alternating), one line per command.
compare() {
  local field="$1"; shift
  local -a outs=()
  local i
  for i in "$@"; do outs+=("$(mktemp)"); done
  for _ in $(seq "$RUNS"); do
    i=0
    for cmd in "$@"; do
      eval "$cmd" | awk -v f="$field" '{for (i = 1; i < NF; i++) if ($i == f) print $(i + 1)}' >> "${outs[$i]}"
      i=$((i + 1))
    done
  done
  i=0
  for cmd in "$@"; do
    printf '  %-58s %s\n' "$cmd" "$(median < "${outs[$i]}")"
    rm -f "${outs[$i]}"
    i=$((i + 1))
  done
}

for interval in 0.001 0.005; do
  echo "median hold before a forced switch, ms (interval $interval s; target within 30% of it):"
  compare median_hold_ms "$PY $here/switch_hold.py $interval" "./kaa $here/switch_hold.py $interval" \
    "./kaa -X gil=priority $here/switch_hold.py $interval"
done
echo "fairness, 4 CPU-bound threads for 2 s: the spread of their shares, points (target: each 25 +- 8):"
compare spread "$PY $here/fairness.py" "./kaa $here/fairness.py" "./kaa -X gil=priority $here/fairness.py"
# Kaa gets 25 times python3.12's work (its loop of unboxed ints runs ~25x faster: docs/jit.md), so that both time
# about a second of it, not Kaa tens of milliseconds of thread starts and joins
for n in 1 2 4; do
  echo "CPU throughput, $n thread(s), iterations/s:"
  compare iterations_per_s "$PY $here/cpu_threads.py $n" "./kaa $here/cpu_threads.py $n 500000000" \
    "./kaa -X gil=priority $here/cpu_threads.py $n 500000000" "./kaa -X gil=off $here/cpu_threads.py $n 500000000"
done
echo "load: $(uptime | sed 's/.*load average/load average/')"
