# Read-only health checks on the server; one "::kkt-check ID pass|fail DETAIL" line each.
check() {
    local id=$1; shift
    local out
    if out=$("$@" 2>&1); then echo "::kkt-check $id pass"; else echo "::kkt-check $id fail $(echo "$out" | tail -1)"; fi
}
# The four units in one systemctl call: one state line each, in the order asked.
states=$(systemctl is-active postgresql "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" nginx 2>&1 || true)
mapfile -t states <<<"$states"
i=0
for id in postgresql web bot nginx; do
    if [ "${states[i]:-unknown}" = active ]; then echo "::kkt-check $id pass"; else echo "::kkt-check $id fail ${states[i]:-unknown}"; fi
    i=$((i + 1))
done
check local-health curl -fsS --max-time 10 "http://127.0.0.1:$KKT_WEB_PORT$KKT_HEALTH_PATH"
check database kkt_as_user "$KKT_SERVICE_USER" PGPASSFILE="$KKT_SHARED_DIR/.pgpass" \
    psql -X -q -t -A -h 127.0.0.1 -U "$KKT_DB_ROLE" -d "$KKT_DB_NAME" -c 'SELECT 1'
case $KKT_TLS_MODE in
letsencrypt | existing) check certificate openssl x509 -noout -checkend 604800 -in "$KKT_TLS_CERT" ;;
esac
exit 0
