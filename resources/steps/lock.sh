# Server-wide deployment lock: owner, deployment, start and expiry in one file, created atomically.
# KKT_LOCK_ACTION is acquire or release; a lock past its expiry, or held by the same deployment
# (a resumed run), may be taken over.
lock=/var/lib/kkt-deploy/deploy.lock
mkdir -p /var/lib/kkt-deploy
now=$(date +%s)
if [ "$KKT_LOCK_ACTION" = release ]; then
    if [ -f "$lock" ] && grep -q "^deployment=$KKT_DEPLOYMENT_ID\$" "$lock"; then rm -f "$lock"; fi
    exit 0
fi
content=$(printf 'owner=%s\ndeployment=%s\nstarted=%s\nexpires=%s\n' "$KKT_LOCK_OWNER" "$KKT_DEPLOYMENT_ID" "$now" "$((now + KKT_LOCK_SECONDS))")
if ( set -o noclobber; printf '%s\n' "$content" >"$lock" ) 2>/dev/null; then
    echo "::kkt-lock acquired"
    exit 0
fi
held_by=$(sed -n 's/^deployment=//p' "$lock")
expires=$(sed -n 's/^expires=//p' "$lock")
if [ "$held_by" = "$KKT_DEPLOYMENT_ID" ] || [ "${expires:-0}" -lt "$now" ]; then
    printf '%s\n' "$content" >"$lock"
    echo "::kkt-lock acquired"
    exit 0
fi
echo "::kkt-lock held $(sed -n 's/^owner=//p' "$lock") $(date -u -d "@$(sed -n 's/^started=//p' "$lock")" +%Y-%m-%dT%H:%M:%SZ) $(date -u -d "@$expires" +%Y-%m-%dT%H:%M:%SZ)"
exit 0
