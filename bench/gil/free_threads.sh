#!/usr/bin/env bash
# CPU-bound throughput with 1, 2 and 4 threads (bench/gil/free_threads.py): python3.12, Kaa's cpython policy and Kaa
# free-threaded (-X gil=off), in turn, RUNS times each; every run prints its medians. The machine's load is printed
# with each run: the figures only mean something beside it (a 2-core machine shared with other work gives a process
# less than its cores, which the calls-per-CPU-second column sees through).
#   bench/gil/free_threads.sh [RUNS] [SECONDS]        (default 1 run, 1 s a measurement)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
PY="$(kaa_find_python312 || true)"
RUNS="${1:-1}" SECONDS_EACH="${2:-1}"
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
for run in $(seq "$RUNS"); do
  if [ -n "$PY" ]; then
    echo "== python3.12 (run $run; $(uptime | sed 's/.*load/load/'))"
    "$PY" bench/gil/free_threads.py "$SECONDS_EACH"
  fi
  for policy in cpython off; do
    echo "== kaa -X gil=$policy (run $run; $(uptime | sed 's/.*load/load/'))"
    ./kaa -X gil="$policy" bench/gil/free_threads.py "$SECONDS_EACH"
  done
done
