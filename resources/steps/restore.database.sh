# Replacing the database must not stop half-way: a cancel waits for it.
#! interruption: finish
## probe
kkt_change "will replace database $KKT_DB_NAME with backup $KKT_BACKUP_NAME"
## action
dump="$KKT_BACKUP_DIR/$KKT_BACKUP_NAME.sql.gz"
gzip -t "$dump"
# Loaded into a database of its own first: a dump that fails to load leaves the live one alone.
# Then one swap; a run interrupted between drop and rename simply loads the dump again.
staging="${KKT_DB_NAME}_restore"
kkt_psql_admin -v db="$staging" -v role="$KKT_DB_ROLE" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'role') \gexec
SQL
gzip -dc "$dump" | kkt_psql_admin --single-transaction -d "$staging" >/dev/null
kkt_psql_admin -v db="$KKT_DB_NAME" -v staging="$staging" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('ALTER DATABASE %I RENAME TO %I', :'staging', :'db') \gexec
SQL
mkdir -p "$KKT_STATE_DIR"
printf '%s %s\n' "$KKT_BACKUP_NAME" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$KKT_STATE_DIR/restored"
echo "database $KKT_DB_NAME restored from $KKT_BACKUP_NAME"
## verify
[ "$(cut -d' ' -f1 "$KKT_STATE_DIR/restored")" = "$KKT_BACKUP_NAME" ]
runuser -u "$KKT_SERVICE_USER" -- env PGPASSFILE="$KKT_SHARED_DIR/.pgpass" \
    psql -X -q -t -A -h 127.0.0.1 -U "$KKT_DB_ROLE" -d "$KKT_DB_NAME" -c 'SELECT 1' | grep -qx 1
