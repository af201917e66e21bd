#!/usr/bin/env bash
# Startup benchmark: time to first page and resident memory of Sirakor against an empty WildFly
# with the same Galleon layers and configuration, all measured in this one run.
#   baseline  target/server, no deployment              → first HTTP answer on /
#   war       target/server + target/sirakor.war         → first 200 of /login.xhtml
#   bootable  target/sirakor-bootable.jar                → first 200 of /login.xhtml
#   restart   the bootable JAR again on the database the previous run left (the everyday case)
# The first three start on a fresh H2 database: Flyway, the 91,592 region rows and the demo data are
# part of that first start. "restart" finds the schema current and the data there.
# Usage: bash bench/startup/run.sh [rounds]   (needs `mvn -B package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
PORT_OFFSET=${OFFSET:-300}
HTTP=$((8080 + PORT_OFFSET))
[ -f target/sirakor-bootable.jar ] && [ -d target/server ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
WORK=$(mktemp -d)
# this run's servers carry -Dsirakor-bench-<kind>-<this shell's pid>: only they are stopped at the end
trap 'for p in $(pgrep -f "sirakor-bench-[a-z]*-$$\b"); do kill "$p" 2>/dev/null; done; rm -rf "$WORK"' EXIT

now() { date +%s.%N; }

# wait_for URL CODE_REGEX → prints seconds since $START when the URL answers with a matching code
wait_for() {
  local url=$1 want=$2
  for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w "%{http_code}" --max-time 2 "$url" || true)
    if [[ "$code" =~ $want ]]; then python3 -c "print(round($(now) - $START, 2))"; return 0; fi
    sleep 0.1
  done
  echo "timeout"; return 1
}

rss_mb() { ps -o rss= -p "$1" | awk '{print int($1/1024)}'; }

# the java process listening for this run (the launcher script forks it)
java_pid() { pgrep -f "sirakor-bench-$1-$$\b" | head -1; }

run_one() {
  local kind=$1 dir="$WORK/$kind"
  [ "$kind" = restart ] || { rm -rf "$dir"; mkdir -p "$dir"; }
  local jvm="-Xms128m -Xmx512m -Dsirakor-bench-$kind-$$ -Djboss.socket.binding.port-offset=$PORT_OFFSET"
  case $kind in
    baseline|war)
      cp -r target/server "$dir/server"
      [ "$kind" = war ] && cp target/sirakor.war "$dir/server/standalone/deployments/ROOT.war"
      START=$(now)
      (cd "$dir" && SIRAKOR_DEMO=true JAVA_OPTS="$jvm" server/bin/standalone.sh >"$dir/log" 2>&1 &)
      ;;
    bootable|restart)
      if [ "$kind" = restart ]; then rm -rf "$dir"; cp -r "$WORK/bootable" "$dir"; fi
      START=$(now)
      (cd "$dir" && SIRAKOR_DEMO=true java $jvm -jar "$OLDPWD/target/sirakor-bootable.jar" >"$dir/log" 2>&1 &)
      ;;
  esac
  if [ "$kind" = baseline ]; then t=$(wait_for "http://127.0.0.1:$HTTP/" '^[1-5][0-9][0-9]$'); else t=$(wait_for "http://127.0.0.1:$HTTP/login.xhtml" '^200$'); fi
  # warm: 20 page views, then read the resident set of the server JVM
  local page="/"; [ "$kind" != baseline ] && page="/login.xhtml"
  for _ in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$HTTP$page"; done
  local pid; pid=$(java_pid "$kind")
  local rss; rss=$(rss_mb "$pid")
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  echo "$kind $t $rss"
}

echo "rounds: $ROUNDS (kind seconds-to-first-page rss-MB)"
: > "$WORK/results"
for r in $(seq 1 "$ROUNDS"); do
  for kind in baseline war bootable restart; do
    line=$(run_one "$kind"); echo "  round $r: $line"; echo "$line" >> "$WORK/results"
  done
done
python3 - "$WORK/results" <<'PY'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
med = {}
for k in ("baseline", "war", "bootable", "restart"):
    ts = [float(r[1]) for r in rows if r[0] == k]; ms = [int(r[2]) for r in rows if r[0] == k]
    med[k] = (st.median(ts), st.median(ms))
b = med["baseline"]
print()
print("| server | first page (s, median) | RSS after 20 pages (MB, median) | time ratio | RSS ratio |")
print("|---|---|---|---|---|")
for k, label in (("baseline", "empty WildFly, same layers"), ("war", "Sirakor WAR, first start (fresh database)"),
                 ("bootable", "Sirakor bootable JAR, first start (fresh database)"), ("restart", "Sirakor bootable JAR, restart (existing database)")):
    t, m = med[k]
    print(f"| {label} | {t:.2f} | {m} | {t/b[0]:.2f} | {m/b[1]:.2f} |")
PY
