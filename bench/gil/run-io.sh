#!/usr/bin/env bash
# The I/O benchmarks of issue 6 beside python3.12: (b) io_latency.py, the round trip of an I/O thread over a
# socketpair while 0, 1 and 2 CPU-bound threads run, and (c) echo_rate.py, a loopback TCP echo server's request rate
# alone and beside a CPU-bound thread, with that thread's progress and its progress alone. Each run starts a fresh
# process per interpreter per program, the interpreters in turn (the order rotates from run to run); the table shows
# the median over the runs of each figure, and `uptime` before and after (the machine is shared: say how loaded).
#   bench/gil/run-io.sh [-r RUNS] [-s SECONDS] [-p POLICIES] [-i INTERVAL] [--peer thread|process] [--smoke]
#     RUNS: 3; SECONDS: measuring time per figure, 2; POLICIES: the -X gil= values Kaa runs with, comma-separated,
#     cpython,priority; INTERVAL: sys.setswitchinterval() in seconds for every interpreter (default: theirs, 0.005;
#     a long one, 0.02, shows the convoy in whole intervals on a loaded machine); --peer: io_latency's echo (a
#     thread, or a cat process); --smoke: one quick run of each
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../scripts/env.sh" || exit 1
RUNS=3 SECONDS_EACH=2 POLICIES=cpython,priority PEER=thread SMOKE= INTERVAL=
while [ "$#" -gt 0 ]; do
  case "$1" in
    -r) RUNS="$2"; shift 2 ;;
    -s) SECONDS_EACH="$2"; shift 2 ;;
    -p) POLICIES="$2"; shift 2 ;;
    -i) INTERVAL="$2"; shift 2 ;;
    --peer) PEER="$2"; shift 2 ;;
    --smoke) SMOKE=--smoke RUNS=1; shift ;;
    *) echo "usage: bench/gil/run-io.sh [-r RUNS] [-s SECONDS] [-p POLICIES] [-i INTERVAL] [--peer thread|process]" \
            "[--smoke]" >&2
       exit 2 ;;
  esac
done
PY="$(kaa_find_python312)" || { echo "run-io: python3.12 not found" >&2; exit 1; }
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The interpreters, by name: python3.12, then kaa under each policy.
names=(python3.12)
commands=("$PY")
for policy in ${POLICIES//,/ }; do
  names+=("kaa-$policy")
  commands+=("./kaa -X gil=$policy")
done
options=($SMOKE)
[ -n "$SMOKE" ] || options=(--seconds "$SECONDS_EACH")
[ -z "$INTERVAL" ] || options+=(--interval "$INTERVAL")

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores${INTERVAL:+, switch interval $INTERVAL s}"
echo "uptime before: $(uptime)"
count=${#names[@]}
for run in $(seq "$RUNS"); do
  for k in $(seq 0 $((count - 1))); do
    i=$(( (k + run - 1) % count ))
    for program in "io_latency.py --peer $PEER --dump $work/${names[$i]}.trips" echo_rate.py; do
      # shellcheck disable=SC2086  # the command and the program carry their own words
      if ! timeout 600 ${commands[$i]} bench/gil/$program "${options[@]}" >> "$work/${names[$i]}" 2> "$work/err"; then
        echo "run-io: ${names[$i]} bench/gil/$program failed: $(head -c 300 "$work/err")" >&2
      fi
    done
  done
done
echo "uptime after:  $(uptime)"
echo

# One figure per line of the programs' output: "LABEL METRIC VALUE", LABEL naming the measurement.
figures() {
  awk '{
    label = $1; delete v
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    if ($1 == "io_latency") {
      label = "latency " v["peer"] " cpu=" v["cpu_threads"]
      print label, "median_ms", v["median_ms"]; print label, "p90_ms", v["p90_ms"]
      if (v["cpu_threads"] > 0) print label, "cpu_iter/s", v["cpu_iterations_per_s"]
      # the convoy round trips (over half an interval): their share, and their mean in intervals when there are any
      if (v["cpu_threads"] > 0) print label, "slow_share", sprintf("%.3f", v["slow_trips"] / v["round_trips"])
      if (v["cpu_threads"] > 0 && v["slow_trips"] > 0) print label, "slow_mean_iv", v["slow_mean_intervals"]
    } else if ($1 == "echo_rate") {
      label = "echo cpu=" v["cpu_threads"]
      print label, "requests/s", v["requests_per_s"]
      if (v["cpu_threads"] > 0) print label, "cpu_iter/s", v["cpu_iterations_per_s"]
    } else if ($1 == "cpu_solo") print "cpu solo", "cpu_iter/s", v["cpu_iterations_per_s"]
  }' "$1" | sed 's/ \([a-z0-9_/]*\) \([0-9.]*\)$/|\1|\2/'
}
median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

for name in "${names[@]}"; do [ -f "$work/$name" ] && figures "$work/$name" > "$work/$name.figures"; done
printf '%-24s %-11s' measurement figure
for name in "${names[@]}"; do printf ' %14s' "$name"; done
echo
cut -d'|' -f1,2 "$work/python3.12.figures" 2>/dev/null | awk '!seen[$0]++' | while IFS='|' read -r label metric; do
  printf '%-24s %-11s' "$label" "$metric"
  for name in "${names[@]}"; do
    value=$( (grep -F "$label|$metric|" "$work/$name.figures" 2>/dev/null || true) | cut -d'|' -f3 | median)
    printf ' %14s' "$value"
  done
  echo
done

# The round trips of every run pooled, per interpreter: the share without a convoy, and the convoy's trips in
# switch intervals (bench/gil/trips.py says why these, not the median, are what to compare).
echo
echo "round trips of all runs pooled (slow: over half an interval; _iv: in switch intervals):"
for name in "${names[@]}"; do
  [ -f "$work/$name.trips" ] && "$PY" bench/gil/trips.py "$work/$name.trips" | sed "s|file=$work/$name.trips|$name|"
done
