#!/usr/bin/env bash
# Doubles crafted inputs for every statement reader, the CSV layout detector and the merchant cleaner, and
# prints each size's CPU time (best of three) and its ratio to the size before (linear ≈ 2, quadratic ≈ 4).
#   bench/adversarial-inputs/run.sh [FILTER]      e.g. run.sh csv, run.sh merchant
# Environment: TRIBUTARY_BENCH_CLASSES: the ejb-module classes to measure (default: this tree's
#   ejb-module/target/classes, built when missing), e.g. another worktree's, for a before/after.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
classes="${TRIBUTARY_BENCH_CLASSES:-$root/ejb-module/target/classes}"
if [ ! -d "$classes/org" ]; then
    (cd "$root" && ./mvnw -q -o -pl ejb-module compile)
fi
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$root" && ./mvnw -q -o -pl ejb-module dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null)
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)   classes: $classes"
exec java -Xss1m -Xmx1g -cp "$classes:$(cat "$cp_file")" "$here/AdversarialInputs.java" "$@"
