#!/usr/bin/env bash
# Sirakor on a two-node WildFly HA cluster behind WildFly's own load balancer, on loopback
# (issue 17, "Scale-out"; docs/operations.md section 9; ADR 0098, 0099).
#
#   bash bench/cluster/run.sh          builds target/server-ha + target/balancer when missing (mvn -Pha package)
#   BUILD=1 bash bench/cluster/run.sh  rebuilds them first
#
# Needs: java 17+, mvn, curl, the mariadb/mysql client and a MariaDB/MySQL at 127.0.0.1:3306 whose
# root logs in without a password (DB_ROOT_ARGS overrides the client arguments).
# Ports (offsets 950/960/970): node1 http 9030, node2 http 9040, balancer http 9050;
# JGroups TCP 8550 and 8560. Database: sirakor_it_cluster (dropped and created).
#
# Checks, each printed PASS/FAIL; the exit status is the number of failures:
#  1. the two nodes form one cluster (JGroups view of 2 over TCP, no multicast);
#  2. concurrent registrations sent to both nodes at once give 0 overbooked seats;
#  3. a logged-in secretariat's manage page, after kill -9 of the node that served it,
#     is still the logged-in page through the balancer (session replicated in Infinispan);
#  4. a public registration form loaded through the balancer before that kill is submitted
#     after it and the registration is stored (JSF view state replicated with the session);
#  5. an open manage page (the event planning page, whose view bean keeps the event's form values)
#     loaded before that kill saves a changed title after it: the view itself replicated, not only
#     the login (SessionStateTest: no entity in view state).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
DB=${CLUSTER_DB:-sirakor_it_cluster}
DB_ROOT_ARGS=${DB_ROOT_ARGS:--uroot -h127.0.0.1 -P3306}
MYSQL=$(command -v mariadb || command -v mysql)
N1=9030; N2=9040; LB=9050
HA=$ROOT/target/server-ha; BAL=$ROOT/target/balancer
USER_NAME=sumbar.sekretariat; PASSWORD=rakor2026demo
FAILS=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILS=$((FAILS + 1)); }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

if [ "${BUILD:-0}" = 1 ] || [ ! -f "$HA/standalone/deployments/sirakor.war" ] || [ ! -d "$BAL/modules" ]; then
  log "building the HA server and the balancer (mvn -Pha package)"
  mvn -B -q -Pha -DskipTests -DskipITs package || { echo "FAIL  build"; exit 1; }
fi

