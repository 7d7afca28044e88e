# Read-only health checks on the server; one "::kkt-check ID pass|fail DETAIL" line each.
check() {
    local id=$1; shift
    local out
    if out=$("$@" 2>&1); then echo "::kkt-check $id pass"; else echo "::kkt-check $id fail $(echo "$out" | tail -1)"; fi
}
check postgresql systemctl is-active postgresql
check web systemctl is-active "$KKT_WEB_SERVICE"
check bot systemctl is-active "$KKT_BOT_SERVICE"
check nginx systemctl is-active nginx
check local-health curl -fsS --max-time 10 "http://127.0.0.1:$KKT_WEB_PORT$KKT_HEALTH_PATH"
check database runuser -u "$KKT_SERVICE_USER" -- env PGPASSFILE="$KKT_SHARED_DIR/.pgpass" \
    psql -X -q -t -A -h 127.0.0.1 -U "$KKT_DB_ROLE" -d "$KKT_DB_NAME" -c 'SELECT 1'
case $KKT_TLS_MODE in
letsencrypt | existing) check certificate openssl x509 -noout -checkend 604800 -in "$KKT_TLS_CERT" ;;
esac
exit 0
