# Removes one instance this deployment created: its services, backup timer, nginx site, files,
# database and role, and its state. System packages, the firewall and the service user (which
# other instances may share) stay.
if [ ! -f "$KKT_STATE_DIR/instance" ] || [ "$(cut -d' ' -f1 "$KKT_STATE_DIR/instance")" != "$KKT_INSTANCE_ID" ]; then
    echo "the instance on this server is not $KKT_INSTANCE_ID; nothing removed" >&2
    exit 1
fi
kkt_remove_units
rm -f "/etc/nginx/sites-enabled/$KKT_NGINX_SITE_NAME" "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME"
# An uploaded certificate and key go with the site; a Let's Encrypt certificate belongs to the
# domain and stays for the next deployment (rate limits).
if [ "$KKT_TLS_MODE" = existing ]; then rm -rf "$(dirname "$KKT_TLS_KEY")"; fi
if command -v nginx >/dev/null && systemctl is-active --quiet nginx; then nginx -t -q && systemctl reload nginx; fi
if systemctl is-active --quiet postgresql; then
    kkt_psql_admin -v role="$KKT_DB_ROLE" -v db="$KKT_DB_NAME" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('DROP ROLE IF EXISTS %I', :'role') \gexec
SQL
fi
rm -rf "$KKT_APP_DIR" "$KKT_STATE_DIR"
echo "removed $KKT_INSTANCE_ID"
