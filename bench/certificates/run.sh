#!/usr/bin/env bash
# Certificates benchmark, one command, one run (bench/README.md):
#  (a) raw: plain iText writing the same certificate page (texts, Noto Sans embedded, QR) in one JVM, cold and warm;
#  (b) Sirakor: the bootable JAR on MariaDB issuing N certificates end to end (eligibility, gap-free numbers, design,
#      QR, PDF/A page, file store, verification register, audit), started over the API, timed until the run ends,
#      the server's heap sampled with jstat; a first run on one event (cold) and a second on another (warm);
#  (c) LibreOffice headless (Debian libreoffice-writer-nogui) converting N_LO mail-merged certificates (each with
#      its own name, number, code and QR image) to PDF, in batches of 50 files per soffice process.
# Prints the ratios at the end. Usage: bash bench/certificates/run.sh [n] [n_lo] [n_raw]   (after mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-5000}
N_LO=${2:-200}
N_RAW=${3:-1000}   # (a) pages per kind: a rate, not a batch; 1,000 warm pages are enough for a stable figure
OFFSET=${OFFSET:-800}
HTTP=$((8080 + OFFSET))
DB=${DB:-sirakor_bench_cert}
JAR=target/sirakor-bootable.jar
DRIVER=target/mysql-module/modules/com/mysql/main/mysql-connector-j.jar
LIB=target/sirakor/WEB-INF/lib
FONTS=src/main/resources/id/sirakor/fonts
[ -f "$JAR" ] && [ -f "$DRIVER" ] && [ -d "$LIB" ] || { echo "run: mvn -B package -DskipTests"; exit 1; }
echo "== (a) raw iText, $N_RAW pages (and Sirakor's page alone / signed)"
SLF4J=$(find ~/.m2/repository/org/slf4j/slf4j-api -name 'slf4j-api-2*.jar' | head -1)
java -Xmx512m -cp "$LIB/*:target/sirakor/WEB-INF/classes:$SLF4J" bench/certificates/Raw.java "$FONTS" "$N_RAW" 2>/dev/null \
  | grep -E '^(raw|page|signed) ' | tee /tmp/bench-cert-raw.txt
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'%' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'%';
  CREATE USER IF NOT EXISTS 'sirakor_bench'@'localhost' IDENTIFIED BY 'sirakor_bench'; GRANT ALL ON $DB.* TO 'sirakor_bench'@'localhost';"
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&rewriteBatchedStatements=true"
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
: > /tmp/bench-cert-sirakor.txt
trap cleanup EXIT
cd "$WORK"
SIRAKOR_DEMO=true DB_DRIVER=mysql DB_URL="$URL" DB_USER=sirakor_bench DB_PASSWORD=sirakor_bench \
  DB_DIALECT=org.hibernate.dialect.MariaDBDialect DB_POOL_MAX=32 SMTP_PORT=3127 \
  java -Xmx512m -Dsirakor.ratelimit.exempt=127.0.0.1 -Djboss.socket.binding.port-offset=$OFFSET -jar "$OLDPWD/$JAR" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
cd "$OLDPWD"
for _ in $(seq 1 240); do curl -s -o /dev/null "http://127.0.0.1:$HTTP/login.xhtml" && break; sleep 1; done
JPID=$(pgrep -P $SERVER_PID java || echo $SERVER_PID)
mysql -uroot -h127.0.0.1 $DB -e "
  INSERT INTO api_token (user_id, name, token_prefix, token_hash, created_at, expires_at)
    SELECT id, 'bench', 'sk_bench_c', SHA2('sk_bench_cert_secret', 256), NOW(6), NOW(6) + INTERVAL 1 DAY FROM app_user WHERE username = 'sumbar.sekretariat';"
