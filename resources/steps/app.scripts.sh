#! verify: implied
## probe
[ -z "$KKT_SCRIPT_NAMES" ] && kkt_done
for name in $KKT_SCRIPT_NAMES; do
    var=KKT_SCRIPT_$(echo "$name" | tr 'a-z.' 'A-Z_')
    printf '%s' "${!var}" | kkt_same_file "$KKT_DEPLOY_DIR/$name" || kkt_change "will install the profile's $name"
done
kkt_done
## action
install -d -m 0755 -o root -g root "$KKT_DEPLOY_DIR"
for name in $KKT_SCRIPT_NAMES; do
    var=KKT_SCRIPT_$(echo "$name" | tr 'a-z.' 'A-Z_')
    printf '%s' "${!var}" | kkt_install_file "$KKT_DEPLOY_DIR/$name" 0644 root:root
done
## verify
for name in $KKT_SCRIPT_NAMES; do [ -f "$KKT_DEPLOY_DIR/$name" ]; done
