#!/usr/bin/env bash
# Registration benchmark: the bootable JAR on MariaDB (127.0.0.1:3306, root without password, as on
# these machines), 1,000 concurrent registration attempts over HTTP at an event with 300 seats, and
# in the same run the raw commit rate of a single-row UPDATE on the same database.
# Usage: bash bench/registration/run.sh [attempts] [concurrency]   (after mvn -B package -DskipTests)
#        WARMUP=3000 bash bench/registration/run.sh   first sends 3,000 unmeasured registrations to a
#        second event (JIT and pools warm), then measures as usual. Default 0: a cold server.
set -euo pipefail
cd "$(dirname "$0")/../.."
ATTEMPTS=${1:-1000}
CONCURRENCY=${2:-64}
SEATS=300
OFFSET=400
HTTP=$((8080 + OFFSET))
DB=sirakor_bench
JAR=target/sirakor-bootable.jar
DRIVER=target/mysql-module/modules/com/mysql/main/mysql-connector-j.jar
[ -f "$JAR" ] && [ -f "$DRIVER" ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'%' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'%';
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'localhost' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'localhost';"
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&rewriteBatchedStatements=true"
WORK=$(mktemp -d)
trap 'pkill -f sirakor-bench-registration >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
(cd "$WORK" && SIRAKOR_DEMO=true DB_DRIVER=mysql DB_URL="$URL" DB_USER=sirakor_bench DB_PASSWORD=sirakor_bench \
  DB_DIALECT=org.hibernate.dialect.MariaDBDialect DB_POOL_MAX=64 SMTP_PORT=3126 \
  java -Xmx1g -Dsirakor-bench-registration -Dsirakor.ratelimit.exempt=127.0.0.1 -Djboss.socket.binding.port-offset=$OFFSET -jar "$OLDPWD/$JAR" > "$WORK/server.log" 2>&1 &)
for _ in $(seq 1 180); do curl -s -o /dev/null "http://127.0.0.1:$HTTP/login.xhtml" && break; sleep 1; done
# the benchmark event: published, 300 seats, at Grand Rocky Hotel
mysql -uroot -h127.0.0.1 $DB -e "
  INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
    SELECT id, 'bench', 'SOSIALISASI', 'Sosialisasi Bench', 'PUBLISHED', 'Asia/Jakarta', $SEATS, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
  INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '2030-01-10', '2030-01-10 01:00:00', '2030-01-10 08:00:00' FROM event WHERE slug = 'bench';"
mysql -uroot -h127.0.0.1 $DB -e "
  INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
    SELECT id, 'bench-warmup', 'SOSIALISASI', 'Pemanasan Bench', 'PUBLISHED', 'Asia/Jakarta', NULL, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
  INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '2030-01-11', '2030-01-11 01:00:00', '2030-01-11 08:00:00' FROM event WHERE slug = 'bench-warmup';"
EVENT_ID=$(mysql -uroot -h127.0.0.1 -N $DB -e "SELECT id FROM event WHERE slug = 'bench'")
java -cp "$DRIVER" bench/registration/Bench.java "http://127.0.0.1:$HTTP" "$URL" sirakor_bench sirakor_bench bench \
  "$ATTEMPTS" "$CONCURRENCY" "$SEATS" "$EVENT_ID" bench-warmup "${WARMUP:-0}"
