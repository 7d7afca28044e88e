#!/bin/bash
# Nightly database backup of {instanceId}, written by KKT Deploy. Fails loudly: any error in the
# pipeline (pg_dump included) fails the unit, and an empty dump is never kept.
set -euo pipefail
umask 077
dir={sharedDir}/backups/database
mkdir -p "$dir"
file="$dir/{database}-$(date +%Y%m%d-%H%M%S).sql.gz"
trap 'rm -f "$file.tmp"' EXIT
export PGPASSFILE={sharedDir}/.pgpass
pg_dump --host=127.0.0.1 --port=5432 --username={databaseRole} --no-password {database} | gzip -9 >"$file.tmp"
[ "$(gzip -dc "$file.tmp" | head -c 1 | wc -c)" -eq 1 ] || { echo "empty dump" >&2; exit 1; }
mv "$file.tmp" "$file"
find "$dir" -name '{database}-*.sql.gz' -mtime +{retentionDays} -delete
echo "backup written: $file"
