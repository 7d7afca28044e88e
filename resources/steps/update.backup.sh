# The update's backup, tied to its id: a pg_dump -Fc of the instance's database, the .env and the
# release that runs now. Checked readable (pg_restore --list) and not empty before anything changes.
## probe
[ -s "$KKT_UPDATE_DIR/database.dump" ] && [ -s "$KKT_UPDATE_DIR/env" ] && [ -s "$KKT_UPDATE_DIR/previous" ] \
    && kkt_done "backup of update $KKT_UPDATE_ID is there"
kkt_change "will back up database $KKT_DB_NAME, .env and the current release"
## action
install -d -m 0700 "$KKT_SHARED_DIR/updates" "$KKT_UPDATE_DIR"
previous=$(readlink "$KKT_CURRENT")
[ "$previous" = "$KKT_PREVIOUS_DIR" ] || { echo "current points at $previous, not at release $KKT_UPDATE_FROM" >&2; exit 1; }
tmp="$KKT_UPDATE_DIR/database.dump.tmp"
runuser -u "$KKT_SERVICE_USER" -- env PGPASSFILE="$KKT_SHARED_DIR/.pgpass" \
    pg_dump -Fc --host=127.0.0.1 --port=5432 --username="$KKT_DB_ROLE" --no-password "$KKT_DB_NAME" >"$tmp"
pg_restore --list "$tmp" | grep -c 'TABLE DATA' >/dev/null || { echo "the dump of $KKT_DB_NAME lists no table data" >&2; exit 1; }
install -m 0600 "$KKT_ENV_FILE" "$KKT_UPDATE_DIR/env"
printf '%s\n' "$KKT_UPDATE_FROM" >"$KKT_UPDATE_DIR/from"
printf '%s\n' "$KKT_UPDATE_TO" >"$KKT_UPDATE_DIR/to"
printf '%s\n' "$KKT_ROLLBACK_SUPPORTED" >"$KKT_UPDATE_DIR/rollback_supported"
date +%s >"$KKT_UPDATE_DIR/created"
chmod 0600 "$tmp"
mv "$tmp" "$KKT_UPDATE_DIR/database.dump"
printf '%s\n' "$previous" >"$KKT_UPDATE_DIR/previous"
echo "backup of update $KKT_UPDATE_ID: $(stat -c %s "$KKT_UPDATE_DIR/database.dump") bytes"
## verify
pg_restore --list "$KKT_UPDATE_DIR/database.dump" | grep -c 'TABLE DATA' >/dev/null
cmp -s "$KKT_ENV_FILE" "$KKT_UPDATE_DIR/env"
[ "$(cat "$KKT_UPDATE_DIR/previous")" = "$KKT_PREVIOUS_DIR" ]
