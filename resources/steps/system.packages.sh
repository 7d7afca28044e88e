## probe
missing=$(kkt_missing_packages $KKT_APT_PACKAGES)
[ -z "$missing" ] && kkt_done
kkt_change "will install: $missing"
## action
missing=$(kkt_missing_packages $KKT_APT_PACKAGES)
[ -z "$missing" ] && exit 0
# One transaction for everything; no upgrade of what is already there.
apt-get update -q
apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confold $missing
## verify
[ -z "$(kkt_missing_packages $KKT_APT_PACKAGES)" ]