for SLUG in bench-cert-cold bench-cert-warm; do
  mysql -uroot -h127.0.0.1 $DB -e "
    INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
      SELECT id, '$SLUG', 'SOSIALISASI', 'Sosialisasi Bench Sertifikat', 'CLOSED', 'Asia/Jakarta', NULL, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
    SET @e = (SELECT id FROM event WHERE slug = '$SLUG');
    INSERT INTO event_day (event_id, day_date, starts_at, ends_at) VALUES (@e, '2030-02-10', '2030-02-10 01:00:00', '2030-02-10 08:00:00');
    SET @d = (SELECT id FROM event_day WHERE event_id = @e);
    INSERT INTO registration (event_id, institution_name, name, id_kind, person_key, phone, email, status, idempotency_key, token_hash,
        consent_version, consent_at, created_at, updated_at, source)
      SELECT @e, 'Bawaslu Kota Padang', CONCAT('Peserta Bench ', seq), 'NIP', SHA2(CONCAT('$SLUG-p', seq), 256), '081200000000',
        CONCAT('p', seq, '@bench.example.id'), 'CONFIRMED', CONCAT('$SLUG-', seq), SHA2(CONCAT('$SLUG-t', seq), 256), 'v1', NOW(6), NOW(6), NOW(6), 'MANUAL'
      FROM seq_1_to_$N;
    INSERT INTO attendance (event_id, registration_id, day_id, slot_key, checked_in_at, method, recorded_by, created_at)
      SELECT @e, id, @d, CONCAT('D', @d), NOW(6), 'CODE', 'bench', NOW(6) FROM registration WHERE event_id = @e;
    INSERT INTO certificate_design (event_id, heading, intro, signer_name, signer_position, signer_place, number_pattern, accent, name_y, counter, updated_at)
      VALUES (@e, 'SERTIFIKAT', 'diberikan kepada', 'Dr. Surya Efitrimen, S.H., M.H.', 'Ketua Bawaslu Provinsi Sumatera Barat', 'Bukittinggi',
        '{no}/SERT/{year}', '#1a3a6c', 95, 0, NOW(6));"
  E=$(mysql -uroot -h127.0.0.1 -N $DB -e "SELECT id FROM event WHERE slug = '$SLUG'")
  PEAK=0; OLD=0; SAMPLES=$WORK/heap-$SLUG.txt
  T0=$(date +%s.%N)
  curl -s -o /dev/null -w "issue: %{http_code}\n" -X POST -H "Authorization: Bearer sk_bench_cert_secret" -H "Content-Type: application/json" \
    -d '{"mail":false}' "http://127.0.0.1:$HTTP/api/v1/events/$E/certificates/issue"
  while :; do
    P=$(curl -s -H "Authorization: Bearer sk_bench_cert_secret" "http://127.0.0.1:$HTTP/api/v1/events/$E/certificates/progress")
    read -r H O < <(jstat -gc "$JPID" 2>/dev/null | awk 'NR==2 {printf "%d %d\n", ($3+$4+$6+$8)/1024, $8/1024}') || true
    [ -n "$H" ] && echo "$H $O" >> "$SAMPLES"
    [ -n "$H" ] && [ "$H" -gt "$PEAK" ] && PEAK=$H
    [ -n "$O" ] && [ "$O" -gt "$OLD" ] && OLD=$O
    echo "$P" | grep -q '"running":false' && break
    sleep 0.5
  done
  T1=$(date +%s.%N)
  ISSUED=$(mysql -uroot -h127.0.0.1 -N $DB -e "SELECT COUNT(*), MIN(seq), MAX(seq), COUNT(DISTINCT holder_key) FROM certificate WHERE event_id = $E")
  SECS=$(echo "$T1 - $T0" | bc)
  # heap flat: the old generation's peak in each quarter of the run (MB)
  QUARTERS=$(awk '{o[NR]=$2} END {q=int((NR+3)/4); for (k=0;k<4;k++) {m=0; for (i=k*q+1;i<=(k+1)*q && i<=NR;i++) if (o[i]>m) m=o[i]; printf "%s%d", (k?"/":""), m}}' "$SAMPLES")
  echo "sirakor $SLUG $N $SECS $(echo "scale=1; $N / $SECS" | bc) per s; certificates count/min/max/distinct: $ISSUED; peak heap used ${PEAK} MB; old gen peak ${OLD} MB, by quarter $QUARTERS MB" \
    | tee -a /tmp/bench-cert-sirakor.txt
done
kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
echo "== (c) LibreOffice headless, $N_LO mail-merged certificates, batches of 50"
: > /tmp/bench-cert-lo.txt
if command -v soffice >/dev/null; then
  LO=$WORK/lo; mkdir -p "$LO/in" "$LO/out"
  java -cp "$LIB/*" bench/certificates/LoMerge.java "$LO/in" "$N_LO"
  T0=$(date +%s.%N)
  (cd "$LO/in" && ls *.fodt | xargs -n 50 soffice -env:UserInstallation=file://$LO/profile --headless --convert-to pdf --outdir "$LO/out" >/dev/null 2>&1)
  T1=$(date +%s.%N)
  OUT=$(ls "$LO/out"/*.pdf 2>/dev/null | wc -l)
  SECS=$(echo "$T1 - $T0" | bc)
  echo "libreoffice $N_LO $SECS $(echo "scale=2; $OUT / $SECS" | bc) per s; pdfs written $OUT; bytes/page $(( $(cat "$LO/out"/*.pdf | wc -c) / (OUT > 0 ? OUT : 1) ))" | tee /tmp/bench-cert-lo.txt
  mkdir -p target/bench && cp "$LO/out/sertifikat-00001.pdf" target/bench/libreoffice-certificate.pdf 2>/dev/null || true
else
  echo "libreoffice not installed: apt-get install libreoffice-writer-nogui" | tee /tmp/bench-cert-lo.txt
fi
echo "== ratios"
A=$(awk '$1=="raw" && $2=="warm" {printf "%.2f", $3/$4}' /tmp/bench-cert-raw.txt)
B=$(awk '$2=="bench-cert-warm" {printf "%.2f", $3/$4}' /tmp/bench-cert-sirakor.txt)
BC=$(awk '$2=="bench-cert-cold" {printf "%.2f", $3/$4}' /tmp/bench-cert-sirakor.txt)
C=$(awk '$1=="libreoffice" {printf "%.2f", $4}' /tmp/bench-cert-lo.txt)
echo "(a) raw warm $A/s; (b) sirakor cold $BC/s, warm $B/s; (c) libreoffice ${C:-n/a}/s"
echo "(b)/(a) warm: $(echo "scale=1; 100 * $B / $A" | bc) %   (target >= 50 %)"
[ -n "$C" ] && echo "(b)/(c) warm: $(echo "scale=1; $B / $C" | bc) x, cold: $(echo "scale=1; $BC / $C" | bc) x   (target >= 30 x)"
