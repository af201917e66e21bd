#!/usr/bin/env bash
# Restart A/B: two builds of the WAR on the same provisioned server (target/server), each restarted on
# the H2 database its own first start created, alternately, plus the empty server, in one run.
# Made for one change to startup, e.g. the Jandex indexes in the WAR's libraries (ADR 0101):
#   bash bench/startup/war-ab.sh plain.war indexed.war 3     (rounds; OFFSET=320 by default)
# Prints each start, then the medians of: seconds to the first 200 of /login.xhtml (the empty server:
# to its first answer on /), and the CPU seconds (user + system) the server JVM had used by then.
# On a busy machine the wall time swings with the load; the CPU time much less so.
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$(readlink -f "$1"); B=$(readlink -f "$2"); ROUNDS=${3:-3}
PORT_OFFSET=${OFFSET:-320}
HTTP=$((8080 + PORT_OFFSET))
[ -d target/server ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
WORK=$(mktemp -d)
trap 'for p in $(pgrep -f "sirakor-ab-[a-z]*-$$\b"); do kill "$p" 2>/dev/null; done; rm -rf "$WORK"' EXIT
now() { date +%s.%N; }
wait_for() {
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w "%{http_code}" --max-time 2 "$1" || true)
    if [[ "$code" =~ $2 ]]; then
      local pid; pid=$(pgrep -f "sirakor-ab-$3-$$\b" | head -1)
      # utime + stime of the JVM, in clock ticks (fields 14 and 15 of /proc/PID/stat)
      local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$pid/stat")
      python3 -c "print(round($(now) - $START, 2), $cpu)"; return 0
    fi
    sleep 0.1
  done
  echo timeout; return 1
}
start() { # kind
  local kind=$1 dir="$WORK/$1"
  START=$(now)
  (cd "$dir" && SIRAKOR_DEMO=true JAVA_OPTS="-Xms128m -Xmx512m -Dsirakor-ab-$kind-$$ -Djboss.socket.binding.port-offset=$PORT_OFFSET" \
    server/bin/standalone.sh > "$dir/log" 2>&1 &)
  if [ "$kind" = empty ]; then wait_for "http://127.0.0.1:$HTTP/" '^[1-5][0-9][0-9]$' "$kind"; else wait_for "http://127.0.0.1:$HTTP/login.xhtml" '^200$' "$kind"; fi
  local pid; pid=$(pgrep -f "sirakor-ab-$kind-$$\b" | head -1)
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
for kind in empty a b; do
  mkdir -p "$WORK/$kind"; cp -r target/server "$WORK/$kind/server"
done
cp "$A" "$WORK/a/server/standalone/deployments/ROOT.war"
cp "$B" "$WORK/b/server/standalone/deployments/ROOT.war"
echo "first starts (schema, regions, demo data; not counted; seconds and CPU seconds): a $(start a), b $(start b)"
: > "$WORK/results"
for r in $(seq 1 "$ROUNDS"); do
  for kind in empty a b; do t=$(start "$kind"); echo "  round $r: $kind $t"; echo "$kind $t" >> "$WORK/results"; done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$WORK/results" "$A" "$B" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
med = {k: st.median(float(r[1]) for r in rows if r[0] == k) for k in ("empty", "a", "b")}
cpu = {k: st.median(float(r[2]) for r in rows if r[0] == k) for k in ("empty", "a", "b")}
print(f"\n| server | restart to first page (s, median) | ratio to empty | CPU s to first page (median) | CPU ratio to empty |")
print("|---|---|---|---|---|")
for k, label in (("empty", "empty WildFly, same layers"), ("a", "A: " + sys.argv[2]), ("b", "B: " + sys.argv[3])):
    print(f"| {label} | {med[k]:.2f} | {med[k] / med['empty']:.2f} | {cpu[k]:.1f} | {cpu[k] / cpu['empty']:.2f} |")
print(f"\nB against A: time {med['b'] / med['a']:.2f}, CPU {cpu['b'] / cpu['a']:.2f}")
PY