WORK=$(mktemp -d /tmp/sirakor-cluster.XXXXXX)
PIDS=()
cleanup() {
  for f in "$WORK"/*.pid; do
    [ -f "$f" ] || continue
    p=$(cat "$f" 2>/dev/null) && [ -n "$p" ] && kill -9 "$p" 2>/dev/null
  done
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done
  if [ "${KEEP:-0}" = 1 ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# --- database -----------------------------------------------------------------------------
$MYSQL $DB_ROOT_ARGS -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'sirakor_cluster'@'localhost' IDENTIFIED BY 'sirakor_cluster';
  CREATE USER IF NOT EXISTS 'sirakor_cluster'@'127.0.0.1' IDENTIFIED BY 'sirakor_cluster';
  GRANT ALL ON $DB.* TO 'sirakor_cluster'@'localhost'; GRANT ALL ON $DB.* TO 'sirakor_cluster'@'127.0.0.1';" \
  || { echo "FAIL  database: cannot create $DB"; exit 1; }
sql() { $MYSQL $DB_ROOT_ARGS -N "$DB" -e "$1"; }
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&rewriteBatchedStatements=true"

# --- nodes and balancer --------------------------------------------------------------------
start_node() { # name offset
  local name=$1 offset=$2
  cp -r "$HA/standalone" "$WORK/$name"
  mkdir -p "$WORK/files"
  (cd "$WORK" && env DB_DRIVER=mysql DB_URL="$URL" DB_USER=sirakor_cluster DB_PASSWORD=sirakor_cluster \
    DB_DIALECT=org.hibernate.dialect.MariaDBDialect DB_POOL_MAX=20 SIRAKOR_DEMO=true \
    SIRAKOR_FILES_STORE=db SIRAKOR_FILES_DIR="$WORK/files/data" SMTP_PORT=2599 \
    PROXY_ADDRESS_FORWARDING=true SIRAKOR_CLUSTER_HOSTS="127.0.0.1[8550],127.0.0.1[8560]" \
    JBOSS_PIDFILE="$WORK/$name.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="-Xms128m -Xmx512m -XX:MetaspaceSize=96M -Djava.net.preferIPv4Stack=true -Dsirakor.ratelimit.exempt=127.0.0.1" \
    "$HA/bin/standalone.sh" -Djboss.server.base.dir="$WORK/$name" -Djboss.node.name="$name" \
      -Djboss.socket.binding.port-offset="$offset" -Djboss.bind.address=127.0.0.1 \
      -Djboss.bind.address.private=127.0.0.1 > "$WORK/$name.out" 2>&1 &)
}
start_balancer() {
  cp -r "$BAL/standalone" "$WORK/lb"
  (cd "$WORK" && env JBOSS_PIDFILE="$WORK/lb.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="-Xms32m -Xmx128m -Djava.net.preferIPv4Stack=true" \
    SIRAKOR_NODE1_PORT=$N1 SIRAKOR_NODE2_PORT=$N2 \
    "$BAL/bin/standalone.sh" -Djboss.server.base.dir="$WORK/lb" -Djboss.node.name=lb \
      -Djboss.socket.binding.port-offset=970 -Djboss.bind.address=127.0.0.1 > "$WORK/lb.out" 2>&1 &)
}
wait_http() { # port path seconds
  for _ in $(seq 1 "$3"); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1$2")
    [ "$code" = 200 ] && return 0
    sleep 1
  done
  return 1
}

T0=$(date +%s)
log "starting node1 (migrates the empty database and loads the demo data)"
start_node node1 950
wait_http $N1 /login.xhtml 600 || { fail "node1 did not start (log: $WORK/node1/log/server.log)"; KEEP=1; exit 1; }
log "node1 up after $(( $(date +%s) - T0 )) s; starting node2 and the balancer"
start_node node2 960
start_balancer
wait_http $N2 /login.xhtml 600 || { fail "node2 did not start"; KEEP=1; exit 1; }
wait_http $LB /login.xhtml 120 || { fail "balancer does not answer"; KEEP=1; exit 1; }
log "cluster up after $(( $(date +%s) - T0 )) s"

# --- 1. one cluster ----------------------------------------------------------------------------
view=""
for _ in $(seq 1 30); do
  view=$(grep -hoE "(WFLYCLJG0033|ISPN000094)[^[]*\[[^]]*\] \([0-9]+\) \[[^]]*\]" \
    "$WORK/node2/log/server.log" | tail -1)
  echo "$view" | grep -q "(2)" && break
  sleep 1
done
if echo "$view" | grep -q "(2)"; then pass "cluster: $view"; else fail "cluster: node2 sees no 2-member view ($view)"; fi

# --- 2. concurrent registrations through both nodes, 0 overbooked -------------------------------
SEATS=20; ATTEMPTS=${ATTEMPTS:-120}
sql "INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
       SELECT id, 'cluster-seats', 'SOSIALISASI', 'Sosialisasi Klaster', 'PUBLISHED', 'Asia/Jakarta', $SEATS, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
     INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '2031-03-10', '2031-03-10 01:00:00', '2031-03-10 08:00:00' FROM event WHERE slug = 'cluster-seats';
     INSERT INTO event (unit_id, slug, type, title, status, time_zone, capacity, version, created_at, updated_at)
       SELECT id, 'cluster-form', 'SOSIALISASI', 'Sosialisasi Formulir Klaster', 'PUBLISHED', 'Asia/Jakarta', NULL, 0, NOW(6), NOW(6) FROM org_unit WHERE code = 'BAWASLU-13';
     INSERT INTO event_day (event_id, day_date, starts_at, ends_at) SELECT id, '2031-03-11', '2031-03-11 01:00:00', '2031-03-11 08:00:00' FROM event WHERE slug = 'cluster-form';"
register_api() { # k
  local k=$1 port=$N1
  [ $((k % 2)) = 1 ] && port=$N2
  local nik; nik=137501120490$(printf '%04d' "$k")
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 120 -X POST "http://127.0.0.1:$port/api/v1/public/events/cluster-seats/registrations" \
    -H 'Content-Type: application/json' -H 'Accept: application/json' -H "Idempotency-Key: cluster-$k" \
    --data "{\"name\":\"Peserta Klaster $k\",\"idKind\":\"NIK\",\"idNumber\":\"$nik\",\"institutionName\":\"Dinas $((k % 7))\",\"phone\":\"0812$(printf '%08d' "$k")\",\"email\":\"klaster$k@contoh.id\",\"consent\":true}"
}
export -f register_api; export N1 N2
log "$ATTEMPTS registrations for $SEATS seats, half to node1 and half to node2, 32 at a time"
seq 1 "$ATTEMPTS" | xargs -P 32 -I{} bash -c 'register_api {}' > "$WORK/reg-codes.txt"
codes=$(sort "$WORK/reg-codes.txt" | uniq -c | awk '{printf "%s×%s ", $2, $1}')
confirmed=$(sql "SELECT COUNT(*) FROM registration r JOIN event e ON e.id = r.event_id WHERE e.slug = 'cluster-seats' AND r.status = 'CONFIRMED'")
total=$(sql "SELECT COUNT(*) FROM registration r JOIN event e ON e.id = r.event_id WHERE e.slug = 'cluster-seats'")
over=$(( confirmed > SEATS ? confirmed - SEATS : 0 ))
if [ "$over" = 0 ] && [ "$confirmed" = "$SEATS" ] && [ "$total" -ge "$SEATS" ]; then
  pass "seats: $confirmed confirmed of $SEATS seats, $total registrations stored, overbooked 0 (HTTP: $codes)"
else
  fail "seats: $confirmed confirmed of $SEATS seats, $total stored, overbooked $over (HTTP: $codes)"
fi

# --- 3 + 4. failover of a logged-in session and of a registration in progress --------------------
BASE=http://127.0.0.1:$LB
viewstate() { grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed -E 's/.*value="([^"]*)"/\1/'; }
# the page's CSP nonce, which PrimeFaces' script adds to every form post in a browser (ADR 0069)
nonce() { grep -oE "PrimeFaces\.csp\.init\('[^']*'\)" "$1" | head -1 | sed -E "s/.*init\('([^']*)'\)/\1/"; }
route() { awk '$6 == "JSESSIONID" {print $7}' "$1" | tail -1 | sed -E 's/.*\.//'; }
logged_in() { grep -q 'id="logoutForm"' "$1" && ! grep -q 'id="login"' "$1"; }

A=$WORK/jar-secretariat
curl -s -c "$A" -b "$A" -o "$WORK/login.html" "$BASE/login.xhtml"
vs=$(viewstate "$WORK/login.html")
curl -s -c "$A" -b "$A" -L -o "$WORK/after-login.html" "$BASE/login.xhtml" \
  --data-urlencode "login=login" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "submit=" --data-urlencode "jakarta.faces.ViewState=$vs" \
  --data-urlencode "primefaces.nonce=$(nonce "$WORK/login.html")"
code=$(curl -s -c "$A" -b "$A" -o "$WORK/manage-before.html" -w '%{http_code}' "$BASE/manage/events.xhtml")
served=$(route "$A")
if [ "$code" = 200 ] && logged_in "$WORK/manage-before.html"; then
  log "logged in as $USER_NAME; /manage/events.xhtml served by $served"
else
  fail "login through the balancer (HTTP $code, node '$served')"
fi

# the registration form, loaded through the balancer on the same node (new sessions go round robin)
B=$WORK/jar-participant
for _ in $(seq 1 8); do
  rm -f "$B"
  curl -s -c "$B" -b "$B" -o "$WORK/form.html" "$BASE/register.xhtml?e=cluster-form"
  [ "$(route "$B")" = "$served" ] && break
done
formnode=$(route "$B")
fvs=$(viewstate "$WORK/form.html")
grep -q 'id="reg:submit"' "$WORK/form.html" || fail "registration form not shown (node '$formnode')"
log "registration form loaded on $formnode"

# the event planning page of the same secretariat, open on the same node before the kill
FORM_EVENT=$(sql "SELECT id FROM event WHERE slug = 'cluster-form'")
curl -s -c "$A" -b "$A" -o "$WORK/event-before.html" "$BASE/manage/event.xhtml?id=$FORM_EVENT"
evs=$(viewstate "$WORK/event-before.html")
eform=$(grep -oE '<form id="[^"]*details"' "$WORK/event-before.html" | head -1 | sed -E 's/<form id="([^"]*)"/\1/')
[ -n "$eform" ] && grep -q "id=\"$eform:save\"" "$WORK/event-before.html" \
  || fail "event page: no editable details form on /manage/event.xhtml?id=$FORM_EVENT (node '$(route "$A")')"
log "event page $FORM_EVENT open on $(route "$A") (form $eform)"
# the session (and with it the view) is written to the other owner when the request ends, which
# may be just after the answer reached the client: a node killed in that instant takes the last
# view with it. A person reads a page for some seconds before they save it.
sleep 3

victim=$served
log "kill -9 $victim (pid $(cat "$WORK/$victim.pid"))"
kill -9 "$(cat "$WORK/$victim.pid")"
rm -f "$WORK/$victim.pid"
sleep 1

code=$(curl -s -c "$A" -b "$A" -o "$WORK/manage-after.html" -w '%{http_code}' "$BASE/manage/events.xhtml")
now=$(route "$A")
if [ "$code" = 200 ] && logged_in "$WORK/manage-after.html" && [ "$now" != "$victim" ]; then
  pass "session: /manage/events.xhtml still logged in as $USER_NAME after kill -9 of $victim (now served by $now)"
else
  fail "session: after kill -9 of $victim: HTTP $code, node '$now', logged in: $(logged_in "$WORK/manage-after.html" && echo yes || echo no)"
fi

curl -s -c "$B" -b "$B" -o "$WORK/form-submit.xml" "$BASE/register.xhtml?e=cluster-form" \
  -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
  --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=reg:submit" \
  --data-urlencode "jakarta.faces.partial.execute=reg" --data-urlencode "jakarta.faces.partial.render=reg" \
  --data-urlencode "reg:submit=reg:submit" --data-urlencode "reg=reg" \
  --data-urlencode "reg:name=Peserta Failover" --data-urlencode "reg:idKind=NIK" \
  --data-urlencode "reg:idNumber=1375011204909001" --data-urlencode "reg:institutionName_input=Dinas Kominfo" \
  --data-urlencode "reg:phone=081299990001" --data-urlencode "reg:email=failover@contoh.id" \
  --data-urlencode "reg:consent_input=on" --data-urlencode "jakarta.faces.ViewState=$fvs" \
  --data-urlencode "primefaces.nonce=$(nonce "$WORK/form.html")"
fnow=$(route "$B")
stored=$(sql "SELECT COUNT(*) FROM registration r JOIN event e ON e.id = r.event_id WHERE e.slug = 'cluster-form' AND r.status = 'CONFIRMED'")
if grep -q '<redirect url="[^"]*registration.xhtml?t=' "$WORK/form-submit.xml" && [ "$stored" = 1 ]; then
  pass "registration: form loaded on $formnode, submitted after kill -9 of $victim, stored (served by $fnow)"
else
  fail "registration: form from $formnode submitted after the kill: stored $stored; answer: $(head -c 300 "$WORK/form-submit.xml")"
fi

# the details form's save, with only the title processed: every other value comes from the view
# bean restored from the replicated view; a view that did not replicate would be shown afresh
curl -s -c "$A" -b "$A" -o "$WORK/event-save.xml" "$BASE/manage/event.xhtml?id=$FORM_EVENT" \
  -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
  --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=$eform:save" \
  --data-urlencode "jakarta.faces.partial.execute=$eform:title $eform:save" --data-urlencode "jakarta.faces.partial.render=$eform" \
  --data-urlencode "$eform:save=$eform:save" --data-urlencode "$eform=$eform" \
  --data-urlencode "$eform:title=Sosialisasi Formulir Klaster (setelah failover)" \
  --data-urlencode "jakarta.faces.ViewState=$evs" --data-urlencode "primefaces.nonce=$(nonce "$WORK/event-before.html")"
title=$(sql "SELECT title FROM event WHERE id = $FORM_EVENT")
type_kept=$(sql "SELECT COUNT(*) FROM event WHERE id = $FORM_EVENT AND type = 'SOSIALISASI'")
if [ "$title" = "Sosialisasi Formulir Klaster (setelah failover)" ] && [ "$type_kept" = 1 ]; then
  pass "open view: the event page loaded on $victim saved its details after kill -9 of $victim (served by $(route "$A"))"
else
  fail "open view: event page from $victim, saved after the kill: title now '$title'; answer: $(head -c 300 "$WORK/event-save.xml")"
fi

echo "checks failed: $FAILS"
[ "$FAILS" = 0 ] || KEEP=1
exit "$FAILS"
