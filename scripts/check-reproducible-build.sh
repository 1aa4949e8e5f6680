#!/usr/bin/env bash
# Reproducible build check: builds the working tree twice from clean, in two separate copies, and compares every jar
# the build writes (each module's target/*.jar) byte for byte. On a difference it names the jar and the entries
# that differ, and exits 1. Usage: scripts/check-reproducible-build.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/seeds-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The files git would commit (tracked, plus new files not ignored): no target/ folders, no IDE files.
copy_tree() {
  mkdir -p "$1"
  git -C "$root" ls-files -z --cached --others --exclude-standard \
    | (cd "$root" && xargs -0 tar -cf - --no-recursion --ignore-failed-read 2>/dev/null) \
    | tar -xf - -C "$1"
}

for copy in first second; do
  copy_tree "$work/$copy"
  echo "== reproducible build: building copy '$copy'"
  (cd "$work/$copy" && ./mvnw -B -ntp -q package -DskipTests "$@")
done

status=0
jars=0
while IFS= read -r jar; do
  jars=$((jars + 1))
  other="$work/second/${jar#"$work/first/"}"
  if [ ! -f "$other" ]; then
    echo "DIFFERENT: ${jar#"$work/first/"} exists only in the first build"
    status=1
    continue
  fi
  java "$root/scripts/CompareJars.java" "$jar" "$other" || status=1
done < <(find "$work/first" -path '*/target/*.jar' -not -path '*/target/*/*' | sort)

if [ "$jars" -eq 0 ]; then
  echo "reproducible build: no jars were built"
  exit 1
fi
if [ "$status" -eq 0 ]; then
  echo "reproducible build: all $jars jars are byte-identical across two clean builds"
fi
exit "$status"
