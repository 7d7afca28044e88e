## probe
command -v ufw >/dev/null || kkt_unknown "ufw is installed by the packages step"
status=$(ufw status 2>/dev/null || true)
echo "$status" | grep -q '^Status: active' || kkt_change "will enable ufw allowing SSH port $KKT_SSH_PORT, 80 and 443"
for port in "$KKT_SSH_PORT" 80 443; do
    echo "$status" | grep -Eq "^$port/tcp +ALLOW" || kkt_change "will allow port $port"
done
kkt_done
## action
# The real SSH port first, so that enabling the firewall can never lock us out.
ufw allow "$KKT_SSH_PORT/tcp"
ufw allow 80/tcp
ufw allow 443/tcp
ufw --force enable
## verify
status=$(ufw status)
echo "$status" | grep -q '^Status: active'
echo "$status" | grep -Eq "^$KKT_SSH_PORT/tcp +ALLOW"
