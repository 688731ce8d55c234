#!/usr/bin/env bash
# Free-threaded scaling (docs/free-threading.md; issue 6's target: kaa -X gil=off runs 2 CPU-bound threads at >= 1.8x
# the throughput of one on a 2-core machine):
#   (1) bench/gil/free_threads.py: calls per second of a pure-Python function with 1, 2 and 4 threads, and the CPU a
#       call costs; python3.12, kaa -X gil=cpython and kaa -X gil=off in turn, RUNS times;
#   (2) bench/gil/cpu_threads.py (issue 6's benchmark (a): a fixed amount of work split between N threads, one long
#       call each, timed after WARM_UP seconds of the same work in the same threads) under -X gil=off, then python3.12
#       on a hundredth of the work, 1 and 2 threads in turn in one process (3 rounds: medians), RUNS processes each:
#       iterations per second and the process's CPU seconds while timed (the JVM's compiler and collector included:
#       equal CPU for 1 and 2 threads means the threads cost each other none);
#   (3) bench/gil/overlap_cost.py under -X gil=off: CPU per operation of call-heavy kernels in the moments both threads
#       ran against those one ran alone (what the threads' sharing costs, seen even on a loaded machine).
# Ends with the ratio of 2 threads to 1 per program and interpreter (medians over the runs). Wall-clock ratios need the
# two cores to themselves: the load is printed with every run; on a loaded machine read the CPU columns instead.
#   bench/gil/free_threads.sh [RUNS] [SECONDS] [TOTAL] [WARM_UP]   (default 3 runs, 1 s a measurement, 4000000000
# iterations: ~5-10 s of one worker's work at Kaa's speed since the loop's ints are unboxed (1,000M before; 100M were
# as long as the JVM's warm-up in the window), and a 1 s warm-up; docs/free-threading.md)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
PY="$(kaa_find_python312 || true)"
RUNS="${1:-3}" SECONDS_EACH="${2:-1}" TOTAL="${3:-4000000000}" WARM_UP="${4:-1}"
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
load() { uptime | sed 's/.*load average/load average/'; }
ratios="$(mktemp)" out="$(mktemp)" cpu="$(mktemp)"
trap 'rm -f "$ratios" "$out" "$cpu"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "(1) free_threads.py: calls/s with 1, 2, 4 threads"
interpreters=()
[ -n "$PY" ] && interpreters+=("python3.12|$PY")
interpreters+=("kaa -X gil=cpython|./kaa -X gil=cpython" "kaa -X gil=off|./kaa -X gil=off")
for run in $(seq "$RUNS"); do
  for entry in "${interpreters[@]}"; do
    label="${entry%%|*}"
    echo "== $label (run $run; $(load))"
    ${entry#*|} bench/gil/free_threads.py "$SECONDS_EACH" | tee "$out"
    # "threads 2: R calls/s (X.XXx one thread); CPU per call: W us in the workers (Y.YYx one thread), ..."
    sed -n "s/^threads 2: .*(\([0-9.]*\)x one thread);.*(\([0-9.]*\)x one thread).*/free_threads.py|$label|\1|\2/p" \
      "$out" >> "$ratios"
  done
done

echo "(2) cpu_threads.py, $TOTAL iterations split between the threads after a ${WARM_UP} s warm-up in them ($(load))"
# python3.12 runs a hundredth of the work (~16-30M it/s: minutes otherwise, whatever the threads); its rate is what counts
cpu_interpreters=("kaa -X gil=off|./kaa -X gil=off|$TOTAL")
[ -n "$PY" ] && cpu_interpreters+=("python3.12|$PY|$((TOTAL / 100))")
for entry in "${cpu_interpreters[@]}"; do
  label="${entry%%|*}" rest="${entry#*|}"
  command="${rest%|*}" total="${rest##*|}"
  rates1=() rates2=() cpus1=() cpus2=()
  for run in $(seq "$RUNS"); do
    # both counts in one process, in turn (cpu_threads.py's rounds): separate processes differ by more than the threads
    $command bench/gil/cpu_threads.py 1,2 "$total" "$WARM_UP" > "$out" 2>/dev/null
    for n in 1 2; do
      rate="$(awk -v n="$n" '$2 == n {for (i = 1; i < NF; i++) if ($i == "iterations_per_s") print $(i + 1)}' "$out")"
      seconds="$(awk -v n="$n" '$2 == n {for (i = 1; i < NF; i++) if ($i == "cpu_s") print $(i + 1)}' "$out")"
      echo "  $label threads $n: ${rate:-failed} iterations/s, process CPU ${seconds:-?} s while timed (run $run, medians of its rounds; $(load))"
      if [ "$n" = 1 ]; then rates1+=("${rate:-0}"); cpus1+=("${seconds:-0}"); else rates2+=("${rate:-0}"); cpus2+=("${seconds:-0}"); fi
    done
  done
  r1="$(printf '%s\n' "${rates1[@]}" | median)" r2="$(printf '%s\n' "${rates2[@]}" | median)"
  c1="$(printf '%s\n' "${cpus1[@]}" | median)" c2="$(printf '%s\n' "${cpus2[@]}" | median)"
  awk -v r1="$r1" -v r2="$r2" -v c1="$c1" -v c2="$c2" -v label="$label" 'BEGIN {
    if (r1 > 0 && c1 > 0) printf "cpu_threads.py|%s|%.2f|%.2f\n", label, r2 / r1, c2 / c1 }' >> "$ratios"
done

echo "(3) overlap_cost.py, kaa -X gil=off: CPU per operation, both threads running against one ($(load))"
./kaa -X gil=off bench/gil/overlap_cost.py "$SECONDS_EACH" | sed 's/^/  /'

echo
echo "2 threads against 1, medians over $RUNS runs ($(load)); kaa -X gil=off's target: >= 1.80x, CPU ~1.00x:"
printf '  %-16s %-20s %12s %22s\n' program interpreter throughput "CPU per unit of work"
for key in $(cut -d'|' -f1,2 "$ratios" | tr ' ' '_' | awk '!seen[$0]++'); do
  program="${key%%|*}" label="${key#*|}"
  label="${label//_/ }"
  grep -F "$program|$label|" "$ratios" | cut -d'|' -f3 | median > "$out"
  grep -F "$program|$label|" "$ratios" | cut -d'|' -f4 | median > "$cpu"
  printf '  %-16s %-20s %11.2fx %21.2fx\n' "$program" "$label" "$(cat "$out")" "$(cat "$cpu")"
done
