## probe
[ -f "$KKT_STATE_DIR/secrets.env" ] || kkt_unknown "the server passwords are generated first"
kkt_render_env | kkt_same_file "$KKT_ENV_FILE" || kkt_change "will write $KKT_ENV_FILE"
[ "$(stat -c '%a %U' "$KKT_ENV_FILE")" = "600 $KKT_SERVICE_USER" ] || kkt_change "will set the permissions of .env to 0600"
kkt_done
## action
kkt_render_env | kkt_install_file "$KKT_ENV_FILE" 0600 "$KKT_SERVICE_USER:$KKT_SERVICE_USER" | grep -q . && kkt_needs_restart
true
## verify
[ "$(stat -c '%a %U' "$KKT_ENV_FILE")" = "600 $KKT_SERVICE_USER" ]
grep -q '^DATABASE_URL=postgresql://' "$KKT_ENV_FILE"
