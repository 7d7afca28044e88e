# Read-only: the production instance's state, one "::kkt-fact KEY VALUE" line each, taken before
# and after a test deployment (or a test instance's removal) and compared by KKT Deploy. Run with
# production's layout (its services, site, database and folders). Nothing here writes anything.
fact() { printf '::kkt-fact %s %s\n' "$1" "${2:-none}"; }
sha() { if [ -e "$1" ]; then sha256sum "$1" | cut -c1-16; else echo missing; fi; }
if [ ! -f "$KKT_STATE_DIR/instance" ]; then
    fact instance none
    exit 0
fi
fact instance "$(cut -d' ' -f1 "$KKT_STATE_DIR/instance")"
pg_unit=$(systemctl list-units --plain --no-legend --type=service 'postgresql@*' 2>/dev/null | awk '{print $1; exit}')
for unit in "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" nginx ${pg_unit:-postgresql}; do
    fact "active.$unit" "$(systemctl is-active "$unit" 2>/dev/null || true)"
    fact "started.$unit" "$(systemctl show -P MainPID "$unit" 2>/dev/null)@$(systemctl show -P ExecMainStartTimestampMonotonic "$unit" 2>/dev/null)"
done
for file in "$KKT_WEB_SERVICE.service" "$KKT_BOT_SERVICE.service" "$KKT_BACKUP_UNIT.service" "$KKT_BACKUP_UNIT.timer"; do
    fact "unit.$file" "$(sha "/etc/systemd/system/$file")"
done
site=/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME
fact nginx.site "$(sha "$site")"
fact nginx.enabled "$(readlink "/etc/nginx/sites-enabled/$KKT_NGINX_SITE_NAME" || echo missing)"
fact nginx.conf "$(sha /etc/nginx/nginx.conf)"
fact nginx.test "$(nginx -t -q >/dev/null 2>&1 && echo ok || echo fails)"
# The certificate and key production's site names: never re-issued or replaced by a test instance.
for file in $(sed -n 's/^ *ssl_certificate\(_key\)\? \+\([^;]*\);.*/\2/p' "$site" 2>/dev/null | sort -u); do
    fact "tls.$file" "$(sha "$(readlink -f "$file")")"
done
scheme=http
grep -q 'listen 443' "$site" 2>/dev/null && scheme=https
code=$(curl -sk -o /tmp/.kkt-production-health -w '%{http_code}' --max-time 10 \
    --resolve "$KKT_DOMAIN:80:127.0.0.1" --resolve "$KKT_DOMAIN:443:127.0.0.1" "$scheme://$KKT_DOMAIN$KKT_HEALTH_PATH" || true)
grep -q "$KKT_HEALTH_EXPECT" /tmp/.kkt-production-health 2>/dev/null && code="$code $KKT_HEALTH_EXPECT"
rm -f /tmp/.kkt-production-health
fact health "$code"
fact files.env "$(sha "$KKT_ENV_FILE")"
fact files.current "$(readlink "$KKT_CURRENT" || echo missing)"
fact files.releases "$(find "$KKT_RELEASES_DIR" -name __pycache__ -prune -o -printf '%P %s %m %T@\n' 2>/dev/null | sort | sha256sum | cut -c1-16)"
fact files.backups "$(find "$KKT_BACKUP_DIR" -printf '%P %s\n' 2>/dev/null | sort | sha256sum | cut -c1-16)"
fact files.state "$(cd "$KKT_STATE_DIR" && find . -type f ! -name restart-needed -exec sha256sum {} + | sort | sha256sum | cut -c1-16)"
if systemctl is-active --quiet postgresql; then
    # pg_dump's \restrict lines carry a random key on every run (PostgreSQL 15.14 and later).
    fact database.schema "$(runuser -u postgres -- pg_dump --schema-only --no-owner -d "$KKT_DB_NAME" 2>/dev/null | grep -Ev '^(--|\\(un)?restrict )' | sha256sum | cut -c1-16)"
    kkt_psql_admin -d "$KKT_DB_NAME" <<'SQL' | while IFS='|' read -r table rows; do [ -n "$table" ] && fact "rows.$table" "$rows"; done
SELECT format('SELECT %L || ''|'' || count(*) FROM %I.%I', tablename, schemaname, tablename)
  FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename \gexec
SQL
fi
exit 0
