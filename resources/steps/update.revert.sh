# Puts the instance back as it was before update KKT_UPDATE_ID: the previous release, its .env and,
# when a migration ran, the database from the update's backup (pg_restore into a database of its
# own, then one swap). Used by the automatic rollback and by a manual one. Must not stop halfway.
#! interruption: finish
## probe
[ -s "$KKT_UPDATE_DIR/previous" ] || kkt_unknown "update $KKT_UPDATE_ID has no backup on this server"
[ -e "$KKT_UPDATE_DIR/reverted" ] && kkt_done "update $KKT_UPDATE_ID is rolled back"
# Nothing was switched and nothing migrated: the instance still runs what it ran.
[ "$(readlink "$KKT_CURRENT")" = "$(cat "$KKT_UPDATE_DIR/previous")" ] && [ ! -e "$KKT_UPDATE_DIR/migrating" ] \
    && [ ! -e "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME.kkt-main" ] && [ ! -e "$KKT_NGINX_INCLUDE_FILE.kkt-main" ] && cmp -s "$KKT_ENV_FILE" "$KKT_UPDATE_DIR/env" \
    && kkt_unit_active "$KKT_WEB_SERVICE" && kkt_unit_active "$KKT_BOT_SERVICE" \
    && kkt_done "the instance still runs $(cat "$KKT_UPDATE_DIR/from")"
kkt_change "will put back release $(cat "$KKT_UPDATE_DIR/from")$([ -e "$KKT_UPDATE_DIR/migrating" ] && echo ' and the database')"
## action
previous=$(cat "$KKT_UPDATE_DIR/previous")
from=$(cat "$KKT_UPDATE_DIR/from")
[ -d "$previous/venv" ] || { echo "release $from is no longer on the server ($previous)" >&2; exit 1; }
site="/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME"
[ "$KKT_TEST_WEB" = path ] && site=$KKT_NGINX_INCLUDE_FILE # a test instance's location under production's site
systemctl stop "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE" "$KKT_WEB_SERVICE-next" 2>/dev/null || true
if [ -f "$site.kkt-main" ]; then mv -f "$site.kkt-main" "$site"; nginx -t -q && systemctl reload nginx; fi
if [ -e "$KKT_UPDATE_DIR/migrating" ]; then
    dump="$KKT_UPDATE_DIR/database.dump"
    pg_restore --list "$dump" >/dev/null
    staging="${KKT_DB_NAME}_restore"
    kkt_psql_admin -v db="$staging" -v role="$KKT_DB_ROLE" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'role') \gexec
SQL
    runuser -u postgres -- pg_restore --no-owner --role="$KKT_DB_ROLE" --exit-on-error --single-transaction \
        -d "$staging" <"$dump"
    kkt_psql_admin -v db="$KKT_DB_NAME" -v staging="$staging" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('ALTER DATABASE %I RENAME TO %I', :'staging', :'db') \gexec
SQL
    rm -f "$KKT_UPDATE_DIR/migrating" "$KKT_UPDATE_DIR/migrated"
    date +%s >"$KKT_UPDATE_DIR/database-restored"
    echo "database $KKT_DB_NAME restored from the backup of update $KKT_UPDATE_ID"
fi
install -m 0600 -o "$KKT_SERVICE_USER" -g "$KKT_SERVICE_USER" "$KKT_UPDATE_DIR/env" "$KKT_ENV_FILE"
ln -sfn "$previous" "$KKT_APP_DIR/.current.new"
mv -T "$KKT_APP_DIR/.current.new" "$KKT_CURRENT"
printf '%s' "$from" | kkt_install_file "$KKT_APP_DIR/.version" 0644 "$KKT_SERVICE_USER:$KKT_SERVICE_USER" >/dev/null
rm -f "$KKT_UPDATE_DIR/switched"
systemctl start "$KKT_WEB_SERVICE" "$KKT_BOT_SERVICE"
for i in $(seq 120); do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$KKT_WEB_PORT$KKT_HEALTH_PATH" 2>/dev/null && break
    [ "$i" = 120 ] && { journalctl -u "$KKT_WEB_SERVICE" -n 20 --no-pager >&2 || true; exit 1; }
    sleep 0.25
done
date +%s >"$KKT_UPDATE_DIR/reverted"
## verify
[ "$(readlink "$KKT_CURRENT")" = "$(cat "$KKT_UPDATE_DIR/previous")" ]
[ "$(cat "$KKT_APP_DIR/.version")" = "$(cat "$KKT_UPDATE_DIR/from")" ]
cmp -s "$KKT_ENV_FILE" "$KKT_UPDATE_DIR/env"
kkt_unit_active "$KKT_WEB_SERVICE"
curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$KKT_WEB_PORT$KKT_HEALTH_PATH"
