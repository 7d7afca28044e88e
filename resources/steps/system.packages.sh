#! interruption: finish
#! verify: implied
## probe
[ -z "$(kkt_dpkg_interrupted)" ] || kkt_change "will repair an interrupted package installation first"
missing=$(kkt_missing_packages $KKT_APT_PACKAGES)
[ -z "$missing" ] && kkt_done
kkt_change "will install: $missing"
## action
# A run that was killed or cancelled mid-transaction leaves dpkg half-done: finish that first.
if [ -n "$(kkt_dpkg_interrupted)" ]; then
    echo "Repairing an interrupted package installation: dpkg --configure -a, then apt-get -f install"
    dpkg --configure -a --force-confold
    apt-get -f install -y -q -o Dpkg::Options::=--force-confold
fi
missing=$(kkt_missing_packages $KKT_APT_PACKAGES)
[ -z "$missing" ] && exit 0
# One transaction for everything; no upgrade of what is already there.
apt-get update -q
# Next to another instance packages are only added: a transaction that would upgrade or remove
# anything that instance runs on is refused before it starts.
if [ -n "$(kkt_other_instances)" ]; then
    touched=$(apt-get -s install --no-install-recommends $missing | sed -n 's/^Inst \([^ ]*\) \[.*/\1/p; s/^Remv \([^ ]*\).*/\1/p' | paste -sd ' ')
    if [ -n "$touched" ]; then
        echo "installing $missing would upgrade or remove $touched, which the instance already on this server uses; nothing was installed — install them by hand in a maintenance window, then resume" >&2
        exit 1
    fi
fi
apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confold $missing
## verify
[ -z "$(kkt_dpkg_interrupted)" ] && [ -z "$(kkt_missing_packages $KKT_APT_PACKAGES)" ]
