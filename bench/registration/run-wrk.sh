#!/usr/bin/env bash
# Registrations vs. /api/v1/health, both driven by wrk in one run (issue 17): the ratio measures the
# server, not the load generator. The bootable JAR on MariaDB (database sirakor_bench_perf, port
# offset 980), two unlimited-seat events plus one with SEATS seats:
#   cold   the first DURATION seconds of registrations after the start (JIT still compiling)
#   warm   after a warm-up run (registrations and health), health then registrations, CONNS connections
#   seats  registrations at the SEATS-seat event: confirmed must not exceed SEATS (0 overbooked)
# Every request is a new registration (register.lua: own NIK, email, phone, idempotency key).
# Targets: warm registrations/s ≥ 40 % of health's, p99 ≤ 200 ms, 0 overbooked.
# Usage: bash bench/registration/run-wrk.sh [seconds] [connections]
#        PREP=0 … without Connector/J's statement cache (cachePrepStmts/useServerPrepStmts) in the URL
#        EXTRA_JAVA_OPTS=… more JVM options for the server
#        PROFILE=/tmp/warm.jfr … a Java Flight Recording (settings=profile) of the warm registration run only
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10}
CONNS=${2:-64}
SEATS=${SEATS:-300}
OFFSET=${OFFSET:-980}
HTTP=$((8080 + OFFSET))
BASE="http://127.0.0.1:$HTTP"
DB=${DB:-sirakor_bench_perf}
JAR=${JAR:-target/sirakor-bootable.jar}
[ -f "$JAR" ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
JAR=$(realpath "$JAR")
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'%' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'%';
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'localhost' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'localhost';"
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&rewriteBatchedStatements=true"
[ "${PREP:-1}" = 1 ] && URL="$URL&cachePrepStmts=true&useServerPrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096"
WORK=$(mktemp -d)
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
(cd "$WORK" && exec env SIRAKOR_DEMO=true DB_DRIVER=mysql DB_URL="$URL" DB_USER=sirakor_bench DB_PASSWORD=sirakor_bench \
  DB_DIALECT=org.hibernate.dialect.MariaDBDialect DB_POOL_MAX=64 SMTP_PORT=3126 \
  java -Xms128m -Xmx512m ${EXTRA_JAVA_OPTS:-} -Dsirakor.ratelimit.exempt=127.0.0.1 -Djboss.socket.binding.port-offset=$OFFSET -jar "$JAR" > "$WORK/server.log" 2>&1) &
SERVER=$!
for _ in $(seq 1 600); do curl -s -o /dev/null "$BASE/login.xhtml" && break; sleep 1; done
event() { # slug title capacity date
  mysql -uroot -h127.0.0.1 $DB -e "
    INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
      SELECT id, '$1', 'SOSIALISASI', '$2', 'PUBLISHED', 'Asia/Jakarta', $3, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
    INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '$4', '$4 01:00:00', '$4 08:00:00' FROM event WHERE slug = '$1';"
}
event bench-cold 'Bench Dingin' NULL 2030-02-10
event bench-warm 'Bench Hangat' NULL 2030-02-11
event bench-seats 'Bench Kursi' "$SEATS" 2030-02-12
load() { cut -d' ' -f1 /proc/loadavg; }
# wrk_run name path [lua] → "rate p50 p99 non2xx" (ms)
wrk_run() {
  local out; out=$(wrk -t2 -c"$CONNS" -d"${4:-$DURATION}s" --timeout 10s --latency ${3:+-s "$3"} "$BASE$2")
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
count() { mysql -uroot -h127.0.0.1 -N $DB -e "SELECT COUNT(*) FROM registration r JOIN event e ON e.id = r.event_id WHERE e.slug = '$1'${2:+ AND r.status = '$2'}"; }
REG=bench/registration/register.lua
echo "load average at the start: $(load)"
COLD="$(SLUG=bench-cold RUN=cold NIK_MONTH=01 wrk_run cold /api/v1/public/events/bench-cold/registrations $REG) $(load)"
COLD_HEALTH="$(wrk_run cold-health /api/v1/health) $(load)"
echo "cold: registrations $COLD | health $COLD_HEALTH"
SLUG=bench-cold RUN=warmup NIK_MONTH=02 wrk_run warmup /api/v1/public/events/bench-cold/registrations $REG 20 >/dev/null
wrk_run warmup-health /api/v1/health "" 5 >/dev/null
HEALTH="$(wrk_run health /api/v1/health) $(load)"
JPID=$(pgrep -P "$SERVER" java || echo "$SERVER")
[ -n "${PROFILE:-}" ] && jcmd "$JPID" JFR.start name=warm settings=profile filename="$PROFILE" >/dev/null
WARM="$(SLUG=bench-warm RUN=warm NIK_MONTH=03 wrk_run warm /api/v1/public/events/bench-warm/registrations $REG) $(load)"
[ -n "${PROFILE:-}" ] && jcmd "$JPID" JFR.stop name=warm >/dev/null && echo "profile of the warm registrations: $PROFILE"
HEALTH2="$(wrk_run health2 /api/v1/health) $(load)"
SEATS_RUN="$(SLUG=bench-seats RUN=seats NIK_MONTH=04 wrk_run seats /api/v1/public/events/bench-seats/registrations $REG 5) $(load)"
sleep 2
WARM_ROWS=$(count bench-warm); CONFIRMED=$(count bench-seats CONFIRMED); SEAT_ROWS=$(count bench-seats)
PID=$(pgrep -P "$SERVER" java || echo "$SERVER"); RSS=$(ps -o rss= -p "$PID" | awk '{print int($1/1024)}')
python3 - <<PY
c, ch, h, w, h2, s = "$COLD".split(), "$COLD_HEALTH".split(), "$HEALTH".split(), "$WARM".split(), "$HEALTH2".split(), "$SEATS_RUN".split()
hm = (float(h[0]) + float(h2[0])) / 2
print()
print(f"wrk -t2 -c$CONNS -d${DURATION}s, MariaDB, PREP=${PREP:-1}; server RSS at the end: $RSS MB")
print("| run | req/s | p50 / p99 ms | non-2xx + socket errors | load avg | ratio |")
print("|---|---|---|---|---|---|")
print(f"| cold: registrations (first {$DURATION} s after the start) | {float(c[0]):,.0f} | {c[1]} / {c[2]} | {c[3]} | {c[4]} | {100*float(c[0])/float(ch[0]):.0f} % of the next row |")
print(f"| cold: health right after | {float(ch[0]):,.0f} | {ch[1]} / {ch[2]} | {ch[3]} | {ch[4]} | |")
print(f"| warm: health before | {float(h[0]):,.0f} | {h[1]} / {h[2]} | {h[3]} | {h[4]} | |")
print(f"| warm: registrations | {float(w[0]):,.0f} | {w[1]} / {w[2]} | {w[3]} | {w[4]} | **{100*float(w[0])/hm:.0f} %** of health's mean (target ≥ 40 %, p99 ≤ 200 ms) |")
print(f"| warm: health after | {float(h2[0]):,.0f} | {h2[1]} / {h2[2]} | {h2[3]} | {h2[4]} | |")
print(f"| seats: $SEATS-seat event, 5 s | {float(s[0]):,.0f} | {s[1]} / {s[2]} | {s[3]} | {s[4]} | confirmed $CONFIRMED of $SEATS, overbooked {max(0, $CONFIRMED - $SEATS)}, rows $SEAT_ROWS |")
print(f"warm event rows: $WARM_ROWS (wrk counted {float(w[0])*$DURATION:.0f} answers)")
PY
