#!/usr/bin/env bash
# Check-in benchmark: the bootable JAR on MariaDB (127.0.0.1:3306, root without password, as on these
# machines). In one run: N registrations over HTTP from 32 clients (the baseline), then the same N
# tickets checked in over HTTP by 32 "door devices" at once, on day 1 (cold: the first check-ins the
# server sees) and on day 2 (warm). Reports rates, p50/p99 latencies and the ratios to the baseline.
# Usage: bash bench/checkin/run.sh [tickets] [devices]   (after mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
TICKETS=${1:-600}
DEVICES=${2:-32}
OFFSET=${OFFSET:-1300}
HTTP=$((8080 + OFFSET))
DB=sirakor_bench_checkin
JAR=${JAR:-target/sirakor-bootable.jar}
DRIVER=target/mysql-module/modules/com/mysql/main/mysql-connector-j.jar
[ -f "$JAR" ] && [ -f "$DRIVER" ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'%' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'%';
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'localhost' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'localhost';"
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&rewriteBatchedStatements=true"
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
cd "$WORK"
SIRAKOR_DEMO=true DB_DRIVER=mysql DB_URL="$URL" DB_USER=sirakor_bench DB_PASSWORD=sirakor_bench \
  DB_DIALECT=org.hibernate.dialect.MariaDBDialect DB_POOL_MAX=64 SMTP_PORT=3127 \
  java -Xmx1g -Dsirakor.ratelimit.exempt=127.0.0.1 -Djboss.socket.binding.port-offset=$OFFSET -jar "$(cd "$OLDPWD" && realpath "$JAR")" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
cd "$OLDPWD"
for _ in $(seq 1 180); do curl -s -o /dev/null "http://127.0.0.1:$HTTP/login.xhtml" && break; sleep 1; done
# the benchmark event: published, two days, room for everyone, at Grand Rocky Hotel; a token for its secretariat
mysql -uroot -h127.0.0.1 $DB -e "
  INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
    SELECT id, 'bench-checkin', 'SOSIALISASI', 'Sosialisasi Bench Check-in', 'PUBLISHED', 'Asia/Jakarta', NULL, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
  INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '2030-02-10', '2030-02-10 01:00:00', '2030-02-10 08:00:00' FROM event WHERE slug = 'bench-checkin';
  INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '2030-02-11', '2030-02-11 01:00:00', '2030-02-11 08:00:00' FROM event WHERE slug = 'bench-checkin';
"
# one token per door device, as each device logs in on its own (a bearer call marks its token used:
# devices sharing one token would all wait for that row)
for d in $(seq 0 $((DEVICES - 1))); do
  mysql -uroot -h127.0.0.1 $DB -e "INSERT INTO api_token (user_id, name, token_prefix, token_hash, created_at, expires_at)
    SELECT id, 'bench-$d', 'sk_bench_c', SHA2('sk_bench_checkin_secret_$d', 256), NOW(6), NOW(6) + INTERVAL 1 DAY FROM app_user WHERE username = 'sumbar.sekretariat';"
done
EVENT_ID=$(mysql -uroot -h127.0.0.1 -N $DB -e "SELECT id FROM event WHERE slug = 'bench-checkin'")
java -cp "$DRIVER" bench/checkin/Bench.java "http://127.0.0.1:$HTTP" "$URL" sirakor_bench sirakor_bench bench-checkin \
  "$EVENT_ID" "$TICKETS" "$DEVICES" sk_bench_checkin_secret
