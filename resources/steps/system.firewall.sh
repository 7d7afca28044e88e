## probe
# A server that already runs an instance (a test instance always sits next to production) keeps its
# firewall exactly as it is: enabling ufw there could cut off what production's operators opened.
others=$(kkt_other_instances | paste -sd ';')
[ -n "$others" ] && kkt_done "left as it is: this server already runs $others"
command -v ufw >/dev/null || kkt_unknown "ufw is installed by the packages step"
status=$(ufw status 2>/dev/null || true)
echo "$status" | grep -q '^Status: active' || kkt_change "will enable ufw allowing SSH port $KKT_SSH_PORT, 80 and 443"
for port in "$KKT_SSH_PORT" 80 443; do
    echo "$status" | grep -Eq "^$port/tcp +ALLOW" || kkt_change "will allow port $port"
done
kkt_done
## action
[ -n "$(kkt_other_instances)" ] && { echo "The firewall is left as it is: this server already runs an instance."; exit 0; }
# The real SSH port first, so that enabling the firewall can never lock us out.
ufw allow "$KKT_SSH_PORT/tcp"
ufw allow 80/tcp
ufw allow 443/tcp
ufw --force enable
## verify
[ -n "$(kkt_other_instances)" ] && exit 0
status=$(ufw status)
echo "$status" | grep -q '^Status: active'
echo "$status" | grep -Eq "^$KKT_SSH_PORT/tcp +ALLOW"
