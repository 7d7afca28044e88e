#! verify: implied
## probe
[ -f "$KKT_ENV_FILE" ] && [ -x "$KKT_CURRENT/venv/bin/python" ] || kkt_unknown "the application is installed first"
[ "$KKT_ADMIN_FORCE" = 1 ] && kkt_change "will set the administrator's password"
[ "$(kkt_as_app "$KKT_USERS_CHECK" 2>/dev/null)" = t ] && kkt_done
kkt_change "will create the administrator and the bot's API user"
## action
users_ok=$(kkt_as_app "$KKT_USERS_CHECK" 2>/dev/null || true)
. "$KKT_STATE_DIR/secrets.env"
# Passwords reach the application's own script over stdin; it stores only bcrypt hashes.
if [ "$KKT_ADMIN_FORCE" = 1 ] || [ "$users_ok" != t ]; then
    printf '%s' "$KKT_ADMIN_JSON" | kkt_as_app "$KKT_CREATE_USER"
fi
if [ "$users_ok" != t ]; then
    python3 -c 'import json,sys; print(json.dumps({"username": sys.argv[1], "email": sys.argv[2], "full_name": "Telegram bot", "role": "manager", "password": sys.stdin.read().strip()}))' \
        "$KKT_BOT_API_USER" "$KKT_BOT_API_EMAIL" <<<"$BOT_API_PASSWORD" | kkt_as_app "$KKT_CREATE_USER"
fi
## verify
[ "$(kkt_as_app "$KKT_USERS_CHECK")" = t ]
