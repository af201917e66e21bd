#!/usr/bin/env bash
# Hardening benchmark: the bootable JAR on MariaDB (127.0.0.1:3306, root without password), valid
# registrations/s on a clean load, then on the same load with hostile requests mixed in, against
# the same server in one command; the ratio is the result (see bench/README.md).
# Usage: bash bench/hardening/run.sh [valid] [hostile-per-valid] [concurrency]  (after mvn -B package -DskipTests)
#        WARMUP=3000 bash bench/hardening/run.sh   first sends 3,000 unmeasured registrations (warm JIT)
#        JAVA_OPTS='-Xmx256m' MALLOC_ARENA_MAX=2 bash bench/hardening/run.sh   other memory settings (default -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/../.."
VALID=${1:-1000}
HOSTILE=${2:-1}
CONCURRENCY=${3:-64}
OFFSET=${OFFSET:-1250}
HTTP=$((8080 + OFFSET))
DB=sirakor_bench_hardening
JAR=target/sirakor-bootable.jar
DRIVER=target/mysql-module/modules/com/mysql/main/mysql-connector-j.jar
[ -f "$JAR" ] && [ -f "$DRIVER" ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'%' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'%';
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'localhost' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'localhost';"
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&rewriteBatchedStatements=true"
WORK=$(mktemp -d)
SERVER_PID=""
trap '[ -n "$SERVER_PID" ] && kill "$SERVER_PID" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
cd "$WORK"
SIRAKOR_DEMO=true DB_DRIVER=mysql DB_URL="$URL" DB_USER=sirakor_bench DB_PASSWORD=sirakor_bench \
  DB_DIALECT=org.hibernate.dialect.MariaDBDialect DB_POOL_MAX=64 SMTP_PORT=$((3025 + OFFSET)) \
  java ${JAVA_OPTS:--Xmx512m} -Dsirakor.ratelimit.exempt=127.0.0.1 -Djboss.socket.binding.port-offset=$OFFSET -jar "$OLDPWD/$JAR" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
cd "$OLDPWD"
for _ in $(seq 1 240); do curl -s -o /dev/null "http://127.0.0.1:$HTTP/login.xhtml" && break; sleep 1; done
for slug in bench-clean bench-mixed bench-warmup; do
mysql -uroot -h127.0.0.1 $DB -e "
  INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
    SELECT id, '$slug', 'SOSIALISASI', 'Sosialisasi $slug', 'PUBLISHED', 'Asia/Jakarta', NULL, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
  INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '2030-01-10', '2030-01-10 01:00:00', '2030-01-10 08:00:00' FROM event WHERE slug = '$slug';"
done
if [ "${WARMUP:-0}" -gt 0 ]; then
  java -cp "$DRIVER" bench/registration/Bench.java "http://127.0.0.1:$HTTP" "$URL" sirakor_bench sirakor_bench bench-warmup \
    "${WARMUP}" "$CONCURRENCY" 100000 "$(mysql -uroot -h127.0.0.1 -N $DB -e "SELECT id FROM event WHERE slug = 'bench-warmup'")" >/dev/null
  echo "warm-up: $WARMUP registrations (not measured)"
fi
java -cp "$DRIVER" bench/hardening/Bench.java "http://127.0.0.1:$HTTP" "$URL" sirakor_bench sirakor_bench bench-clean bench-mixed \
  "$VALID" "$HOSTILE" "$CONCURRENCY" "$SERVER_PID"
echo "incidents in the server log: $(grep -c 'INC-' "$WORK/server.log" || true)"
echo "server log lines: $(wc -l < "$WORK/server.log")"
