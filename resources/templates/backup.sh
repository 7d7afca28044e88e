#!/bin/bash
# Backup of {instanceId}, written by KKT Deploy: the database dump NAME.sql.gz and the environment
# file NAME.env (0600) side by side; `kkt-deploy backup restore` puts both back. Fails loudly: any
# error in the pipeline (pg_dump included) fails the unit, and an empty dump is never kept.
set -euo pipefail
umask 077
dir={backupDir}
mkdir -p "$dir"
# An optional label (a restore passes "before-restore") ends the name.
name="{database}-$(date +%Y%m%d-%H%M%S)${1:+-$1}"
trap 'rm -f "$dir/$name.sql.gz.tmp" "$dir/$name.env.tmp"' EXIT
export PGPASSFILE={sharedDir}/.pgpass
pg_dump --host=127.0.0.1 --port=5432 --username={databaseRole} --no-password {database} | gzip -9 >"$dir/$name.sql.gz.tmp"
[ "$(gzip -dc "$dir/$name.sql.gz.tmp" | head -c 1 | wc -c)" -eq 1 ] || { echo "empty dump" >&2; exit 1; }
cp {envFile} "$dir/$name.env.tmp"
chmod 0600 "$dir/$name.env.tmp"
# The dump appears last: a NAME.sql.gz always has its NAME.env.
mv "$dir/$name.env.tmp" "$dir/$name.env"
mv "$dir/$name.sql.gz.tmp" "$dir/$name.sql.gz"
find "$dir" \( -name '{database}-*.sql.gz' -o -name '{database}-*.env' \) -mtime +{retentionDays} -delete
echo "backup written: $dir/$name.sql.gz with $name.env"
