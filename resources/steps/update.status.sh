# Read-only: the version the server runs (.version is the truth), the releases it keeps and the
# updates whose backups it keeps, one marker line each:
#   ::kkt-version VERSION     ::kkt-release VERSION
#   ::kkt-update ID FROM TO CREATED STATE MIGRATED ROLLBACK_SUPPORTED DOWNTIME_MS RESTORED
echo "::kkt-version $(cat "$KKT_APP_DIR/.version" 2>/dev/null || echo none)"
echo "::kkt-current $(readlink "$KKT_CURRENT" 2>/dev/null || echo none)"
for dir in "$KKT_RELEASES_DIR"/*/; do
    [ -d "$dir/venv" ] && echo "::kkt-release $(basename "$dir")"
done
for dir in "$KKT_SHARED_DIR"/updates/*/; do
    [ -d "$dir" ] || continue
    dir=${dir%/}
    state=staged
    [ -s "$dir/database.dump" ] && state=backed-up
    [ -e "$dir/switched" ] && state=switched
    [ -e "$dir/succeeded" ] && state=succeeded
    [ -e "$dir/reverted" ] && state=reverted
    migrated=no
    [ -e "$dir/migrating" ] && migrated=yes
    echo "::kkt-update ${dir##*/} $(cat "$dir/from" 2>/dev/null || echo -) $(cat "$dir/to" 2>/dev/null || echo -)" \
        "$(cat "$dir/created" 2>/dev/null || echo 0) $state $migrated $(cat "$dir/rollback_supported" 2>/dev/null || echo 1)" \
        "$(cut -d' ' -f1 "$dir/downtime" 2>/dev/null || echo -1) $(cat "$dir/database-restored" 2>/dev/null || echo 0)"
done
exit 0
