# Read-only: the instance's backups, newest first, one "::kkt-backup NAME BYTES ENV MTIME" line
# each (ENV is "env" when the environment file was saved with the dump, else "-").
[ -d "$KKT_BACKUP_DIR" ] || exit 0
cd "$KKT_BACKUP_DIR"
for dump in $(ls -1 "$KKT_DB_NAME"-*.sql.gz 2>/dev/null | sort -r); do
    name=${dump%.sql.gz}
    env=-
    [ -f "$name.env" ] && env=env
    echo "::kkt-backup $name $(stat -c '%s' "$dump") $env $(stat -c '%Y' "$dump")"
done
