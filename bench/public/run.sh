#!/usr/bin/env bash
# Public pages benchmark (issue 17): wrk on loopback against the same server, one run:
#   static   a static file of the web application (/resources/sirakor/img/logo.svg)
#   event    the demo public event page (/event.xhtml?e=<slug of demo event 6>)
#   home     the home page (/)
#   api      /api/v1/public/events
# Each is measured cold (the first DURATION seconds after the start: JIT, page cache empty) and
# warm (after a warm-up of every URL), and reported as a ratio to the static file's warm rate.
# Then each page at about half its own warm rate (paced.lua: each connection waits after each
# answer) for its p99. Targets: each page ≥ 30 % of static, p99 ≤ 100 ms at half load.
# Usage: bash bench/public/run.sh [seconds] [connections]   (after mvn -B package -DskipTests)
#        SIRAKOR_PUBLIC_CACHE=false bash bench/public/run.sh   the same without the page cache
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10}
CONNS=${2:-32}
OFFSET=${OFFSET:-940}
HTTP=$((8080 + OFFSET))
BASE="http://127.0.0.1:$HTTP"
JAR=${JAR:-target/sirakor-bootable.jar}
[ -f "$JAR" ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
JAR=$(realpath "$JAR")
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
WORK=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
(cd "$WORK" && exec env SIRAKOR_DEMO=true java -Xms128m -Xmx512m -Dsirakor.ratelimit.exempt=127.0.0.1 \
  -Djboss.socket.binding.port-offset=$OFFSET -jar "$JAR" > "$WORK/server.log" 2>&1) &
SERVER=$!
for _ in $(seq 1 600); do curl -s -o /dev/null "$BASE/login.xhtml" && break; sleep 1; done
sleep 2
SERVER=$(pgrep -P "$SERVER" java || echo "$SERVER")   # the JVM (the subshell exec'd into it)
SLUG=$(curl -s "$BASE/api/v1/public/events" | python3 -c 'import json,sys; print(next(e["slug"] for e in json.load(sys.stdin) if e["id"]==6))')
declare -A URL=([static]="/resources/sirakor/img/logo.svg" [event]="/event.xhtml?e=$SLUG" [home]="/" [api]="/api/v1/public/events")
KINDS="static event home api"
for k in $KINDS; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${URL[$k]}")
  cookie=$(curl -s -D - -o /dev/null "$BASE${URL[$k]}" | grep -ci '^set-cookie: JSESSIONID' || true)
  echo "$k ${URL[$k]}: HTTP $code, JSESSIONID cookies: $cookie"
done
load() { cut -d' ' -f1 /proc/loadavg; }
# wrk_run name path [lua] → "rate p50 p99" (ms)
wrk_run() {
  local out; out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" --timeout 10s --latency ${3:+-s "$3"} "$BASE$2")
  echo "$out" > "$WORK/wrk-$1.txt"
  python3 - "$WORK/wrk-$1.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
def ms(p):
    m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)\b" % p, t, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
errs = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
bad = (int(errs.group(1)) if errs else 0) + (sum(int(x) for x in sock.groups()) if sock else 0)
print(f"{rate:.0f} {ms(50):.1f} {ms(99):.1f} {bad}")
PY
}
echo
echo "cold (first ${DURATION} s of each after the start), load average before: $(load)"
declare -A COLD WARM HALF
for k in $KINDS; do COLD[$k]="$(wrk_run cold-$k "${URL[$k]}") $(load)"; echo "  $k: ${COLD[$k]}"; done
echo "warm-up…"; for k in $KINDS; do wrk_run warmup-$k "${URL[$k]}" >/dev/null; done
echo "warm:"
for k in $KINDS; do WARM[$k]="$(wrk_run warm-$k "${URL[$k]}") $(load)"; echo "  $k: ${WARM[$k]}"; done
echo "half load (paced):"
for k in $KINDS; do
  rate=$(echo "${WARM[$k]}" | cut -d' ' -f1); p50=$(echo "${WARM[$k]}" | cut -d' ' -f2)
  # offered ≈ CONNS × 1000 / (pace + latency) = rate/2  →  pace = 2000·CONNS/rate − latency (at half load latency ≈ p50/2, small)
  pace=$(python3 -c "print(max(1, round(2000*$CONNS/max($rate, 1) - $p50/4)))")
  HALF[$k]="$(PACE_MS=$pace wrk_run half-$k "${URL[$k]}" bench/public/paced.lua) $(load) $pace"; echo "  $k: ${HALF[$k]}"
done
RSS=$(ps -o rss= -p "$SERVER" | awk '{print int($1/1024)}')
python3 - "$DURATION" "$CONNS" "$RSS" <<PY
import sys
d, c, rss = sys.argv[1:]
cold = {$(for k in $KINDS; do echo -n "\"$k\": \"${COLD[$k]}\".split(), "; done)}
warm = {$(for k in $KINDS; do echo -n "\"$k\": \"${WARM[$k]}\".split(), "; done)}
half = {$(for k in $KINDS; do echo -n "\"$k\": \"${HALF[$k]}\".split(), "; done)}
s_warm, s_cold = float(warm["static"][0]), float(cold["static"][0])
print()
print(f"wrk -t2 -c{c} -d{d}s on loopback; server RSS at the end: {rss} MB")
print("| URL | cold req/s | cold ratio | warm req/s | warm ratio (target ≥ 30 %) | warm p50 / p99 ms | half load: req/s, p50 / p99 ms (target p99 ≤ 100) | load avg (cold / warm / half) | non-2xx + socket errors |")
print("|---|---|---|---|---|---|---|---|---|")
for k in ("static", "event", "home", "api"):
    co, wa, ha = cold[k], warm[k], half[k]
    print(f"| {k} | {float(co[0]):,.0f} | {100*float(co[0])/s_cold:.0f} % | {float(wa[0]):,.0f} | {100*float(wa[0])/s_warm:.0f} % | {wa[1]} / {wa[2]} | {float(ha[0]):,.0f}, {ha[1]} / {ha[2]} | {co[4]} / {wa[4]} / {ha[4]} | {int(co[3])+int(wa[3])+int(ha[3])} |")
PY
