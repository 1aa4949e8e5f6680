#!/usr/bin/env bash
# Whole-process cost of the seed-everything agent (src/docs/agent.md, "Overhead").
#
#   mvn -B -ntp -q -pl agent -am verify        # builds agent/target/seed-everything-agent.jar and the test fixtures
#   scripts/agent-overhead.sh                   # JAVA=/path/to/bin/java scripts/agent-overhead.sh for another JDK
#
# Runs, with hyperfine when installed (else a plain loop of RUNS launches):
#   1. a trivial main without the agent, with mode=seed, with mode=audit  -> start-up cost
#   2. a loop creating 1M new Random() without the agent, seed mode, audit mode -> per-instance cost
# The loop also prints its own in-process time, which excludes start-up.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
RUNS=${RUNS:-10}
AGENT=agent/target/seed-everything-agent.jar
CP=agent/target/test-classes
FIXTURES=org.seedeverything.agent.fixtures
[ -f "$AGENT" ] || { echo "Build first: mvn -B -ntp -q -pl agent -am verify" >&2; exit 1; }

"$JAVA" -version 2>&1 | head -1
measure() {  # name, command...
  local name=$1; shift
  if command -v hyperfine > /dev/null; then
    hyperfine --warmup 2 --runs "$RUNS" --style basic --command-name "$name" "$*" 2>&1 | grep -E "Benchmark|Time|Range"
  else
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$RUNS"); do "$@" > /dev/null 2>&1; done
    end=$(date +%s%N)
    echo "$name: mean $(( (end - start) / RUNS / 1000000 )) ms over $RUNS runs"
  fi
}

echo "== start-up: trivial main"
measure "no agent" "$JAVA" -cp "$CP" $FIXTURES.TrivialMain
measure "agent seed=2021" "$JAVA" "-javaagent:$AGENT=seed=2021,quiet" -cp "$CP" $FIXTURES.TrivialMain
measure "agent mode=audit" "$JAVA" "-javaagent:$AGENT=mode=audit,quiet" -cp "$CP" $FIXTURES.TrivialMain

echo "== 1M new Random(), whole process"
measure "no agent" "$JAVA" -cp "$CP" $FIXTURES.NewRandomLoop
measure "agent seed=2021" "$JAVA" "-javaagent:$AGENT=seed=2021,quiet" -cp "$CP" $FIXTURES.NewRandomLoop
measure "agent mode=audit" "$JAVA" "-javaagent:$AGENT=mode=audit,quiet" -cp "$CP" $FIXTURES.NewRandomLoop

echo "== 1M new Random(), in-process loop time (one run each)"
"$JAVA" -cp "$CP" $FIXTURES.NewRandomLoop
"$JAVA" "-javaagent:$AGENT=seed=2021,quiet" -cp "$CP" $FIXTURES.NewRandomLoop 2> /dev/null
"$JAVA" "-javaagent:$AGENT=mode=audit,quiet" -cp "$CP" $FIXTURES.NewRandomLoop 2> /dev/null
