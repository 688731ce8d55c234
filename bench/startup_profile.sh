#!/usr/bin/env bash
# Where the main thread of a Kaa start goes: runs Kaa RUNS times with a stack sampler beside its main thread
# (bench/startup_profile/MainThreadSampler.java, ~0.5 ms), with the launcher's JVM command and AOT cache, and prints the
# inclusive share of each Kaa method (bench/startup_profile/shares.py; more filters: run it on the samples file).
#   bench/startup_profile.sh [RUNS] [-- KAA ARGS]   (default 10 runs of `-c pass`; the samples file is kept, named last)
set -u
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../scripts/env.sh" || exit 1
kaa_find_jdk || exit 1
RUNS=10
[ $# -gt 0 ] && [ "$1" != -- ] && { RUNS="$1"; shift; }
[ "${1:-}" = -- ] && shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-c pass)
cd "$KAA_ROOT"
kaa_build_if_needed || exit 1
./kaa -c pass || exit 1
kaa_record_aot_cache --wait
kaa_jvm_command
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
"$KAA_JAVA_HOME/bin/javac" -d "$classes" bench/startup_profile/MainThreadSampler.java || exit 1
# The sampler's directory after Kaa's jar (its manifest names the rest): the AOT cache accepts a class path that extends
# the recorded one.
jvm=("${KAA_JVM[@]}" -cp "$KAA_CLI_JAR:$classes")
aot=()
[ "$KAA_JAVA_MAJOR" -ge 25 ] && [ "$KAA_AOT_CACHE" -nt "$KAA_CORE_JAR" ] && aot=(-XX:AOTCache="$KAA_AOT_CACHE")
samples="$(mktemp /tmp/kaa-startup-samples.XXXXXX)"
for _ in $(seq "$RUNS"); do
  SAMPLES="$samples" "${jvm[@]}" "${aot[@]}" -Dkaa.executable="$KAA_ROOT/kaa" MainThreadSampler "${args[@]}" \
    > /dev/null || exit 1
done
python3 bench/startup_profile/shares.py "$samples" dev.kaa.
echo "(samples: $samples; e.g. python3 bench/startup_profile/shares.py $samples BuildClass makeReady)"
