#! interruption: finish
#! verify: implied
## probe
[ -f "$KKT_ENV_FILE" ] && [ -x "$KKT_CURRENT/venv/bin/python" ] || kkt_unknown "the application is installed first"
[ "$(kkt_as_app "$KKT_SCHEMA_CHECK" 2>/dev/null)" = t ] && kkt_done
kkt_change "will create the database schema and seed data"
## action
while IFS= read -r command; do
    [ -n "$command" ] || continue
    kkt_as_app "$command"
done <<<"$KKT_SCHEMA_COMMANDS"
## verify
[ "$(kkt_as_app "$KKT_SCHEMA_CHECK")" = t ]
