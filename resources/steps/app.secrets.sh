#! verify: implied
## probe
[ -f "$KKT_STATE_DIR/secrets.env" ] || kkt_change "will generate the database, JWT and bot API passwords on the server"
for spec in $KKT_SERVER_SECRETS; do
    grep -q "^${spec%%:*}=" "$KKT_STATE_DIR/secrets.env" || kkt_change "will generate ${spec%%:*}"
done
kkt_done
## action
# Generated on the server, kept there (0600, root), and reused on every later run.
install -d -m 0700 "$KKT_STATE_DIR"
touch "$KKT_STATE_DIR/secrets.env"
chmod 0600 "$KKT_STATE_DIR/secrets.env"
for spec in $KKT_SERVER_SECRETS; do
    name=${spec%%:*} length=${spec##*:}
    grep -q "^$name=" "$KKT_STATE_DIR/secrets.env" && continue
    value=$(python3 -c 'import secrets,string,sys; a=string.ascii_letters+string.digits+"_-"; print("".join(secrets.choice(a) for _ in range(int(sys.argv[1]))))' "$length")
    printf '%s=%s\n' "$name" "$value" >>"$KKT_STATE_DIR/secrets.env"
done
kkt_reveal_secrets
## verify
for spec in $KKT_SERVER_SECRETS; do grep -q "^${spec%%:*}=" "$KKT_STATE_DIR/secrets.env"; done
